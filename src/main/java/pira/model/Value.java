package pira.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A value as read: the text the user sees in the office suite, its parsed meaning, and where it was read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Value(String raw, ParsedValue parsed, Location location) {

    @JsonIgnore
    public ValueKind kind() {
        return parsed == null ? ValueKind.NOT_UNDERSTOOD : parsed.kind();
    }
}
