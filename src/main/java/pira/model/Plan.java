package pira.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A performance document in normalized form: who, what kind, which years, read from which files,
 * and the tree of levels and indicators; for each table read, the balance of its rows. A plan joined with its results
 * keeps apart, in {@code unplanned}, the reported indicators it does not have and whose code names none of its
 * elements.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Plan(
        String schemaVersion,
        String ente,
        String documentKind,
        List<Integer> years,
        List<SourceFile> sources,
        List<Element> elements,
        List<Indicator> indicators,
        List<ImportNote> notes,
        List<RowBalance> balance,
        List<Level> singleYearTargets,
        List<Indicator> unplanned) {

    /** A plan whose indicators all have targets year by year, unless the validation finds otherwise. */
    public Plan(String schemaVersion, String ente, String documentKind, List<Integer> years, List<SourceFile> sources,
                List<Element> elements, List<Indicator> indicators, List<ImportNote> notes, List<RowBalance> balance) {
        this(schemaVersion, ente, documentKind, years, sources, elements, indicators, notes, balance, List.of());
    }

    /** A plan of one document (or joined with results that it has every indicator of). */
    public Plan(String schemaVersion, String ente, String documentKind, List<Integer> years, List<SourceFile> sources,
                List<Element> elements, List<Indicator> indicators, List<ImportNote> notes, List<RowBalance> balance,
                List<Level> singleYearTargets) {
        this(schemaVersion, ente, documentKind, years, sources, elements, indicators, notes, balance,
                singleYearTargets, List.of());
    }

    /**
     * 1.1 adds {@code balance}, an indicator's {@code periods} and {@code units}; 1.2 the outcome {@code raggruppata}
     * and an element's {@code units}; 1.3 {@code ocr} in a location and
     * {@code singleYearTargets}; 1.4 an indicator's {@code status} (the note of the annual revision); 1.5 an indicator's {@code reportedTargets} and
     * the {@code unplanned} indicators of an element and of the plan, where a plan is joined with its results; 1.6 a
     * balance for every table of the document, the ones not read too (the outcome {@code non_letta} and the balance's
     * {@code unread}). Files of the older versions are read as they are.
     */
    public static final String SCHEMA_VERSION = "1.6";

    /** The versions {@link PlanJson} reads. */
    public static final List<String> READABLE_VERSIONS = List.of("1.0", "1.1", "1.2", "1.3", "1.4", "1.5",
            SCHEMA_VERSION);

    public Plan {
        years = years == null ? List.of() : List.copyOf(years);
        sources = sources == null ? List.of() : List.copyOf(sources);
        elements = elements == null ? List.of() : List.copyOf(elements);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        notes = notes == null ? List.of() : List.copyOf(notes);
        singleYearTargets = singleYearTargets == null ? List.of() : List.copyOf(singleYearTargets);
        balance = balance == null ? List.of() : List.copyOf(balance);
        unplanned = unplanned == null ? List.of() : List.copyOf(unplanned);
    }

    /** Every element of the tree, depth first, parents before children. */
    @JsonIgnore
    public List<Element> allElements() {
        List<Element> all = new ArrayList<>();
        walk(elements, all::add);
        return all;
    }

    /** Every indicator, those at plan level first, then in tree order. */
    @JsonIgnore
    public List<Indicator> allIndicators() {
        List<Indicator> all = new ArrayList<>(indicators);
        walk(elements, e -> all.addAll(e.indicators()));
        return all;
    }

    private static void walk(List<Element> elements, Consumer<Element> visitor) {
        for (Element e : elements) {
            visitor.accept(e);
            walk(e.children(), visitor);
        }
    }
}
