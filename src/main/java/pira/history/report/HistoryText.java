package pira.history.report;

import pira.history.Discrepancy;
import pira.history.EnteHistory;
import pira.history.History;
import pira.history.Pairing;
import pira.model.Counted;

/** The console summary of a history: per chamber, its documents, how many indicators joined, and the findings. */
public final class HistoryText {

    private HistoryText() {
    }

    public static String render(History history) {
        StringBuilder sb = new StringBuilder();
        if (history.entes().size() > 1) {
            sb.append("Documenti di ").append(history.entes().size())
                    .append(" enti diversi: ogni ente ha la sua storia, i documenti non sono confrontati tra enti.\n");
        }
        for (EnteHistory e : history.entes()) {
            long joined = e.indicators().stream().filter(i -> i.members().size() > 1).count();
            sb.append(e.ente()).append(": ").append(Counted.of(e.documents().size(), "documento", "documenti"))
                    .append(" (").append(String.join(", ", e.documents())).append("), ")
                    .append(Counted.of(e.indicators().size(), "indicatore", "indicatori")).append(", ")
                    .append(joined).append(" in più documenti.\n");
            for (Discrepancy d : e.discrepancies()) {
                sb.append("  DISCORDANZA ").append(d.indicator()).append(", ").append(d.what()).append(" ")
                        .append(d.year()).append(": ");
                sb.append(String.join("; ", d.sources().stream().map(s -> "\"" + s.raw() + "\" (" + s.place() + ")")
                        .toList())).append("\n");
            }
            for (Pairing p : e.uncertain()) {
                sb.append("  INCERTO ").append(p.reason()).append(" (somiglianza ")
                        .append(String.format(java.util.Locale.ITALY, "%.2f", p.similarity())).append("): ")
                        .append(member(p.first())).append(" e ").append(member(p.second()))
                        .append(": non abbinati, da verificare.\n");
            }
            if (!e.unpaired().isEmpty()) {
                sb.append("  In un solo documento: ").append(Counted.of(e.unpaired().size(), "indicatore", "indicatori"))
                        .append(" (").append(String.join(", ", e.unpaired())).append(").\n");
            }
        }
        return sb.toString();
    }

    static String member(pira.history.Member m) {
        return (m.code() == null ? "" : m.code() + " ") + "\"" + m.name() + "\" (" + m.document() + ")";
    }
}
