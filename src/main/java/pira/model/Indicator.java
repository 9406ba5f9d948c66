package pira.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.SortedMap;

/**
 * An indicator (KPI) with every field DESIGN §1 names. Targets and actuals are keyed by year; monitoring values of
 * periods within a year (a quarter, "al 30/06") are {@code periods}, by year and then period; an indicator assigned to
 * several organisational units keeps each unit's own values in {@code units}, rolled up as {@code unitsRollup} says
 * ("media", "somma", "quota"; the mean when absent, docs/calcolo.md). The progress an objectives software states by
 * period (its "Avanzamento", a degree of achievement rather than a measured value) is {@code progress}, by year and
 * period like {@code periods}. The note of the annual revision ("Inserito / Aggiornato / Eliminato in sede di rolling
 * annuale ...") is {@code status}. In a plan joined with its results, {@code targets} stay the targets adopted with the
 * plan, and {@code reportedTargets} are those the Relazione writes differently (or where the plan has none).
 * Text fields are kept as read; values keep raw text, parsed form and location. In JSON, code, name, weight,
 * targets, actuals and provenance are always present (null or empty when the source has none), so other
 * tools can rely on them; the other fields appear only when they have content.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Indicator(
        @JsonInclude(JsonInclude.Include.ALWAYS) String code,
        @JsonInclude(JsonInclude.Include.ALWAYS) String name,
        String description,
        String type,
        String unit,
        String source,
        String algorithm,
        @JsonInclude(JsonInclude.Include.ALWAYS) Value weight,
        boolean pira,
        String paretoCode,
        Value baseline,
        @JsonInclude(JsonInclude.Include.ALWAYS) SortedMap<Integer, Value> targets,
        List<Threshold> thresholds,
        @JsonInclude(JsonInclude.Include.ALWAYS) SortedMap<Integer, Value> actuals,
        Value outcome,
        Value statedAchievement,
        String responsible,
        String notes,
        Location provenance,
        SortedMap<Integer, SortedMap<String, Value>> periods,
        List<AssignedUnit> units,
        String unitsRollup,
        SortedMap<Integer, SortedMap<String, Value>> progress,
        Status status,
        SortedMap<Integer, Value> reportedTargets) {

    public Indicator {
        reportedTargets = ModelCollections.sortedCopy(reportedTargets);
        targets = ModelCollections.sortedCopy(targets);
        actuals = ModelCollections.sortedCopy(actuals);
        periods = ModelCollections.byYearAndPeriod(periods);
        progress = ModelCollections.byYearAndPeriod(progress);
        units = units == null ? List.of() : List.copyOf(units);
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    }

    /** An indicator whose targets are only its own document's. */
    public Indicator(String code, String name, String description, String type, String unit, String source,
                     String algorithm, Value weight, boolean pira, String paretoCode, Value baseline,
                     SortedMap<Integer, Value> targets, List<Threshold> thresholds, SortedMap<Integer, Value> actuals,
                     Value outcome, Value statedAchievement, String responsible, String notes, Location provenance,
                     SortedMap<Integer, SortedMap<String, Value>> periods, List<AssignedUnit> units,
                     String unitsRollup, SortedMap<Integer, SortedMap<String, Value>> progress, Status status) {
        this(code, name, description, type, unit, source, algorithm, weight, pira, paretoCode, baseline, targets,
                thresholds, actuals, outcome, statedAchievement, responsible, notes, provenance, periods, units,
                unitsRollup, progress, status, null);
    }

    /** An indicator without a status note. */
    public Indicator(String code, String name, String description, String type, String unit, String source,
                     String algorithm, Value weight, boolean pira, String paretoCode, Value baseline,
                     SortedMap<Integer, Value> targets, List<Threshold> thresholds, SortedMap<Integer, Value> actuals,
                     Value outcome, Value statedAchievement, String responsible, String notes, Location provenance,
                     SortedMap<Integer, SortedMap<String, Value>> periods, List<AssignedUnit> units,
                     String unitsRollup, SortedMap<Integer, SortedMap<String, Value>> progress) {
        this(code, name, description, type, unit, source, algorithm, weight, pira, paretoCode, baseline, targets,
                thresholds, actuals, outcome, statedAchievement, responsible, notes, provenance, periods, units,
                unitsRollup, progress, null);
    }

    /** An indicator without stated progress. */
    public Indicator(String code, String name, String description, String type, String unit, String source,
                     String algorithm, Value weight, boolean pira, String paretoCode, Value baseline,
                     SortedMap<Integer, Value> targets, List<Threshold> thresholds, SortedMap<Integer, Value> actuals,
                     Value outcome, Value statedAchievement, String responsible, String notes, Location provenance,
                     SortedMap<Integer, SortedMap<String, Value>> periods, List<AssignedUnit> units,
                     String unitsRollup) {
        this(code, name, description, type, unit, source, algorithm, weight, pira, paretoCode, baseline, targets,
                thresholds, actuals, outcome, statedAchievement, responsible, notes, provenance, periods, units,
                unitsRollup, null);
    }

    /** This indicator with the status note {@code s}. */
    public Indicator withStatus(Status s) {
        return new Indicator(code, name, description, type, unit, source, algorithm, weight, pira, paretoCode,
                baseline, targets, thresholds, actuals, outcome, statedAchievement, responsible, notes, provenance,
                periods, units, unitsRollup, progress, s, reportedTargets);
    }

    /** This indicator judged against {@code target} in {@code year}, whatever its own target of that year. */
    public Indicator withTarget(int year, Value target) {
        java.util.TreeMap<Integer, Value> t = new java.util.TreeMap<>(targets);
        t.put(year, target);
        return new Indicator(code, name, description, type, unit, source, algorithm, weight, pira, paretoCode,
                baseline, t, thresholds, actuals, outcome, statedAchievement, responsible, notes, provenance,
                periods, units, unitsRollup, progress, status, reportedTargets);
    }

    /**
     * Whether the indicator has something for {@code year}: a target (the plan's or the reported one) or an actual
     * value of the year, values of its
     * periods or a stated progress in the year, or any of these for one of its units. A value that says there is none
     * ("---", {@link ValueKind#NO_DATA}) is nothing. The year's document shows only what has something for the year.
     */
    public boolean hasSomethingFor(int year) {
        if (some(targets.get(year)) || some(reportedTargets.get(year)) || some(actuals.get(year))
                || some(periods.get(year)) || some(progress.get(year))) {
            return true;
        }
        for (AssignedUnit u : units) {
            if (some(u.targets().get(year)) || some(u.actuals().get(year)) || some(u.periods().get(year))
                    || some(u.progress().get(year))) {
                return true;
            }
        }
        return false;
    }

    private static boolean some(Value v) {
        return v != null && v.kind() != ValueKind.NO_DATA;
    }

    private static boolean some(SortedMap<String, Value> byPeriod) {
        return byPeriod != null && byPeriod.values().stream().anyMatch(Indicator::some);
    }

    /** Whether the revision that wrote this plan withdrew the indicator ("Eliminato ..."). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean eliminated() {
        return status != null && status.kind() == StatusKind.ELIMINATO;
    }
}
