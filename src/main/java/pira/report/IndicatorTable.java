package pira.report;

import static pira.report.DocxReport.OCR_MARK;
import static pira.report.DocxReport.MARK_TEXT;
import static pira.report.DocxReport.MISSING;
import static pira.report.DocxReport.fromOcr;
import static pira.report.DocxReport.nz;
import static pira.report.DocxReport.percent;
import static pira.report.DocxReport.score;
import static pira.report.DocxReport.shortTitle;
import static pira.report.DocxReport.shown;
import static pira.report.DocxReport.table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import pira.achievement.AchievementCalculator;
import pira.achievement.Assessment;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Value;

/**
 * The table of an element's indicators for the year: code, name, weight, target (both where the Relazione changed
 * it), value with what the score rests on, achievement (computed or declared, marked), outcome with the declared one
 * beside, responsible; the notes under it.
 */
final class IndicatorTable extends ReportSection {

    private static final int[] INDICATOR_WIDTHS = {900, 3700, 700, 1700, 2200, 1800, 1700, 1870};

    IndicatorTable(ReportContext context) {
        super(context);
    }

    void write(WordXml w, List<Indicator> indicators, Element owner) {
        int y = options.year();
        List<List<String>> rows = new ArrayList<>();
        List<String> references = new ArrayList<>();
        Footnotes notes = new Footnotes();
        boolean ocr = false;
        for (Indicator i : indicators) {
            Assessment a = calculator.indicator(i, owner);
            Value target = i.targets().get(y);
            String targetText = targetText(i);
            var resolved = calculator.resolvedTarget(i).filter(pira.achievement.ResolvedTarget::resolved);
            if (resolved.isPresent()) {
                // the target made absolute with the other year's value, beside its text; where the value was read,
                // under the table
                targetText += "\n" + resolved.get().target();
                references.add(nz(i.code() != null ? i.code() : i.name()) + ": valore " + resolved.get().year() + " "
                        + resolved.get().valueText() + " (" + String.join("; ", resolved.get().sources()) + ")");
            }
            Value actual = i.actuals().get(y);
            String actualText = actual == null ? MISSING : shown(actual);
            // what the score rests on where it is not the value of the year: the period the rule chose, the units
            List<AchievementCalculator.Basis> basis = calculator.basis(i, owner);
            if (!basis.isEmpty()) {
                targetText = basisTargets(target, targetText, basis);
                actualText = basisValues(basis);
            }
            if (a.read() != null) {
                // the value a sentence holds, said beside it
                actualText += "\n(valore considerato: " + a.read() + ")";
            }
            rows.add(List.of(nz(i.code()), nz(i.name()), i.weight() == null ? MISSING : shown(i.weight()),
                    targetText, actualText, achieved(i, owner, a, notes) + (Stream.of(calculator.target(i), actual)
                            .anyMatch(DocxReport::fromOcr) ? OCR_MARK : ""),
                    outcome(i, a, notes), i.responsible() == null ? MISSING : i.responsible()));
            ocr |= Stream.of(i.weight(), target, calculator.target(i), actual).anyMatch(DocxReport::fromOcr);
        }
        table(w, List.of("Codice", "Indicatore", "Peso", "Target " + y, "Valore " + y, "Raggiungimento", "Esito",
                "Responsabile"), rows, INDICATOR_WIDTHS, java.util.Set.of(2, 5),
                indicatorWeights);
        if (!references.isEmpty()) {
            w.paragraph("Normal", "Target relativi a un altro anno, con il valore usato e dove è scritto: "
                    + String.join("; ", references) + ".");
        }
        notes.write(w);
        if (ocr) {
            w.paragraph("Normal", OCR_MARK.strip() + " Valore letto con il riconoscimento del testo (OCR) da un'immagine"
                    + " del documento d'origine: da verificare sull'originale.");
        }
    }

    /**
     * The target of the year as the plan adopted it; where the Relazione writes another, both, the one the score uses
     * first named as such.
     */
    String targetText(Indicator i) {
        int y = options.year();
        Value adopted = i.targets().get(y);
        Value reported = i.reportedTargets().get(y);
        String plain = adopted == null ? MISSING : shown(adopted);
        if (reported == null) {
            return plain;
        }
        // each label on its line and the value under it: a narrow column breaks "-8%" at its sign otherwise
        boolean reportedUsed = options.choices().reportedTargets();
        String planned = "Target del piano" + (reportedUsed ? "" : " (usato)") + ":\n" + (adopted == null ? "—"
                : shown(adopted));
        String restated = "Target rendicontato" + (reportedUsed ? " (usato)" : "") + ":\n" + shown(reported);
        return reportedUsed ? restated + "\n" + planned : planned + "\n" + restated;
    }

    /**
     * "49,5 %", with the percentage the document declares beside a computed one, or marked "(dichiarato)" where the
     * score is what the document declares, a note saying why.
     */
    String achieved(Indicator i, Element owner, Assessment a, Footnotes notes) {
        String text = a.notYetMonitored() ? MARK_TEXT + a.reason() : percent(a);
        String restsOn = calculator.restsOn(i, owner);
        if (restsOn != null && a.assessable()) {
            text += "\n(" + restsOn + ")";
        }
        if (a.declared()) {
            String what = a.method().startsWith("esito") ? "l'esito dichiarato nella Relazione («" + i.outcome().raw()
                    + "»)" : "la percentuale dichiarata nella Relazione (" + i.statedAchievement().raw() + "%)";
            return text + " (dichiarato)" + notes.mark(label(i) + ": il valore riportato non consente il calcolo ("
                    + a.reason() + "): si conta " + what + ".");
        }
        if (i.statedAchievement() != null) {
            text += "\n(dichiarato: " + i.statedAchievement().raw() + "%)";
        }
        return text;
    }

    /**
     * The outcome the bands give; beside it the outcome the document declares, and, where the two differ, a mark and a
     * note that says both: pira does not choose between them.
     */
    String outcome(Indicator i, Assessment a, Footnotes notes) {
        String o = options.bands().outcome(a);
        Value stated = i.outcome();
        if (!a.assessable()) {
            return MARK_TEXT + o + (stated == null ? "" : "\n(dichiarato: " + stated.raw() + ")");
        }
        String said = stated == null ? null : pira.achievement.DeclaredOutcome.of(stated.raw());
        if (said != null && !said.equals(o)) {
            o += notes.mark(label(i) + ": il documento dichiara «" + stated.raw() + "»; il raggiungimento di "
                    + percent(a) + (a.declared() ? " dichiarato" : "") + " dà «" + options.bands().outcome(a)
                    + "» con le soglie di esito usate (" + options.bands().describe() + ")"
                    + (!a.declared() && i.reportedTargets().containsKey(options.year()) ? ", con il target " + (options.choices()
                    .reportedTargets() ? "rendicontato" : "del piano") : "") + ".");
        }
        return stated == null ? o : o + "\n(dichiarato: " + stated.raw() + ")";
    }

    static String label(Indicator i) {
        return i.code() != null ? i.code() : "«" + shortTitle(i.name()) + "»";
    }

    /** The notes under a table, each marked "(1)", "(2)" in its cell. */
    static final class Footnotes {
        private final List<String> texts = new ArrayList<>();

        String mark(String text) {
            texts.add(text);
            return " (" + texts.size() + ")";
        }

        void write(WordXml w) {
            for (int k = 0; k < texts.size(); k++) {
                w.paragraph("Normal", "(" + (k + 1) + ") " + texts.get(k));
            }
        }
    }

    /**
     * The Target cell of an indicator whose score rests on periods or units: the indicator's own target, else the
     * units' one ("100%" and for how many units where they share it, else one line per unit).
     */
    private static String basisTargets(Value target, String shown, List<AchievementCalculator.Basis> basis) {
        if (target != null || basis.get(0).unit() == null) {
            return shown;
        }
        java.util.Set<String> texts = new java.util.LinkedHashSet<>();
        basis.forEach(b -> texts.add(b.target() == null ? MISSING : shown(b.target())));
        if (texts.size() == 1) {
            return texts.iterator().next() + "\n(" + (basis.size() == 1 ? "della struttura " + basis.get(0).unit()
                    : "per ognuna delle " + basis.size() + " strutture") + ")";
        }
        return String.join("\n", basis.stream().map(b -> b.unit() + ": " + (b.target() == null ? MISSING
                : shown(b.target()))).toList());
    }

    /**
     * The Valore cell of an indicator whose score rests on periods or units: the value or progress of the period
     * used, with its period, for the indicator or for each unit.
     */
    private static String basisValues(List<AchievementCalculator.Basis> basis) {
        List<String> lines = new ArrayList<>();
        for (AchievementCalculator.Basis b : basis) {
            String value = b.value() == null ? MISSING : shown(b.value());
            String where = b.period() == null ? (b.value() == null ? "" : "anno")
                    : (b.progress() ? "avanzamento del " : "") + "periodo " + b.period();
            // "0,93\n(avanzamento del periodo 4)" for the indicator, "Ufficio personale: 0,8 (periodo 2)" for a unit
            lines.add((b.unit() == null ? "" : b.unit() + ": ") + value + (where.isEmpty() ? ""
                    : (b.unit() == null ? "\n(" : " (") + where + ")"));
        }
        return String.join("\n", lines);
    }
}
