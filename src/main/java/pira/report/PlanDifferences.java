package pira.report;

import static pira.report.DocxReport.MISSING;
import static pira.report.DocxReport.nz;
import static pira.report.DocxReport.percent;
import static pira.report.DocxReport.score;
import static pira.report.DocxReport.shown;

import java.util.ArrayList;
import java.util.List;
import pira.achievement.AchievementCalculator;
import pira.achievement.Assessment;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Value;

/**
 * Where the Relazione departs from the adopted plan, said in the body: the targets it changed (with the outcome under
 * either), the plan's indicators that have nothing for the year, and the indicators it reports that the plan does not
 * have.
 */
final class PlanDifferences extends ReportSection {

    /** The cells of an indicator, written as in the year's tables. */
    private final IndicatorTable cells;

    PlanDifferences(ReportContext context) {
        super(context);
        this.cells = new IndicatorTable(context);
    }

    /**
     * The targets of the year the Relazione writes otherwise than the plan the Giunta adopted, each with the outcome it
     * gives against either target, and which one the scores use: in the body, where the Giunta reads it.
     */
    void changedTargets(WordXml w) {
        int y = options.year();
        List<Indicator> changed = new ArrayList<>();
        List<Element> owners = new ArrayList<>();
        for (Element e : plan.allElements()) {
            e.indicators().stream().filter(i -> calculator.inYear(i) && i.reportedTargets().containsKey(y))
                    .forEach(i -> {
                        changed.add(i);
                        owners.add(e);
                    });
        }
        plan.indicators().stream().filter(i -> calculator.inYear(i) && i.reportedTargets().containsKey(y))
                .forEach(i -> {
                    changed.add(i);
                    owners.add(null);
                });
        if (changed.isEmpty()) {
            return;
        }
        heading(w, 1, "Target modificati rispetto al piano");
        boolean reportedUsed = options.choices().reportedTargets();
        w.paragraph("Normal", (changed.size() == 1 ? "Per un indicatore la Relazione scrive un target " + y
                : "Per " + changed.size() + " indicatori la Relazione scrive un target " + y) + " diverso da quello"
                + " del piano adottato dalla Giunta. Il raggiungimento è calcolato con il target "
                + (reportedUsed ? "rendicontato, come ha scelto la Camera; una modifica non adottata dalla Giunta va"
                + " motivata." : "del piano; la tabella dice anche l'esito con il target rendicontato."), true);
        pira.achievement.Choices other = new pira.achievement.Choices(!reportedUsed,
                options.choices().countUnplanned(), options.choices().countDeclared());
        AchievementCalculator otherCalculator = calculator.with(other);
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < changed.size(); k++) {
            Indicator i = changed.get(k);
            Value adopted = i.targets().get(y);
            Assessment used = calculator.indicator(i, owners.get(k));
            Assessment alternative = otherCalculator.indicator(i, owners.get(k));
            Assessment byPlan = reportedUsed ? alternative : used;
            Assessment byReport = reportedUsed ? used : alternative;
            rows.add(List.of(nz(i.code()), nz(i.name()), adopted == null ? MISSING : shown(adopted),
                    shown(i.reportedTargets().get(y)), withOutcome(byPlan), withOutcome(byReport)));
        }
        w.table(List.of("Codice", "Indicatore", "Target del piano", "Target rendicontato",
                "Con il target del piano", "Con il target rendicontato"), rows,
                new int[] {900, 5170, 2000, 2000, 2250, 2250}, DocxStyles.TABLE, java.util.Set.of());
    }

    /** "0,0 %", marked where declared, and the outcome the bands give it. */
    private String withOutcome(Assessment a) {
        return a.assessable() ? percent(a) + (a.declared() ? " (dichiarato)" : "") + "\n" + options.bands().outcome(a)
                : percent(a);
    }

    /**
     * One sentence naming the indicators of the plan that have nothing for the year (no target, no value) and those a
     * revision withdrew: they are not in the year's tables nor in its scores, and nothing is lost without a word.
     */
    void outOfYear(WordXml w) {
        int y = options.year();
        List<String> withdrawn = new ArrayList<>();
        List<String> noTarget = new ArrayList<>();
        for (Indicator i : plan.allIndicators()) {
            if (i.eliminated()) {
                withdrawn.add(IndicatorTable.label(i));
            } else if (!calculator.inYear(i)) {
                noTarget.add(IndicatorTable.label(i));
            }
        }
        // in the order of their codes, as the reader looks them up
        noTarget.sort(StrategicObjectives::compareCodes);
        withdrawn.sort(StrategicObjectives::compareCodes);
        List<String> parts = new ArrayList<>();
        if (!noTarget.isEmpty()) {
            parts.add((noTarget.size() == 1 ? "l'indicatore " : "gli indicatori ") + String.join(", ", noTarget)
                    + ", che il piano non misura nel " + y + " (nessun target né valore per l'anno)");
        }
        if (!withdrawn.isEmpty()) {
            parts.add((withdrawn.size() == 1 ? "l'indicatore " : "gli indicatori ") + String.join(", ", withdrawn)
                    + ", " + (withdrawn.size() == 1 ? "eliminato" : "eliminati") + " dalla revisione del piano");
        }
        if (!parts.isEmpty()) {
            w.paragraph("Normal", "Non sono nelle tabelle del " + y + ", e non contano in alcun raggiungimento, "
                    + String.join("; ", parts) + ".");
        }
    }

    /**
     * The indicators the Relazione reports and the plan does not have, apart from the plan's tables, each with the
     * objective its code names; they count in no score unless the chamber chose otherwise.
     */
    void unplanned(WordXml w) {
        int y = options.year();
        List<List<String>> rows = new ArrayList<>();
        IndicatorTable.Footnotes notes = new IndicatorTable.Footnotes();
        for (Element e : plan.allElements()) {
            for (Indicator i : e.unplanned()) {
                rows.add(unplannedRow(i, e, e.label(), notes));
            }
        }
        for (Indicator i : plan.unplanned()) {
            rows.add(unplannedRow(i, null, MISSING, notes));
        }
        if (rows.isEmpty()) {
            return;
        }
        heading(w, 1, "Indicatori rendicontati non previsti dal piano");
        w.paragraph("Normal", (rows.size() == 1 ? "La Relazione rendiconta un indicatore" : "La Relazione rendiconta "
                + rows.size() + " indicatori") + " che il piano adottato dalla Giunta non prevede. "
                + (options.choices().countUnplanned() ? "Come ha scelto la Camera, contano nel raggiungimento"
                + " dell'obiettivo che il loro codice indica; quelli senza obiettivo non contano."
                : "Sono riportati per informazione e non contano nel raggiungimento di alcun obiettivo."), true);
        w.table(List.of("Obiettivo", "Codice", "Indicatore", "Target " + y, "Valore " + y, "Raggiungimento", "Esito"),
                rows, new int[] {2000, 900, 3870, 1700, 2600, 1700, 1800}, DocxStyles.TABLE, java.util.Set.of(5));
        notes.write(w);
    }

    private List<String> unplannedRow(Indicator i, Element owner, String objective, IndicatorTable.Footnotes notes) {
        Assessment a = calculator.indicator(i, owner);
        Value actual = i.actuals().get(options.year());
        String actualText = (actual == null ? MISSING : shown(actual))
                + (a.read() == null ? "" : "\n(valore considerato: " + a.read() + ")");
        return List.of(objective, nz(i.code()), nz(i.name()), cells.targetText(i), actualText, cells.achieved(i, owner, a, notes),
                cells.outcome(i, a, notes));
    }
}
