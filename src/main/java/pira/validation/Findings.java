package pira.validation;

import java.util.ArrayList;
import java.util.List;
import pira.model.Location;

/** Collects the findings of one rule, stamping each with the rule's id and severity. */
public final class Findings {

    private final RuleInfo info;
    private final List<Finding> list = new ArrayList<>();

    public Findings(Rule rule) {
        this.info = rule.info();
    }

    /** Reports the message {@code RULE-ID.variant} (or {@code RULE-ID} when variant is null). */
    public void add(Location location, String code, String variant, Object... args) {
        add(info.severity(), location, code, variant, args);
    }

    /** As {@link #add}, with a severity other than the rule's default (e.g. information for a declared case). */
    public void add(Severity severity, Location location, String code, String variant, Object... args) {
        record(severity, location, code, variant, args, null, null, null);
    }

    /** A finding that measures: what the rule expected and what the document gives, beside the message. */
    public void addMeasured(Location location, String code, String expected, String observed, String variant,
                            Object... args) {
        record(info.severity(), location, code, variant, args, null, expected, observed);
    }

    /** A finding about one value: at its place, with its original text beside the message. */
    public void addFor(pira.model.Value value, String code, String variant, Object... args) {
        addMeasuredFor(value, null, code, variant, args);
    }

    /** As {@link #addFor}, with what the rule expected in place of the value (the value is what it observed). */
    public void addMeasuredFor(pira.model.Value value, String expected, String code, String variant,
                               Object... args) {
        record(info.severity(), value.location(), code, variant, args, value.raw(), expected,
                expected == null ? null : value.raw());
    }

    /** The one place a finding is made: the message {@code RULE-ID.variant}, or {@code RULE-ID} without a variant. */
    private void record(Severity severity, Location location, String code, String variant, Object[] args, String text,
                        String expected, String observed) {
        String key = variant == null ? info.id() : info.id() + "." + variant;
        list.add(new Finding(info.id(), severity, location, code, Messages.format(key, args), key, text, expected,
                observed));
    }

    List<Finding> list() {
        return list;
    }
}
