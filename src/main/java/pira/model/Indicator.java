package pira.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.SortedMap;

/**
 * An indicator (KPI) with every field DESIGN §1 names. Targets and actuals are keyed by year.
 * Text fields are kept as read; values keep raw text, parsed form and location.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Indicator(
        String code,
        String name,
        String description,
        String type,
        String unit,
        String source,
        String algorithm,
        Value weight,
        boolean pira,
        String paretoCode,
        Value baseline,
        SortedMap<Integer, Value> targets,
        List<Threshold> thresholds,
        SortedMap<Integer, Value> actuals,
        Value outcome,
        Value statedAchievement,
        String responsible,
        String notes,
        Location provenance) {

    public Indicator {
        targets = ModelCollections.sortedCopy(targets);
        actuals = ModelCollections.sortedCopy(actuals);
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    }
}
