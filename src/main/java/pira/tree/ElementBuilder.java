package pira.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Level;
import pira.model.Location;
import pira.model.Value;
import pira.value.TextFold;

/** A tree node while rows are being read; frozen into an {@link Element} at the end. */
public final class ElementBuilder {

    final Level level;
    /** Adopted from a later reading where the first had none (TreeBuilder indexes it then). */
    String code;
    String name;
    Value weight;
    /** The shares of its own indicators and of its children in its achievement, where a heading states them. */
    Value indicatorsWeight;
    Value childrenWeight;
    final Location provenance;
    private final StringBuilder description = new StringBuilder();
    /** Its indicators in reading order: each either read whole, or gathered from several rows (group_by). */
    private final List<Object> indicators = new ArrayList<>();
    /** The indicators gathered from several rows, by their {@code group_by} key. */
    private final java.util.Map<String, IndicatorMerge> grouped = new java.util.HashMap<>();
    final List<ElementBuilder> children = new ArrayList<>();
    /** Its code alone says which element it is ({@code identity: code}): the name may change between readings. */
    boolean identifiedByCode;
    /** The units an objectives x units matrix assigns to it. */
    List<pira.model.AssignedUnit> units = List.of();
    /** Set when the element is placed in the tree. */
    ElementBuilder parent;

    public ElementBuilder(Level level, String code, String name, Value weight, Location provenance,
                          String description) {
        this.level = level;
        this.code = code;
        this.name = name;
        this.weight = weight;
        this.provenance = provenance;
        if (description != null) {
            this.description.append(description);
        }
    }

    public Level level() {
        return level;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Location provenance() {
        return provenance;
    }

    public Value indicatorsWeight() {
        return indicatorsWeight;
    }

    public Value childrenWeight() {
        return childrenWeight;
    }

    public void setIndicatorsWeight(Value share) {
        indicatorsWeight = share;
    }

    public void setChildrenWeight(Value share) {
        childrenWeight = share;
    }

    /** The identity of the element under its parent: its code, or its name where it has none. */
    public String key() {
        return code != null ? code : name;
    }

    /** "l'obiettivo strategico OS1.1", for messages. */
    public String label() {
        return level.withArticle() + " " + key();
    }

    /**
     * The code alone identifies the element, as in the export of a software that keeps an objective's code and lets
     * its name change from a year to the next: a reading with the same code and another name is this element.
     */
    public ElementBuilder identifiedByCode(boolean byCode) {
        identifiedByCode = byCode && code != null;
        return this;
    }

    /** The units an objectives x units matrix assigns to the element, each with its share. */
    public ElementBuilder withUnits(List<pira.model.AssignedUnit> assigned) {
        units = List.copyOf(assigned);
        return this;
    }

    /** A name wrapped over more lines (a printed block layout): the next line joins it. */
    public void continueName(String text) {
        name = name == null ? text : name + " " + text;
    }

    /** Adds a line to the description; a line it already has (the same element described again) is not repeated. */
    public void appendDescription(String text) {
        // the same lines read again (a description repeated on the next page) are not added twice; a new line that
        // only occurs inside an old one is new
        if (("\n" + description + "\n").contains("\n" + text + "\n")) {
            return;
        }
        if (description.length() > 0) {
            description.append('\n');
        }
        description.append(text);
    }

    String descriptionText() {
        return description.length() == 0 ? null : description.toString();
    }

    /** Whether an indicator of this name (folded) is already among its own. */
    public boolean hasIndicatorNamed(String name) {
        String wanted = fold(name);
        return indicators.stream().anyMatch(i -> wanted.equals(fold(i instanceof Indicator whole ? whole.name()
                : ((IndicatorMerge) i).name())));
    }

    public void addIndicator(Indicator indicator) {
        indicators.add(indicator);
    }

    /**
     * Adds an indicator that rows may repeat: one with the same {@code key} read before (the values of the mapping's
     * {@code group_by} fields) takes its values instead. Says whether it was merged into one already read.
     */
    public boolean addOrMerge(String key, Indicator indicator, List<pira.model.ImportNote> notes) {
        IndicatorMerge group = grouped.get(key);
        if (group == null) {
            group = new IndicatorMerge(indicator);
            grouped.put(key, group);
            indicators.add(group);
            return false;
        }
        group.add(indicator, notes);
        return true;
    }

    /** Codes compare as written, names as folded text (case and white space aside). */
    static String fold(String s) {
        return s == null ? null : TextFold.fold(s).toLowerCase(Locale.ROOT);
    }

    Element build() {
        return new Element(level, code, name, description.length() == 0 ? null : description.toString(), weight,
                indicatorsWeight, childrenWeight, provenance, indicators.stream().map(i -> i instanceof Indicator
                        whole ? whole : ((IndicatorMerge) i).build()).toList(),
                children.stream().map(ElementBuilder::build).toList(), units);
    }
}
