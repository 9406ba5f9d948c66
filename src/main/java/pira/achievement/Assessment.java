package pira.achievement;

import java.math.BigDecimal;

/**
 * The achievement of one indicator (or element) in one year: a percentage with the method that gave it, or
 * "non valutabile" with the reason.
 *
 * @param percent achievement 0-100 (more than 100 only when not capped), null when not assessable
 * @param method  how it was computed, in Italian ("più alto è meglio", "scadenza", "soglie"...)
 * @param reason  why it could not be assessed (or, for a declared one, why pira could not judge the value itself),
 *                null when it was computed
 * @param coverage for an element, on how many of its parts the mean rests; null for an indicator
 * @param read     the value read inside a sentence that the achievement rests on ("27%"), or null
 * @param declared the achievement is the one the document declares, where pira could not compute one
 */
public record Assessment(BigDecimal percent, String method, String reason, Coverage coverage, String read,
                         boolean declared) {

    /** Below this share of its parts assessed, an element's mean is not its achievement. */
    public static final double MINIMUM_COVERAGE = 0.5;

    /** An element's mean rests on {@code assessed} of its {@code total} parts ("obiettivi operativi", ...). */
    public record Coverage(int assessed, int total, String parts) {

        /** "valutati 2 di 4 obiettivi operativi". */
        public String describe() {
            return "valutati " + assessed + " di " + total + " " + parts;
        }

        /** Fewer than half of the parts assessed: the mean says too little to be the element's achievement. */
        public boolean insufficient() {
            return assessed < total * MINIMUM_COVERAGE;
        }
    }

    public static Assessment of(BigDecimal percent, String method) {
        return new Assessment(percent, method, null, null, null, false);
    }

    public static Assessment of(BigDecimal percent, String method, Coverage coverage) {
        return new Assessment(percent, method, null, coverage, null, false);
    }

    public static Assessment notAssessable(String reason) {
        return new Assessment(null, null, reason, null, null, false);
    }

    public static Assessment notAssessable(String reason, Coverage coverage) {
        return new Assessment(null, null, reason, coverage, null, false);
    }

    /**
     * The achievement the document declares (its percentage, or 100 and 0 for a declared "raggiunto" and "non
     * raggiunto"), taken as it is where pira cannot judge the value; {@code why} says why it could not.
     */
    public static Assessment declared(BigDecimal percent, String method, String why) {
        return new Assessment(percent, method, why, null, null, true);
    }

    /** This assessment, resting on a value read inside a sentence ({@code read}, as found). */
    public Assessment readInText(String found) {
        return new Assessment(percent, method, reason, coverage, found, declared);
    }

    public boolean assessable() {
        return percent != null;
    }

    /** Not assessable because the year has not been monitored yet ("non ancora rilevato"), not for a missing datum. */
    public boolean notYetMonitored() {
        return percent == null && reason != null && reason.startsWith(AchievementCalculator.NOT_YET);
    }

    /** "raggiunto", "parzialmente raggiunto", "non raggiunto", or "non valutabile", by the default bands. */
    public String outcome() {
        return OutcomeBands.DEFAULT.outcome(this);
    }
}
