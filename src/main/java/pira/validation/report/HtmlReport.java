package pira.validation.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import pira.validation.Finding;
import pira.validation.rules.RuleDocs;
import pira.validation.Severity;

/**
 * A self-contained HTML page for auditors, after Frictionless' validation report and Great Expectations' data docs: a
 * verdict per file, the counts by rule with what each rule checks (errors first), and every finding in one table
 * that filters by severity, file and rule, searches its text and sorts by any column. One file, no external resource,
 * the same page for the same input.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:Arial,Helvetica,sans-serif;margin:2em;color:#222}
            h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.5em}
            table{border-collapse:collapse;width:100%;font-size:.9em}
            th,td{border:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top}
            th{background:#e8eef5}table.sortable th{cursor:pointer;user-select:none}
            table.sortable th:after{content:' \\2195';color:#889}
            td.n{text-align:right}.errore{background:#fde2e1}.avviso{background:#fff4d6}.informazione{background:#eef6ff}
            .unreadable{color:#a40000}.valido{color:#1a6b1a;font-weight:bold}.modificato{color:#8a5a00;font-weight:bold}.con-errori{color:#a40000;font-weight:bold}
            .filters{display:flex;flex-wrap:wrap;gap:.6em;align-items:center;margin:.6em 0}
            .filters label{font-size:.9em}#visibili{font-size:.9em;color:#555}
            footer{margin-top:2em;font-size:.8em;color:#555}""";

    /**
     * Sorting by a clicked header (numbers as numbers, Italian order), and the filters: severity, file and rule
     * selects and a search box, all of them together; the count of the rows shown follows.
     */
    private static final String SCRIPT = """
            document.querySelectorAll('table.sortable th').forEach(function(th){th.addEventListener('click',
            function(){var col=th.cellIndex,t=th.closest('table'),b=t.tBodies[0],rows=Array.from(b.rows).filter(
            function(r){return r.cells.length>col}),asc=th.dataset.asc!=='1';
            t.querySelectorAll('th').forEach(function(h){h.dataset.asc=''});th.dataset.asc=asc?'1':'0';
            rows.sort(function(a,c){var x=a.cells[col].dataset.key||a.cells[col].textContent,
            y=c.cells[col].dataset.key||c.cells[col].textContent;return (asc?1:-1)*x.localeCompare(y,'it',{numeric:true})});
            rows.forEach(function(r){b.appendChild(r)})})});
            function filtra(){var g=document.getElementById('f-gravita').value,f=document.getElementById('f-file').value,
            r=document.getElementById('f-regola').value,q=document.getElementById('f-testo').value.toLowerCase(),n=0,
            all=document.getElementById('f-tutti').checked||!!r||!!q,rows=document.querySelectorAll('#rilievi tbody tr');
            rows.forEach(function(tr){var ok=(!g||tr.dataset.gravita===g)
            &&(!f||tr.dataset.file===f)&&(!r||tr.dataset.regola===r)&&(!q||tr.textContent.toLowerCase().indexOf(q)>=0)
            &&(all||!tr.dataset.oltre);tr.hidden=!ok;if(ok){n++}});
            document.querySelectorAll('.altri').forEach(function(s){s.hidden=all});
            document.getElementById('visibili').textContent=n+' rilievi mostrati su '+rows.length}
            ['f-gravita','f-file','f-regola','f-tutti'].forEach(function(id){document.getElementById(id).addEventListener('change',filtra)});
            document.getElementById('f-testo').addEventListener('input',filtra);filtra();""";

    /** A rule with more findings than this in one file has them folded, the first {@link #SHOWN_WHEN_FOLDED} shown. */
    private static final int FOLD_OVER = 5;
    private static final int SHOWN_WHEN_FOLDED = 3;
    /** What an OIV checks first is never folded: every changed target stays in sight. */
    private static final java.util.Set<String> NEVER_FOLDED = java.util.Set.of("TARGET-MODIFICATO");

    private HtmlReport() {
    }

    public static String render(ValidationReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"it\"><head><meta charset=\"utf-8\">")
                .append("<title>Rilievi di validazione</title><style>").append(STYLE).append("</style></head><body>\n")
                .append("<h1>Rilievi di validazione</h1>\n<p>Totale: ")
                .append(esc(ValidationReport.describe(report.counts()))).append(" in ").append(report.files().size())
                .append(" file").append(report.unreadable() > 0 ? "; " + report.unreadable()
                        + (report.unreadable() == 1 ? " file non letto" : " file non letti") : "")
                .append(".</p>\n");
        files(sb, report);
        rules(sb, report);
        findings(sb, report);
        sb.append("<footer>").append(report.generated() == null ? "" : "Eseguito il " + esc(report.generated()) + " con ")
                .append(esc(pira.model.Version.NAME)).append(", rapporto dei rilievi versione ")
                .append(esc(report.schemaVersion())).append("; tolleranza sulla somma dei pesi ")
                .append(esc(report.tolerance().toPlainString().replace('.', ','))).append(" punti. Le regole sono")
                .append(" descritte in docs/regole.md; ogni file è identificato dal suo SHA-256.</footer>\n")
                .append("<script>").append(SCRIPT).append("</script>\n</body></html>\n");
        return sb.toString();
    }

    /**
     * A line per file with its verdict: valido (no error), con errori, non letto; a valid file whose Relazione changed
     * targets of the plan says so in its verdict.
     */
    private static void files(StringBuilder sb, ValidationReport report) {
        sb.append("<h2>File</h2>\n<table class=\"sortable\" id=\"file\"><thead><tr><th>File</th><th>Esito</th>")
                .append("<th>Mappatura</th><th>Errori</th><th>Avvisi</th><th>Informazioni</th><th>SHA-256</th>")
                .append("</tr></thead><tbody>\n");
        for (ValidatedFile f : report.files()) {
            Map<Severity, Integer> c = f.counts();
            if (f.error() != null) {
                sb.append("<tr><td>").append(esc(f.file())).append("</td><td class=\"unreadable\">non letto</td>")
                        .append("<td colspan=\"5\" class=\"unreadable\">").append(esc(f.error())).append("</td></tr>\n");
                continue;
            }
            boolean valid = c.get(Severity.ERRORE) == 0;
            String verdict = (valid ? "valido" : "con errori") + f.changedTargets();
            // valid with changed targets is not the plain green of a file with nothing to say
            String css = !valid ? "con-errori" : f.changedTargets().isEmpty() ? "valido" : "modificato";
            sb.append("<tr><td>").append(esc(f.file())).append("</td><td class=\"").append(css)
                    .append("\">").append(verdict).append("</td><td")
                    .append(f.mappingSha256() == null ? "" : " title=\"SHA-256 " + f.mappingSha256() + "\"").append(">")
                    .append(esc(nz(f.mapping())))
                    .append("</td><td class=\"n\">").append(c.get(Severity.ERRORE)).append("</td><td class=\"n\">")
                    .append(c.get(Severity.AVVISO)).append("</td><td class=\"n\">").append(c.get(Severity.INFORMAZIONE))
                    .append("</td><td><code>").append(esc(nz(f.sha256()))).append("</code></td></tr>\n");
        }
        sb.append("</tbody></table>\n");
    }

    /** The counts by rule and severity, errors first, with what each rule checks. */
    private static void rules(StringBuilder sb, ValidationReport report) {
        Map<String, int[]> counts = new TreeMap<>();
        for (ValidatedFile f : report.files()) {
            for (Finding x : f.findings()) {
                counts.computeIfAbsent(x.severity().ordinal() + "|" + x.rule(), k -> new int[1])[0]++;
            }
        }
        if (counts.isEmpty()) {
            return;
        }
        sb.append("<h2>Regole</h2>\n<table class=\"sortable\" id=\"regole\"><thead><tr><th>Gravità</th><th>Regola</th>")
                .append("<th>Rilievi</th><th>Che cosa controlla</th></tr></thead><tbody>\n");
        counts.forEach((key, n) -> {
            Severity severity = Severity.values()[Integer.parseInt(key.substring(0, key.indexOf('|')))];
            String rule = key.substring(key.indexOf('|') + 1);
            sb.append("<tr class=\"").append(severity.id()).append("\"><td data-key=\"").append(severity.ordinal())
                    .append("\">").append(severity.id()).append("</td><td><b>").append(esc(rule)).append("</b><br>")
                    .append(esc(RuleDocs.summary(rule))).append("</td><td class=\"n\">").append(n[0])
                    .append("</td><td>").append(esc(RuleDocs.description(rule))).append("</td></tr>\n");
        });
        sb.append("</tbody></table>\n");
    }

    private static void findings(StringBuilder sb, ValidationReport report) {
        TreeSet<String> files = new TreeSet<>();
        TreeSet<String> rules = new TreeSet<>();
        List<Severity> severities = new ArrayList<>();
        for (ValidatedFile f : report.files()) {
            for (Finding x : f.findings()) {
                files.add(f.file());
                rules.add(x.rule());
                if (!severities.contains(x.severity())) {
                    severities.add(x.severity());
                }
            }
        }
        severities.sort(Comparator.naturalOrder());
        sb.append("<h2>Rilievi</h2>\n<div class=\"filters\">");
        select(sb, "f-gravita", "Gravità", severities.stream().map(Severity::id).toList());
        select(sb, "f-file", "File", List.copyOf(files));
        select(sb, "f-regola", "Regola", List.copyOf(rules));
        sb.append("<label>Cerca <input type=\"search\" id=\"f-testo\"></label><label><input type=\"checkbox\"")
                .append(" id=\"f-tutti\"> Mostra tutti i rilievi ripetuti</label><span id=\"visibili\"></span></div>\n")
                .append("<p>Fare clic su un'intestazione per ordinare.</p>\n")
                .append("<table class=\"sortable\" id=\"rilievi\"><thead><tr><th>Gravità</th><th>Regola</th>")
                .append("<th>File</th><th>Posizione</th><th>Codice</th><th>Rilievo</th><th>Nel documento</th></tr>")
                .append("</thead><tbody>\n");
        int order = 0;
        for (ValidatedFile f : report.files()) {
            Map<String, Integer> ofRule = new TreeMap<>();
            f.findings().forEach(x -> ofRule.merge(x.rule(), 1, Integer::sum));
            Map<String, Integer> seen = new TreeMap<>();
            for (Finding x : f.findings()) {
                String place = x.location() == null ? "" : x.where().replaceFirst("^[^,]*,? ?", "");
                // many findings of one rule in one file: the first few shown, the others folded with their count
                int nth = seen.merge(x.rule(), 1, Integer::sum);
                boolean folds = ofRule.get(x.rule()) > FOLD_OVER && !NEVER_FOLDED.contains(x.rule());
                boolean folded = folds && nth > SHOWN_WHEN_FOLDED;
                String more = folds && nth == SHOWN_WHEN_FOLDED ? " <span class=\"altri\">("
                        + "e altri " + (ofRule.get(x.rule()) - SHOWN_WHEN_FOLDED) + " rilievi " + esc(x.rule())
                        + " in questo file: «Mostra tutti i rilievi ripetuti»)</span>" : "";
                sb.append("<tr class=\"").append(x.severity().id()).append("\" data-gravita=\"").append(x.severity().id())
                        .append("\" data-file=\"").append(esc(f.file())).append("\" data-regola=\"").append(esc(x.rule()))
                        .append(folded ? "\" data-oltre=\"1" : "")
                        .append("\"><td data-key=\"").append(x.severity().ordinal()).append("\">")
                        .append(x.severity().id()).append("</td><td>").append(esc(x.rule())).append("</td><td>")
                        .append(esc(f.file())).append("</td><td data-key=\"")
                        .append(String.format(Locale.ROOT, "%06d", order++)).append("\">").append(esc(place))
                        .append("</td><td>").append(esc(nz(x.code()))).append("</td><td>").append(esc(x.message()))
                        .append(more).append("</td><td>").append(esc(inDocument(x))).append("</td></tr>\n");
            }
        }
        sb.append("</tbody></table>\n");
    }

    private static void select(StringBuilder sb, String id, String label, List<String> values) {
        sb.append("<label>").append(label).append(" <select id=\"").append(id).append("\"><option value=\"\">tutti</option>");
        for (String v : values) {
            sb.append("<option value=\"").append(esc(v)).append("\">").append(esc(v)).append("</option>");
        }
        sb.append("</select></label>");
    }

    /** The value as the document writes it, or what the rule expected and found there. */
    private static String inDocument(Finding x) {
        if (x.text() != null) {
            return x.text();
        }
        if (x.expected() != null) {
            return "atteso: " + x.expected() + "; trovato: " + (x.observed() == null || x.observed().isEmpty()
                    ? "nulla" : x.observed());
        }
        return "";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
