package pira.achievement;

import java.math.BigDecimal;

/**
 * The achievement of one indicator (or element) in one year: a percentage with the method that gave it, or
 * "non valutabile" with the reason.
 *
 * @param percent achievement 0-100 (more than 100 only when not capped), null when not assessable
 * @param method  how it was computed, in Italian ("più alto è meglio", "scadenza", "soglie"...)
 * @param reason  why it could not be assessed, null when it was
 */
public record Assessment(BigDecimal percent, String method, String reason) {

    public static Assessment of(BigDecimal percent, String method) {
        return new Assessment(percent, method, null);
    }

    public static Assessment notAssessable(String reason) {
        return new Assessment(null, null, reason);
    }

    public boolean assessable() {
        return percent != null;
    }

    /** "raggiunto", "parzialmente raggiunto", "non raggiunto", or "non valutabile". */
    public String outcome() {
        if (percent == null) {
            return "non valutabile";
        }
        if (percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            return "raggiunto";
        }
        return percent.signum() > 0 ? "parzialmente raggiunto" : "non raggiunto";
    }
}
