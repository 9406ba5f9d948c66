package pira.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A node of the performance tree: an area, mission, programme, objective or action,
 * with its own indicators and its children. A level that a document does not have is simply absent.
 * Some documents split an element's achievement between its own indicators and its children
 * ("Peso indicatori 40%", "Peso ob. Operativi 60%"): those two weights, when stated, are
 * {@code indicatorsWeight} and {@code childrenWeight}. An objectives x units matrix gives the organisational units
 * assigned to an element, each with its share (the FTE a unit gives it, where the document states one): {@code units}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Element(
        Level level,
        String code,
        String name,
        String description,
        Value weight,
        Value indicatorsWeight,
        Value childrenWeight,
        Location provenance,
        List<Indicator> indicators,
        List<Element> children,
        List<AssignedUnit> units) {

    public Element {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        children = children == null ? List.of() : List.copyOf(children);
        units = units == null ? List.of() : List.copyOf(units);
    }

    /** An element with no units assigned. */
    public Element(Level level, String code, String name, String description, Value weight, Value indicatorsWeight,
                   Value childrenWeight, Location provenance, List<Indicator> indicators, List<Element> children) {
        this(level, code, name, description, weight, indicatorsWeight, childrenWeight, provenance, indicators,
                children, List.of());
    }

    /** An element whose achievement is the plain weighted mean of its indicators and children. */
    public Element(Level level, String code, String name, String description, Value weight, Location provenance,
                   List<Indicator> indicators, List<Element> children) {
        this(level, code, name, description, weight, null, null, provenance, indicators, children);
    }

    /**
     * Whether the element has something for {@code year}: an indicator, its own or at any depth below, that has
     * ({@link Indicator#hasSomethingFor}).
     */
    public boolean hasSomethingFor(int year) {
        return indicators.stream().anyMatch(i -> i.hasSomethingFor(year))
                || children.stream().anyMatch(c -> c.hasSomethingFor(year));
    }

    /** "Obiettivo operativo 3.1" or "Obiettivo strategico GARANTIRE ..." for messages. */
    @JsonIgnore
    public String label() {
        return level.label() + " " + (code != null ? code : name);
    }
}
