package pira.achievement;

import java.math.BigDecimal;

/**
 * The outcome an achievement gives, by the thresholds of the chamber's own measurement system (SMVP): "raggiunto" from
 * {@code reached}, "parzialmente raggiunto" from {@code partial} (or above 0 where none is set), "non raggiunto" below.
 * Read from a settings file by {@code pira.pipeline.OutcomeSettings}; without one, 100 and above 0. A partial band
 * equal to the reached one leaves no band between them (what is not reached is not reached). {@code origin} says where
 * the bands come from, for the document's method ("predefinite", "pira.yaml").
 */
public record OutcomeBands(BigDecimal reached, BigDecimal partial, String origin) {

    public static final OutcomeBands DEFAULT = new OutcomeBands(BigDecimal.valueOf(100), null,
            "predefinite di pira, perché la Camera non ne ha indicate");

    public OutcomeBands(BigDecimal reached, BigDecimal partial) {
        this(reached, partial, null);
    }

    /** These bands, said to come from {@code from}. */
    public OutcomeBands from(String from) {
        return new OutcomeBands(reached, partial, from);
    }

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
        if (partial != null && partial.compareTo(reached) >= 0) {
            return "raggiunto da " + it(reached) + "%, non raggiunto sotto (nessuna fascia di parzialmente raggiunto)";
        }
        return "raggiunto da " + it(reached) + "%, parzialmente raggiunto " + (partial == null ? "sopra lo 0%"
                : "da " + it(partial) + "%") + ", non raggiunto sotto";
    }

    /** "95", "62,5": a threshold as an Italian reader writes it. */
    public static String it(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
