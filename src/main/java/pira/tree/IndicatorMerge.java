package pira.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import pira.model.AssignedUnit;
import pira.model.ImportNote;
import pira.model.Indicator;
import pira.model.Threshold;
import pira.model.Value;

/**
 * One indicator read from several rows (a sheet a year, or an export that repeats it): the values of each year
 * come together; another value for a year already read is reported and the first one kept.
 */
final class IndicatorMerge {

    private IndicatorMerge() {
    }

    static Indicator merge(Indicator first, Indicator again, List<ImportNote> notes) {
        SortedMap<Integer, Value> targets = byYear(first, first.targets(), again.targets(), "target", notes);
        SortedMap<Integer, Value> actuals = byYear(first, first.actuals(), again.actuals(), "valore conseguito",
                notes);
        List<Threshold> thresholds = new ArrayList<>(first.thresholds());
        again.thresholds().stream().filter(t -> !thresholds.contains(t)).forEach(thresholds::add);
        return new Indicator(first.code(), first.name(), or(first.description(), again.description()),
                or(first.type(), again.type()), or(first.unit(), again.unit()), or(first.source(), again.source()),
                or(first.algorithm(), again.algorithm()), or(first.weight(), again.weight()),
                first.pira() || again.pira(), or(first.paretoCode(), again.paretoCode()),
                or(first.baseline(), again.baseline()), targets, thresholds, actuals, or(first.outcome(),
                again.outcome()), or(first.statedAchievement(), again.statedAchievement()),
                or(first.responsible(), again.responsible()), or(first.notes(), again.notes()), first.provenance(),
                periods(first, first.periods(), again.periods(), notes), units(first, again, notes));
    }

    /** The units of both, one per name: a unit read again gathers its values by year and period. */
    private static List<AssignedUnit> units(Indicator first, Indicator again, List<ImportNote> notes) {
        java.util.Map<String, AssignedUnit> byName = new java.util.LinkedHashMap<>();
        for (AssignedUnit u : first.units()) {
            byName.put(u.name(), u);
        }
        for (AssignedUnit u : again.units()) {
            AssignedUnit had = byName.get(u.name());
            byName.put(u.name(), had == null ? u : new AssignedUnit(u.name(),
                    byYear(first, had.targets(), u.targets(), "target (" + u.name() + ")", notes),
                    byYear(first, had.actuals(), u.actuals(), "valore conseguito (" + u.name() + ")", notes),
                    periods(first, had.periods(), u.periods(), notes)));
        }
        return new ArrayList<>(byName.values());
    }

    /** The values of the periods of each year, together; another value for a period already read is reported. */
    private static SortedMap<Integer, SortedMap<String, Value>> periods(Indicator first,
            SortedMap<Integer, SortedMap<String, Value>> have, SortedMap<Integer, SortedMap<String, Value>> more,
            List<ImportNote> notes) {
        SortedMap<Integer, SortedMap<String, Value>> all = new TreeMap<>();
        have.forEach((year, values) -> all.put(year, new TreeMap<>(values)));
        more.forEach((year, values) -> {
            SortedMap<String, Value> ofYear = all.computeIfAbsent(year, y -> new TreeMap<>());
            values.forEach((period, v) -> {
                Value earlier = ofYear.putIfAbsent(period, v);
                if (earlier != null && !earlier.raw().equals(v.raw())) {
                    notes.add(new ImportNote("VALORE-RIPETUTO", "l'indicatore \"" + first.name() + "\" ha il valore del"
                            + " periodo " + period + " del " + year + " \"" + v.raw() + "\" qui e \"" + earlier.raw()
                            + "\" in " + earlier.location().describe() + ": vale il primo", v.location()));
                }
            });
        });
        return all;
    }

    private static SortedMap<Integer, Value> byYear(Indicator first, SortedMap<Integer, Value> have,
                                                    SortedMap<Integer, Value> more, String what,
                                                    List<ImportNote> notes) {
        SortedMap<Integer, Value> all = new TreeMap<>(have);
        more.forEach((year, v) -> {
            Value earlier = all.putIfAbsent(year, v);
            if (earlier != null && !earlier.raw().equals(v.raw())) {
                notes.add(new ImportNote("VALORE-RIPETUTO", "l'indicatore \"" + first.name() + "\" ha il " + what + " "
                        + year + " \"" + v.raw() + "\" qui e \"" + earlier.raw() + "\" in "
                        + earlier.location().describe() + ": vale il primo", v.location()));
            }
        });
        return all;
    }

    private static <T> T or(T first, T again) {
        return first != null ? first : again;
    }
}
