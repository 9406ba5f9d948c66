package pira.revision;

import java.util.List;

/**
 * What changed from one revision of a chamber's plan to the next ({@code schema/confronto.schema.json}): the two
 * documents, the years both cover and those only one covers (not changes), whether the later one marks its
 * indicators with status notes, the changes of the tree's elements (objectives, actions: their weights, names, places)
 * by kind, the changes of the indicators grouped by kind in the order of {@link ChangeKind} (within a kind in the
 * order of the documents), and the findings on the status notes.
 */
public record Comparison(String schemaVersion, String ente, Side before, Side after, List<Integer> commonYears,
                         List<Integer> onlyBefore, List<Integer> onlyAfter, boolean notesUsed,
                         List<ElementChange> elementChanges, List<Change> changes, List<NoteFinding> findings) {

    /**
     * The version of {@code schema/confronto.schema.json} this record is written as: 1.1 adds {@code elementChanges}
     * (1.0 compared the indicators only).
     */
    public static final String SCHEMA_VERSION = "1.1";

    public Comparison {
        commonYears = List.copyOf(commonYears);
        onlyBefore = List.copyOf(onlyBefore);
        onlyAfter = List.copyOf(onlyAfter);
        elementChanges = List.copyOf(elementChanges);
        changes = List.copyOf(changes);
        findings = List.copyOf(findings);
    }

    /** The element changes of one kind, in their order. */
    public List<ElementChange> elementChanges(ChangeKind kind) {
        return elementChanges.stream().filter(c -> c.kind() == kind).toList();
    }

    /** The changes of one kind, in their order. */
    public List<Change> changes(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    /** "Variazioni rispetto al Piano degli indicatori e dei risultati attesi di bilancio (PIRA) 2019-2021". */
    public String title() {
        return "Variazioni rispetto " + ("relazione".equals(before.documentKind()) ? "alla " : "al ") + before.title();
    }
}
