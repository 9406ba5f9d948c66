package pira.model;

import java.math.BigDecimal;

/**
 * A threshold ("soglia") of a target: reaching {@code value} in {@code year} counts as {@code achievement} percent.
 */
public record Threshold(int year, BigDecimal achievement, Value value) {
}
