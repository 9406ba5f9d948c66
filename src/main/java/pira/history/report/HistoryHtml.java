package pira.history.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import pira.history.Discrepancy;
import pira.history.EnteHistory;
import pira.history.History;
import pira.history.HistoryDocument;
import pira.history.IndicatorHistory;
import pira.history.Pairing;
import pira.history.Statement;
import pira.history.YearHistory;

/**
 * The history as one self-contained HTML page, in the style of the validation report: the documents, then per chamber
 * the findings (years stated differently, pairs not joined, indicators in one document only) and, per objective, a
 * table with each indicator's targets and actual values year by year, each with its document, and a small chart of
 * target against actual value. No external resource; the same page for the same input.
 */
public final class HistoryHtml {

    private static final String STYLE = """
            body{font-family:Arial,Helvetica,sans-serif;margin:2em;color:#222}
            h1{font-size:1.4em}h2{font-size:1.2em;margin-top:1.8em}h3{font-size:1em;margin-top:1.4em}
            table{border-collapse:collapse;width:100%;font-size:.85em;margin-bottom:1em}
            th,td{border:1px solid #bbb;padding:4px 6px;text-align:left;vertical-align:top}
            th{background:#e8eef5}.avviso{background:#fff4d6}.doc{color:#555;font-size:.85em}
            .t{color:#1f5fa8}.v{color:#a4500f}.nochart{color:#888;font-size:.85em}
            .legenda span{display:inline-block;margin-right:1.5em}
            footer{margin-top:2em;font-size:.8em;color:#555}""";

    private HistoryHtml() {
    }

    public static String render(History history) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"it\"><head><meta charset=\"utf-8\">")
                .append("<title>Storia degli indicatori</title><style>").append(STYLE).append("</style></head><body>\n")
                .append("<h1>Storia degli indicatori</h1>\n");
        Map<String, Integer> numbers = new LinkedHashMap<>();
        sb.append("<table><thead><tr><th>N.</th><th>Documento</th><th>Ente</th><th>Tipo</th><th>Anni</th>")
                .append("<th>SHA-256</th></tr></thead><tbody>\n");
        for (HistoryDocument d : history.documents()) {
            numbers.put(d.document(), numbers.size() + 1);
            sb.append("<tr><td>[").append(numbers.size()).append("]</td><td>").append(esc(d.document()))
                    .append("</td><td>").append(esc(nz(d.ente()))).append("</td><td>").append(esc(nz(d.kind())))
                    .append("</td><td>").append(esc(d.years().toString())).append("</td><td><code>")
                    .append(esc(nz(d.sha256()))).append("</code></td></tr>\n");
        }
        sb.append("</tbody></table>\n");
        if (history.entes().size() > 1) {
            sb.append("<p>I documenti sono di ").append(history.entes().size()).append(" enti diversi: ogni ente ha la")
                    .append(" sua storia e i documenti non sono confrontati tra enti.</p>\n");
        }
        sb.append("<p class=\"legenda\"><span class=\"t\">T = target (linea tratteggiata)</span>")
                .append("<span class=\"v\">V = valore conseguito (linea continua)</span>")
                .append("<span>[n] = documento</span></p>\n");
        for (EnteHistory e : history.entes()) {
            ente(sb, e, numbers);
        }
        sb.append("<footer>").append(esc(pira.model.Version.NAME)).append(", storia versione ")
                .append(esc(history.schemaVersion())).append(". Gli indicatori sono abbinati per codice o, dove i")
                .append(" codici cambiano, per nome (somiglianza dei nomi almeno 0,8; tra 0,5 e 0,8 l'abbinamento è")
                .append(" incerto ed è solo elencato).</footer>\n</body></html>\n");
        return sb.toString();
    }

    private static void ente(StringBuilder sb, EnteHistory e, Map<String, Integer> numbers) {
        sb.append("<h2>").append(esc(e.ente())).append("</h2>\n");
        TreeSet<Integer> yearSet = new TreeSet<>();
        e.indicators().forEach(i -> i.years().forEach(y -> yearSet.add(y.year())));
        List<Integer> years = new ArrayList<>(yearSet);
        if (!e.discrepancies().isEmpty()) {
            sb.append("<h3>Valori discordanti tra documenti</h3>\n<table><thead><tr><th>Indicatore</th><th>Anno</th>")
                    .append("<th>Dato</th><th>Fonti</th></tr></thead><tbody>\n");
            for (Discrepancy d : e.discrepancies()) {
                sb.append("<tr class=\"avviso\"><td>").append(esc(d.indicator())).append("</td><td>").append(d.year())
                        .append("</td><td>").append(esc(d.what())).append("</td><td>");
                d.sources().forEach(s -> sb.append(esc(s.raw())).append(" <span class=\"doc\">(")
                        .append(esc(s.place())).append(")</span><br>"));
                sb.append("</td></tr>\n");
            }
            sb.append("</tbody></table>\n");
        }
        if (!e.uncertain().isEmpty()) {
            sb.append("<h3>Abbinamenti incerti (non fatti, da verificare)</h3>\n<table><thead><tr><th>Motivo</th>")
                    .append("<th>Somiglianza</th><th>Indicatore</th><th>Indicatore</th></tr></thead><tbody>\n");
            for (Pairing p : e.uncertain()) {
                sb.append("<tr><td>").append(esc(p.reason())).append("</td><td>")
                        .append(String.format(java.util.Locale.ITALY, "%.2f", p.similarity())).append("</td><td>")
                        .append(esc(HistoryText.member(p.first()))).append("</td><td>")
                        .append(esc(HistoryText.member(p.second()))).append("</td></tr>\n");
            }
            sb.append("</tbody></table>\n");
        }
        if (!e.unpaired().isEmpty()) {
            sb.append("<p>In un solo documento (nessun abbinamento): ").append(esc(String.join(", ", e.unpaired())))
                    .append(".</p>\n");
        }
        // by the objective's code where it has one: two documents may name the same objective differently
        Map<String, List<IndicatorHistory>> byObjective = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (IndicatorHistory i : e.indicators()) {
            String key = i.objectiveCode() != null ? "c:" + i.objectiveCode() : "n:" + i.objective();
            titles.putIfAbsent(key, i.objective() == null ? "Indicatori senza obiettivo" : i.objective());
            byObjective.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        java.util.Set<String> discordant = new java.util.HashSet<>();
        e.discrepancies().forEach(d -> discordant.add(d.indicator() + "|" + d.year()));
        for (Map.Entry<String, List<IndicatorHistory>> o : byObjective.entrySet()) {
            sb.append("<h3>").append(esc(titles.get(o.getKey()))).append("</h3>\n<table><thead><tr><th>Codice</th>")
                    .append("<th>Indicatore</th>");
            years.forEach(y -> sb.append("<th>").append(y).append("</th>"));
            sb.append("<th>Andamento</th></tr></thead><tbody>\n");
            for (IndicatorHistory i : o.getValue()) {
                sb.append("<tr><td>").append(esc(nz(i.code()))).append("</td><td>").append(esc(nz(i.name())))
                        .append(" <span class=\"doc\">");
                i.members().forEach(m -> sb.append("[").append(numbers.get(m.document())).append("]"));
                sb.append("</span></td>");
                for (int y : years) {
                    YearHistory yh = i.years().stream().filter(x -> x.year() == y).findFirst().orElse(null);
                    sb.append(discordant.contains(i.key() + "|" + y) ? "<td class=\"avviso\">" : "<td>");
                    if (yh != null) {
                        statements(sb, "t", "T", yh.targets(), numbers);
                        statements(sb, "v", "V", yh.actuals(), numbers);
                        statements(sb, "doc", "Stato", yh.status(), numbers);
                    }
                    sb.append("</td>");
                }
                sb.append("<td>").append(HistoryChart.svg(i, years)).append("</td></tr>\n");
            }
            sb.append("</tbody></table>\n");
        }
    }

    private static void statements(StringBuilder sb, String css, String label, List<Statement> list,
                                   Map<String, Integer> numbers) {
        for (Statement s : list) {
            sb.append("<div class=\"").append(css).append("\">").append(label).append(": ").append(esc(s.raw()))
                    .append(s.resolved() == null ? "" : " → " + esc(s.resolved()))
                    .append(" <span class=\"doc\" title=\"").append(esc(s.place())).append("\">[")
                    .append(numbers.get(s.document())).append("]</span></div>");
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
