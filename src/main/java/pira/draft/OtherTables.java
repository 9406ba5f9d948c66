package pira.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The comment of a draft on the document's other sheets that have a table: read together, or as sections. */
final class OtherTables {

    private OtherTables() {
    }

    /** "" where the document has no other table with a header. */
    static String comment(HeaderGuess chosen, List<HeaderGuess> others) {
        List<String> same = new ArrayList<>();
        List<String> different = new ArrayList<>();
        String paths = chosen.paths().toString().toLowerCase(Locale.ROOT);
        for (HeaderGuess other : others) {
            String name = MappingDraft.quote(other.table().name());
            (other.paths().toString().toLowerCase(Locale.ROOT).equals(paths) ? same : different).add(name);
        }
        StringBuilder y = new StringBuilder();
        if (!same.isEmpty()) {
            y.append("# Altri fogli con una tabella con la stessa intestazione: ").append(String.join(", ", same))
                    .append(".\n# Per leggerli insieme a questo, al posto di sheet: sheets con un'espressione")
                    .append(" sui nomi dei fogli\n# (\"Più fogli, un piano\" in mappings/README.md).\n");
        }
        if (!different.isEmpty()) {
            y.append("# Altri fogli con una tabella con un'altra intestazione: ").append(String.join(", ", different))
                    .append(".\n# Se fanno parte dello stesso piano, leggerli con sections (\"Due fogli di forma")
                    .append(" diversa\" in mappings/README.md).\n");
        }
        return y.toString();
    }
}
