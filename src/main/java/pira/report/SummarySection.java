package pira.report;

import static pira.report.DocxReport.MISSING;
import static pira.report.DocxReport.abbreviated;
import static pira.report.DocxReport.nz;
import static pira.report.DocxReport.score;
import static pira.report.DocxReport.table;
import static pira.report.DocxReport.title;

import java.util.ArrayList;
import java.util.List;
import pira.achievement.Assessment;
import pira.model.Element;
import pira.model.Indicator;

/**
 * The summary the Giunta reads first: each strategic objective once, by identity, with its score, its outcome and its
 * indicators by outcome, the chart of those counts, and what the summary rests on.
 */
final class SummarySection extends ReportSection {

    SummarySection(ReportContext context) {
        super(context);
    }

    /** The outcomes the summary counts, in the order of its columns and of the chart's series. */
    private static final List<String> OUTCOMES = List.of("raggiunto", "parzialmente raggiunto", "non raggiunto",
            "non valutabile");

    /**
     * A row of the summary: a strategic objective (its copies under several missions as one), the element it sits
     * under where another objective shares its code, its score, and its indicators by outcome ({@link #OUTCOMES}).
     */
    record SummaryRow(Element objective, Element parent, Assessment score, int[] counts) {

        /** The objective in the chart: its code, with its parent where the code is shared; else its name. */
        SummaryChart.Bar bar() {
            String label = objective.code() != null ? objective.code() + (parent == null ? "" : " ("
                    + parent.level().label() + " " + (parent.code() != null ? parent.code() : abbreviated(parent.name(),
                    20)) + ")") : abbreviated(objective.name(), 40);
            return new SummaryChart.Bar(label, counts[0], counts[1], counts[2], counts[3]);
        }
    }

    /**
     * Each strategic objective once, by identity, in the order of its code; only those with something for the year
     * (an indicator, at any depth below, with a target or a value of the year).
     */
    List<SummaryRow> rows() {
        List<SummaryRow> rows = new ArrayList<>();
        for (StrategicObjectives.Objective o : StrategicObjectives.of(plan)) {
            if (calculator.inYear(o.element())) {
                rows.add(new SummaryRow(o.element(), o.parent(), calculator.element(o.element()),
                        outcomes(o.element())));
            }
        }
        return rows;
    }

    /**
     * The indicators of an objective, at every depth below it, each once, by outcome ({@link #OUTCOMES}): those with
     * something for the year, each judged as its table judges it (the outcome bands of the chamber).
     */
    private int[] outcomes(Element objective) {
        int[] counts = new int[OUTCOMES.size()];
        count(objective, new java.util.HashSet<>(), counts);
        return counts;
    }

    private void count(Element e, java.util.Set<Indicator> seen, int[] counts) {
        for (Indicator i : calculator.indicatorsOf(e)) {
            if (seen.add(i)) {
                int k = OUTCOMES.indexOf(options.bands().outcome(calculator.indicator(i, e)));
                counts[k < 0 ? OUTCOMES.size() - 1 : k]++;
            }
        }
        for (Element c : e.children()) {
            count(c, seen, counts);
        }
    }

    /**
     * Each strategic objective once, in the order of its code, with the roll-up of all its operational objectives
     * whatever mission or programme lists them, what the score rests on, and its indicators by outcome; two objectives
     * that share a code each with the element it sits under. Then the chart of the counts, on the same pages.
     */
    void write(WordXml w, List<SummaryRow> summary, String imageId) {
        heading(w, 1, "Sintesi degli obiettivi strategici " + options.year());
        if (summary.isEmpty()) {
            w.paragraph("Normal", StrategicObjectives.of(plan).isEmpty() ? "Il documento non ha obiettivi strategici."
                    : "Nessun obiettivo strategico ha indicatori con un target o un valore per il " + options.year()
                    + ".");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (SummaryRow r : summary) {
            Element e = r.objective();
            List<String> row = new ArrayList<>(List.of(nz(e.code()), nz(e.name()) + (r.parent() == null ? ""
                    : "\n(" + title(r.parent()) + ")"), e.weight() == null ? MISSING : e.weight().raw(),
                    score(r.score()), elementOutcome(r.score())));
            for (int c : r.counts()) {
                row.add(String.valueOf(c));
            }
            rows.add(row);
        }
        boolean weights = summary.stream().anyMatch(r -> r.objective().weight() != null);
        table(w, List.of("Codice", "Obiettivo strategico", "Peso", "Raggiungimento " + options.year(), "Esito",
                "Raggiunti", "Parzialmente raggiunti", "Non raggiunti", "Non valutabili"), rows,
                new int[] {800, 3470, 800, 2400, 1500, 1400, 1400, 1400, 1400}, java.util.Set.of(2, 3, 5, 6, 7, 8),
                weights);
        w.paragraph("Normal", "Le ultime quattro colonne contano gli indicatori dell'obiettivo strategico, a ogni"
                + " livello, con l'esito che hanno nelle tabelle che seguono; il raggiungimento dice su quali parti"
                + " poggia.");
        basis(w, summary);
        if (imageId != null) {
            // 22 cm wide (its 12-point labels read at about 10 points), at most 15 cm high, in the proportions of the
            // drawing
            long cx = 7_920_000L;
            long cy = cx * SummaryChart.height(summary.size()) / SummaryChart.WIDTH;
            if (cy > 5_400_000L) {
                cx = cx * 5_400_000L / cy;
                cy = 5_400_000L;
            }
            String caption = "Indicatori per esito di ogni obiettivo strategico, " + options.year()
                    + " (i numeri sono nella tabella)";
            w.picture(imageId, cx, cy, 1, "Grafico della sintesi", caption, true);
            w.paragraph("Normal", "Figura 1 - " + caption + ".");
        }
    }

    /**
     * What the summary rests on, in two sentences the Giunta reads before the figures: the objectives of which the
     * document reports nothing for the year, and how many scores are what the office declared rather than computed.
     */
    private void basis(WordXml w, List<SummaryRow> summary) {
        int y = options.year();
        List<String> silent = new ArrayList<>();
        int scored = 0;
        int declared = 0;
        for (SummaryRow r : summary) {
            List<Indicator> all = new ArrayList<>();
            collect(r.objective(), all);
            if (all.stream().noneMatch(i -> reportsSomething(i, y))) {
                silent.add(r.objective().code() != null ? r.objective().code() : r.objective().name());
            }
            for (Indicator i : all) {
                Assessment a = calculator.indicator(i, null);
                scored += a.assessable() ? 1 : 0;
                declared += a.declared() ? 1 : 0;
            }
        }
        if (!silent.isEmpty()) {
            w.paragraph("Normal", (silent.size() == 1 ? "Per l'obiettivo strategico " : "Per gli obiettivi strategici ")
                    + String.join(", ", silent) + " il documento non rendiconta alcun valore " + y + ": "
                    + (silent.size() == 1 ? "il suo esito" : "il loro esito") + " è «non valutabile», che non vuol dire"
                    + " «non raggiunto».");
        }
        if (declared > 0) {
            w.paragraph("Normal", "Dei " + scored + " indicatori con un raggiungimento, " + (declared == 1 ? "uno poggia"
                    : declared + " poggiano") + " sull'esito o sulla percentuale che la Relazione dichiara, perché il"
                    + " valore riportato non consente il calcolo: " + (declared == 1 ? "è segnato" : "sono segnati")
                    + " «dichiarato» nelle tabelle.");
        }
    }

    /** The indicators of the year of an element and of every element below it, each once. */
    private void collect(Element e, List<Indicator> into) {
        calculator.indicatorsOf(e).stream().filter(i -> !into.contains(i)).forEach(into::add);
        e.children().forEach(c -> collect(c, into));
    }

    /** Whether the document gives, for the year, a value, a period's value or progress, or a declared result. */
    private static boolean reportsSomething(Indicator i, int y) {
        return i.actuals().containsKey(y) || i.periods().containsKey(y) || i.progress().containsKey(y)
                || i.outcome() != null || i.statedAchievement() != null
                || i.units().stream().anyMatch(u -> u.actuals().containsKey(y) || u.periods().containsKey(y)
                || u.progress().containsKey(y));
    }
}
