package pira.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A node of the performance tree: an area, mission, programme, objective or action,
 * with its own indicators and its children. A level that a document does not have is simply absent.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Element(
        Level level,
        String code,
        String name,
        String description,
        Value weight,
        Location provenance,
        List<Indicator> indicators,
        List<Element> children) {

    public Element {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** "Obiettivo operativo 3.1" or "Obiettivo strategico GARANTIRE ..." for messages. */
    @JsonIgnore
    public String label() {
        return level.label() + " " + (code != null ? code : name);
    }
}
