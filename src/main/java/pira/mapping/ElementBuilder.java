package pira.mapping;

import java.util.ArrayList;
import java.util.List;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Level;
import pira.model.Location;
import pira.model.Value;

/** A tree node while rows are being read; frozen into an {@link Element} at the end. */
final class ElementBuilder {

    final Level level;
    final String code;
    String name;
    final Value weight;
    /** The shares of its own indicators and of its children in its achievement, where a heading states them. */
    Value indicatorsWeight;
    Value childrenWeight;
    final Location provenance;
    final StringBuilder description = new StringBuilder();
    final List<Indicator> indicators = new ArrayList<>();
    final List<ElementBuilder> children = new ArrayList<>();

    ElementBuilder(Level level, String code, String name, Value weight, Location provenance, String description) {
        this.level = level;
        this.code = code;
        this.name = name;
        this.weight = weight;
        this.provenance = provenance;
        if (description != null) {
            this.description.append(description);
        }
    }

    /** The identity of the element on a row of a wide table: its code, or its name where it has none. */
    String key() {
        return code != null ? code : name;
    }

    /** "l'obiettivo strategico OS1.1", for messages. */
    String label() {
        return level.withArticle() + " " + key();
    }

    /** A name wrapped over more lines (a printed block layout): the next line joins it. */
    void continueName(String text) {
        name = name == null ? text : name + " " + text;
    }

    void appendDescription(String text) {
        if (description.length() > 0) {
            description.append('\n');
        }
        description.append(text);
    }

    Element build() {
        return new Element(level, code, name, description.length() == 0 ? null : description.toString(), weight,
                indicatorsWeight, childrenWeight, provenance, indicators,
                children.stream().map(ElementBuilder::build).toList());
    }
}
