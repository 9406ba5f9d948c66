package pira.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.SortedMap;

/**
 * An organisational unit an indicator is assigned to, with its own targets, values and values by period (an export
 * that gives one row per indicator and unit), and its share of the indicator where the document gives one. The
 * indicator's achievement rolls its units up as the indicator's {@code unitsRollup} says.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AssignedUnit(
        String name,
        SortedMap<Integer, Value> targets,
        SortedMap<Integer, Value> actuals,
        SortedMap<Integer, SortedMap<String, Value>> periods,
        Value share,
        SortedMap<Integer, SortedMap<String, Value>> progress) {

    public AssignedUnit {
        targets = ModelCollections.sortedCopy(targets);
        actuals = ModelCollections.sortedCopy(actuals);
        periods = ModelCollections.byYearAndPeriod(periods);
        progress = ModelCollections.byYearAndPeriod(progress);
    }

    /** A unit without stated progress. */
    public AssignedUnit(String name, SortedMap<Integer, Value> targets, SortedMap<Integer, Value> actuals,
                        SortedMap<Integer, SortedMap<String, Value>> periods, Value share) {
        this(name, targets, actuals, periods, share, null);
    }
}
