package pira.achievement;

import java.util.List;
import pira.model.Indicator;
import pira.model.Value;

/**
 * The values of an indicator stated in documents other than the one being judged (last year's Relazione, an earlier
 * plan), which a target relative to another year ("+10%", "x ≤ x-1", "≥ valore osservato nel 2020") refers to.
 */
public interface ReferenceValues {

    /** No other document: a relative target is judged only on the indicator's own values. */
    ReferenceValues NONE = (indicator, year) -> List.of();

    /** The actual values of {@code year} that other documents state for the indicator, each with its document. */
    List<Stated> actuals(Indicator indicator, int year);

    /** A value as a document states it: the value (with its place) and the document's file name. */
    record Stated(Value value, String document) {
    }
}
