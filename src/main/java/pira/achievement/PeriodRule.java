package pira.achievement;

import java.util.Locale;

/**
 * Which period of the year a score rests on where the document gives values or progress by period (quarters, half
 * years) and no value of the year: the last monitored one (the default), the best one, or a period the chamber names.
 * Written {@code ultimo}, {@code migliore} or the period's name ({@code 2}) in {@code pira report --periodo} and in
 * {@code pira.yaml} ({@code periodo:}); docs/calcolo.md.
 *
 * @param kind   the rule
 * @param period the period named, for {@link Kind#PERIODO}; null otherwise
 */
public record PeriodRule(Kind kind, String period) {

    /** The rules. */
    public enum Kind { ULTIMO, MIGLIORE, PERIODO }

    /** The last period monitored (the default). */
    public static final PeriodRule LAST = new PeriodRule(Kind.ULTIMO, null);
    /** The period with the highest achievement. */
    public static final PeriodRule BEST = new PeriodRule(Kind.MIGLIORE, null);

    public PeriodRule {
        if (kind == null || (kind == Kind.PERIODO) != (period != null && !period.isBlank())) {
            throw new IllegalArgumentException("regola del periodo non valida");
        }
        period = period == null ? null : period.strip();
    }

    /** The period named {@code period}. */
    public static PeriodRule of(String period) {
        return new PeriodRule(Kind.PERIODO, period);
    }

    /**
     * "ultimo", "migliore", or a period's name as the document writes it ("4", "2", "II"); the message of the
     * exception says, in Italian, what is accepted.
     */
    public static PeriodRule parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("la regola del periodo è vuota: ultimo, migliore oppure il nome di un"
                    + " periodo (per esempio 2)");
        }
        return switch (t.toLowerCase(Locale.ITALIAN)) {
            case "ultimo" -> LAST;
            case "migliore" -> BEST;
            default -> of(t);
        };
    }

    /** What the period used is, beside its name: "l'ultimo rilevato", "il migliore", "scelto". */
    String label() {
        return switch (kind) {
            case ULTIMO -> "l'ultimo rilevato";
            case MIGLIORE -> "il migliore";
            case PERIODO -> "quello scelto";
        };
    }

    /** The rule in words, for the method: "l'ultimo periodo rilevato". */
    public String describe() {
        return switch (kind) {
            case ULTIMO -> "l'ultimo periodo rilevato";
            case MIGLIORE -> "il periodo con il raggiungimento migliore";
            case PERIODO -> "il periodo " + period;
        };
    }

    /** As written in pira.yaml and on the command line. */
    @Override
    public String toString() {
        return switch (kind) {
            case ULTIMO -> "ultimo";
            case MIGLIORE -> "migliore";
            case PERIODO -> period;
        };
    }
}
