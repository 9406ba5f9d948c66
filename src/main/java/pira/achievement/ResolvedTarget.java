package pira.achievement;

import java.math.BigDecimal;
import java.util.List;

/**
 * A target relative to another year made absolute with that year's value, or why it could not be: what the report
 * prints beside the target's text and the place an auditor checks the value at.
 *
 * @param year    the year the target refers to (2018 for "+10%" in 2019)
 * @param value   that year's actual value, null where it is missing or stated differently by two documents
 * @param target  the target made absolute, in words: "≥ 3.689 (valore 2019: 3.353 + 10%)"; null without a value
 * @param limit   the number of that target (3688.3), null without a value
 * @param sources where the value was read ("milano-relazione-2019.pdf, pagina 4, riga 12"); where documents give
 *                different values, each with its value ("3.353 (a.pdf, pagina 2)")
 * @param problem why there is no value, null where there is one
 */
public record ResolvedTarget(int year, BigDecimal value, String target, BigDecimal limit, List<String> sources,
                             String problem) {

    public ResolvedTarget {
        sources = List.copyOf(sources);
    }

    public boolean resolved() {
        return value != null;
    }

    /** The value in Italian form, "3.353"; null without one. */
    public String valueText() {
        return value == null ? null : RelativeTarget.format(value);
    }
}
