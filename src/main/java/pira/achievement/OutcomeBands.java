package pira.achievement;

import java.math.BigDecimal;

/**
 * The outcome an achievement gives, by the thresholds of the chamber's own measurement system (SMVP): "raggiunto" from
 * {@code reached}, "parzialmente raggiunto" from {@code partial} (or above 0 where none is set), "non raggiunto" below.
 * Read from a settings file by {@code pira.pipeline.OutcomeSettings}; without one, 100 and above 0.
 */
public record OutcomeBands(BigDecimal reached, BigDecimal partial) {

    public static final OutcomeBands DEFAULT = new OutcomeBands(BigDecimal.valueOf(100), null);

    /**
     * The outcome of an assessment: "raggiunto", "parzialmente raggiunto", "non raggiunto", "non valutabile", or "non
     * ancora rilevato" where the year has not been monitored yet (docs/calcolo.md).
     */
    public String outcome(Assessment a) {
        if (!a.assessable()) {
            return a.notYetMonitored() ? AchievementCalculator.NOT_YET : "non valutabile";
        }
        if (a.coverage() != null && a.coverage().insufficient()) {
            return "non valutabile (copertura insufficiente)";
        }
        BigDecimal p = a.percent();
        if (p.compareTo(reached) >= 0) {
            return "raggiunto";
        }
        boolean partly = partial == null ? p.signum() > 0 : p.compareTo(partial) >= 0;
        return partly ? "parzialmente raggiunto" : "non raggiunto";
    }

    /** The bands in words, for the method of the document. */
    public String describe() {
        return "raggiunto da " + it(reached) + "%, parzialmente raggiunto " + (partial == null ? "sopra lo 0%"
                : "da " + it(partial) + "%") + ", non raggiunto sotto";
    }

    /** "95", "62,5": a threshold as an Italian reader writes it. */
    public static String it(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
