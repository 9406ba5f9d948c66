package pira.validation;

import java.math.BigDecimal;

/** Settings of a validation run. */
public record ValidationContext(BigDecimal tolerance) {

    /** Weights may sum to 100 give or take 0,05 points, for rounding (6 × 14,29 + 14,26). */
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.05");

    public static ValidationContext defaults() {
        return new ValidationContext(DEFAULT_TOLERANCE);
    }
}
