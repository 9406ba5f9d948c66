package pira.validation.report;

import java.util.Map;
import pira.validation.Finding;
import pira.validation.Severity;

/**
 * A self-contained HTML page for auditors: counts per file and in total, and every finding in one table that
 * sorts by severity, rule, file or place when a header is clicked. No external resources.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:Arial,Helvetica,sans-serif;margin:2em;color:#222}
            h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.5em}
            table{border-collapse:collapse;width:100%;font-size:.9em}
            th,td{border:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top}
            th{background:#e8eef5;cursor:pointer;user-select:none}th:after{content:' \\2195';color:#889}
            td.n{text-align:right}.errore{background:#fde2e1}.avviso{background:#fff4d6}.informazione{background:#eef6ff}
            .unreadable{color:#a40000}""";

    private static final String SCRIPT = """
            document.querySelectorAll('table.sortable th').forEach(function(th,col){th.addEventListener('click',
            function(){var t=th.closest('table'),b=t.tBodies[0],rows=Array.from(b.rows),asc=th.dataset.asc!=='1';
            t.querySelectorAll('th').forEach(function(h){h.dataset.asc=''});th.dataset.asc=asc?'1':'0';
            rows.sort(function(a,c){var x=a.cells[col].dataset.key||a.cells[col].textContent,
            y=c.cells[col].dataset.key||c.cells[col].textContent;return (asc?1:-1)*x.localeCompare(y,'it',{numeric:true})});
            rows.forEach(function(r){b.appendChild(r)})})});""";

    private HtmlReport() {
    }

    public static String render(ValidationReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"it\"><head><meta charset=\"utf-8\">")
                .append("<title>Rilievi di validazione</title><style>").append(STYLE).append("</style></head><body>\n")
                .append("<h1>Rilievi di validazione</h1>\n<p>Totale: ")
                .append(esc(ValidationReport.describe(report.counts()))).append(" in ").append(report.files().size())
                .append(" file").append(report.unreadable() > 0 ? "; " + report.unreadable() + " file non letti" : "")
                .append(". Tolleranza sulla somma dei pesi: ").append(esc(report.tolerance().toPlainString()
                        .replace('.', ','))).append(" punti.</p>\n");
        sb.append("<h2>File</h2>\n<table><thead><tr><th>File</th><th>Mappatura</th><th>Errori</th><th>Avvisi</th>")
                .append("<th>Informazioni</th><th>SHA-256</th></tr></thead><tbody>\n");
        for (ValidatedFile f : report.files()) {
            Map<Severity, Integer> c = f.counts();
            if (f.error() != null) {
                sb.append("<tr><td>").append(esc(f.file())).append("</td><td colspan=\"5\" class=\"unreadable\">")
                        .append(esc(f.error())).append("</td></tr>\n");
            } else {
                sb.append("<tr><td>").append(esc(f.file())).append("</td><td>").append(esc(nz(f.mapping())))
                        .append("</td><td class=\"n\">").append(c.get(Severity.ERRORE)).append("</td><td class=\"n\">")
                        .append(c.get(Severity.AVVISO)).append("</td><td class=\"n\">")
                        .append(c.get(Severity.INFORMAZIONE)).append("</td><td><code>").append(esc(nz(f.sha256())))
                        .append("</code></td></tr>\n");
            }
        }
        sb.append("</tbody></table>\n<h2>Rilievi</h2>\n<p>Fare clic su un'intestazione per ordinare.</p>\n")
                .append("<table class=\"sortable\" id=\"rilievi\"><thead><tr><th>Gravità</th><th>Regola</th>")
                .append("<th>File</th><th>Posizione</th><th>Codice</th><th>Rilievo</th></tr></thead><tbody>\n");
        int order = 0;
        for (ValidatedFile f : report.files()) {
            for (Finding x : f.findings()) {
                String place = x.location() == null ? "" : x.where().replaceFirst("^[^,]*,? ?", "");
                sb.append("<tr class=\"").append(x.severity().id()).append("\"><td data-key=\"")
                        .append(x.severity().ordinal()).append("\">").append(x.severity().id()).append("</td><td>")
                        .append(esc(x.rule())).append("</td><td>").append(esc(f.file())).append("</td><td data-key=\"")
                        .append(String.format(java.util.Locale.ROOT, "%06d", order++)).append("\">").append(esc(place))
                        .append("</td><td>").append(esc(nz(x.code()))).append("</td><td>").append(esc(x.message()))
                        .append("</td></tr>\n");
            }
        }
        sb.append("</tbody></table>\n<script>").append(SCRIPT).append("</script>\n</body></html>\n");
        return sb.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
