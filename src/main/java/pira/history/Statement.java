package pira.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import pira.model.Location;
import pira.model.ParsedValue;
import pira.model.Value;

/**
 * A value one document states for one indicator and year: the document, the text as read, its meaning, where it was
 * read and that place in words ("milano-relazione-2019.pdf, pagina 4, riga 12").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Statement(String document, String raw, ParsedValue parsed, Location location, String place) {

    static Statement of(String document, Value v) {
        return new Statement(document, v.raw(), v.parsed(), v.location(),
                v.location() == null ? document : v.location().describe());
    }

    /** The value again, as the model has it. */
    public Value value() {
        return new Value(raw, parsed, location);
    }
}
