package pira.validation.report;

import java.util.List;
import pira.validation.Finding;
import pira.validation.Severity;

/** The report for the terminal: per file, the counts, then the findings grouped by severity. */
public final class TextReport {

    private TextReport() {
    }

    public static String render(ValidationReport report) {
        StringBuilder sb = new StringBuilder();
        for (ValidatedFile f : report.files()) {
            if (f.error() != null) {
                sb.append(f.file()).append(": NON LETTO\n  ").append(f.error().replace("\n", "\n  ")).append("\n\n");
                continue;
            }
            sb.append(f.file()).append(f.mapping() == null ? "" : " (mappatura " + f.mapping() + ")").append(": ")
                    .append(ValidationReport.describe(f.counts())).append(f.changedTargets()).append('\n');
            for (Severity s : Severity.values()) {
                List<Finding> group = f.findings().stream().filter(x -> x.severity() == s).toList();
                if (group.isEmpty()) {
                    continue;
                }
                sb.append("  ").append(s.plural().toUpperCase(java.util.Locale.ITALIAN)).append('\n');
                for (Finding x : group) {
                    sb.append("    [").append(x.rule()).append("] ").append(x.where())
                            .append(x.code() == null ? "" : " (" + x.code() + ")").append(": ")
                            .append(x.message()).append('\n');
                }
            }
            sb.append('\n');
        }
        sb.append("Totale: ").append(ValidationReport.describe(report.counts())).append(" in ")
                .append(report.files().size()).append(" file");
        if (report.unreadable() > 0) {
            sb.append("; ").append(report.unreadable()).append(report.unreadable() == 1 ? " file non letto"
                    : " file non letti");
        }
        sb.append(".\n");
        return sb.toString();
    }
}
