package pira.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import pira.model.Location;

/**
 * One finding of one rule: where (file, sheet, row, column, and the code of the element or indicator),
 * what is wrong and what to do, in Italian. Findings sort by place, then rule, so outputs never flicker. The
 * {@code cause} is the rule and, where the rule has several, the kind of finding ("IMPORTAZIONE.SENZA-RISULTATO"):
 * what groups findings for a reader; it is not part of the validation report's JSON. {@code text} is the original text
 * of the value the finding is about, as the document writes it, where it is about one; {@code expected} and
 * {@code observed} what the rule looked for and found ("100" and "80" for a sum of weights), where it measures.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String rule, Severity severity, Location location, String code, String message,
                      @com.fasterxml.jackson.annotation.JsonIgnore String cause, String text, String expected,
                      String observed) {

    /** A finding whose cause is its rule. */
    public Finding(String rule, Severity severity, Location location, String code, String message) {
        this(rule, severity, location, code, message, rule, null, null, null);
    }

    /** A finding without the text of a value. */
    public Finding(String rule, Severity severity, Location location, String code, String message, String cause) {
        this(rule, severity, location, code, message, cause, null, null, null);
    }

    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location() == null ? "" : nullToEmpty(f.location().file()))
            .thenComparing(f -> f.location() == null ? "" : nullToEmpty(f.location().sheet()))
            .thenComparingInt(f -> f.location() == null || f.location().page() == null ? 0 : f.location().page())
            .thenComparingInt(f -> f.location() == null || f.location().table() == null ? 0 : f.location().table())
            .thenComparingInt(f -> f.location() == null || f.location().paragraph() == null ? 0
                    : f.location().paragraph())
            .thenComparingInt(f -> f.location() == null || f.location().row() == null ? 0 : f.location().row())
            .thenComparingInt(f -> f.location() == null || f.location().column() == null ? 0 : f.location().column())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** "sondrio.xlsx, foglio Piano, cella L20" or the file alone; in JSON as "place", beside the location's fields. */
    @com.fasterxml.jackson.annotation.JsonProperty("place")
    public String where() {
        return location == null ? "" : location.describe();
    }
}
