package pira.revision;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A comparison as text for the console, in Italian: the changes of the tree's elements first (objectives and actions:
 * their weights decide the staff's evaluation), then those of the indicators grouped by kind, then the findings on the
 * notes.
 */
public final class ComparisonText {

    /** The title of the element changes' section. */
    public static final String ELEMENTS = "Variazioni degli elementi del piano";
    /** The title of the indicator changes' section. */
    public static final String INDICATORS = "Variazioni degli indicatori";

    private ComparisonText() {
    }

    public static String render(Comparison c) {
        StringBuilder out = new StringBuilder();
        out.append(c.title()).append('\n');
        out.append("Confronto tra ").append(files(c.before())).append(" (").append(c.before().title())
                .append(") e ").append(files(c.after())).append(" (").append(c.after().title()).append(")\n");
        out.append(years(c)).append('\n');
        out.append('\n').append(ELEMENTS).append(" (").append(c.elementChanges().size()).append(")\n");
        if (c.elementChanges().isEmpty()) {
            out.append("  nessuna\n");
        }
        for (ElementChange change : c.elementChanges()) {
            out.append("  ").append(change.description()).append('\n');
        }
        out.append('\n').append(INDICATORS).append(" (").append(c.changes().size()).append(")\n");
        for (ChangeKind kind : ChangeKind.values()) {
            List<Change> changes = c.changes(kind);
            out.append('\n').append(kind.group()).append(" (").append(changes.size()).append(")\n");
            if (changes.isEmpty()) {
                out.append("  nessuno\n");
            }
            for (Change change : changes) {
                out.append("  ").append(line(change)).append('\n');
            }
        }
        out.append("\nRilievi sulle note (").append(c.findings().size()).append(")\n");
        if (!c.notesUsed()) {
            out.append("  Il documento nuovo non ha note di stato (Inserito, Aggiornato, Eliminato): le variazioni non"
                    + " sono controllate contro le note.\n");
        } else if (c.findings().isEmpty()) {
            out.append("  nessuno: le note corrispondono alle variazioni\n");
        }
        for (NoteFinding f : c.findings()) {
            out.append("  [").append(f.rule()).append("] ").append(f.message()).append('\n');
        }
        return out.toString();
    }

    /** The years both documents cover, and those only one covers, once (they are not changes). */
    public static String years(Comparison c) {
        StringBuilder s = new StringBuilder("Anni confrontati: ").append(list(c.commonYears(), "nessuno"));
        if (!c.onlyBefore().isEmpty() || !c.onlyAfter().isEmpty()) {
            s.append(" (");
            if (!c.onlyBefore().isEmpty()) {
                s.append(list(c.onlyBefore(), "")).append(" solo nel documento precedente");
            }
            if (!c.onlyAfter().isEmpty()) {
                s.append(c.onlyBefore().isEmpty() ? "" : ", ").append(list(c.onlyAfter(), ""))
                        .append(" solo nel nuovo");
            }
            s.append(": i loro target non sono variazioni)");
        }
        return s.toString();
    }

    private static String line(Change c) {
        String who = StatusCheck.label(c.code(), c.name());
        String what = c.kind() == ChangeKind.INSERITO || c.kind() == ChangeKind.ELIMINATO
                ? c.what() + (c.before() != null ? " (era: " + c.before() + ")" : "")
                + (c.after() != null ? " (" + c.after() + ")" : "")
                : c.what() + ": " + text(c.before()) + " → " + text(c.after());
        return who + ": " + what + (c.note() != null ? " [nota: " + c.note() + "]" : "");
    }

    private static String text(String s) {
        return s == null ? "—" : s;
    }

    private static String files(Side side) {
        return side.files().isEmpty() ? "(senza file)" : String.join(", ", side.files());
    }

    private static String list(List<Integer> years, String none) {
        return years.isEmpty() ? none : years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
