package pira.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
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
                periods(first, again, notes));
    }

    /** The values of the periods of each year, together; another value for a period already read is reported. */
    private static SortedMap<Integer, SortedMap<String, Value>> periods(Indicator first, Indicator again,
                                                                        List<ImportNote> notes) {
        SortedMap<Integer, SortedMap<String, Value>> all = new TreeMap<>();
        first.periods().forEach((year, values) -> all.put(year, new TreeMap<>(values)));
        again.periods().forEach((year, values) -> {
            SortedMap<String, Value> have = all.computeIfAbsent(year, y -> new TreeMap<>());
            values.forEach((period, v) -> {
                Value earlier = have.putIfAbsent(period, v);
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
