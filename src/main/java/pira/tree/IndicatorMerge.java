package pira.tree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import pira.model.AssignedUnit;
import pira.model.ImportNote;
import pira.model.Indicator;
import pira.model.Threshold;
import pira.model.Value;

/**
 * One indicator read from several rows (a sheet a year, an export that repeats it by period and unit): its values
 * gathered as the rows come, by year, period and unit, in one pass and without copying what was read; another value
 * for a year or period already read is reported and the first one kept. The other fields are the first row's, or
 * the first that has them.
 */
final class IndicatorMerge {

    private Indicator first;
    private final SortedMap<Integer, Value> targets;
    private final SortedMap<Integer, Value> actuals;
    private final List<Threshold> thresholds;
    private final SortedMap<Integer, SortedMap<String, Value>> periods = new TreeMap<>();
    private final SortedMap<Integer, SortedMap<String, Value>> progress = new TreeMap<>();
    private final Map<String, Unit> units = new LinkedHashMap<>();

    /** The values of one assigned unit while they are gathered. */
    private static final class Unit {
        final SortedMap<Integer, Value> targets = new TreeMap<>();
        final SortedMap<Integer, Value> actuals = new TreeMap<>();
        final SortedMap<Integer, SortedMap<String, Value>> periods = new TreeMap<>();
        final SortedMap<Integer, SortedMap<String, Value>> progress = new TreeMap<>();
        Value share;
    }

    IndicatorMerge(Indicator first) {
        this.first = first;
        this.targets = new TreeMap<>(first.targets());
        this.actuals = new TreeMap<>(first.actuals());
        this.thresholds = new ArrayList<>(first.thresholds());
        addPeriods(periods, first.periods(), "il valore", List.of());
        addPeriods(progress, first.progress(), "l'avanzamento", List.of());
        for (AssignedUnit u : first.units()) {
            add(u, List.of());
        }
    }

    String name() {
        return first.name();
    }

    void add(Indicator again, List<ImportNote> notes) {
        byYear(targets, again.targets(), "target", notes);
        byYear(actuals, again.actuals(), "valore conseguito", notes);
        again.thresholds().stream().filter(t -> !thresholds.contains(t)).forEach(thresholds::add);
        addPeriods(periods, again.periods(), "il valore", notes);
        addPeriods(progress, again.progress(), "l'avanzamento", notes);
        for (AssignedUnit u : again.units()) {
            add(u, notes);
        }
        // a value that is the indicator's, not the year's: another one on a grouped row cannot be kept too
        sameValue("il peso", first.weight(), again.weight(), notes);
        sameValue("la baseline", first.baseline(), again.baseline(), notes);
        sameValue("il risultato", first.outcome(), again.outcome(), notes);
        sameValue("il grado di raggiungimento dichiarato", first.statedAchievement(), again.statedAchievement(),
                notes);
        if (fillsGaps(again)) {
            Indicator f = first;
            first = new Indicator(f.code(), f.name(), or(f.description(), again.description()),
                    or(f.type(), again.type()), or(f.unit(), again.unit()), or(f.source(), again.source()),
                    or(f.algorithm(), again.algorithm()), or(f.weight(), again.weight()), f.pira() || again.pira(),
                    or(f.paretoCode(), again.paretoCode()), or(f.baseline(), again.baseline()), f.targets(),
                    f.thresholds(), f.actuals(), or(f.outcome(), again.outcome()),
                    or(f.statedAchievement(), again.statedAchievement()), or(f.responsible(), again.responsible()),
                    or(f.notes(), again.notes()), f.provenance(), f.periods(), f.units(), f.unitsRollup())
                    .withStatus(or(f.status(), again.status()));
        }
    }

    Indicator build() {
        List<AssignedUnit> built = new ArrayList<>();
        units.forEach((name, u) -> built.add(new AssignedUnit(name, u.targets, u.actuals, u.periods, u.share,
                u.progress)));
        Indicator f = first;
        return new Indicator(f.code(), f.name(), f.description(), f.type(), f.unit(), f.source(), f.algorithm(),
                f.weight(), f.pira(), f.paretoCode(), f.baseline(), targets, thresholds, actuals, f.outcome(),
                f.statedAchievement(), f.responsible(), f.notes(), f.provenance(), periods, built, f.unitsRollup(),
                progress, f.status());
    }

    private void add(AssignedUnit u, List<ImportNote> notes) {
        Unit unit = units.computeIfAbsent(u.name(), n -> new Unit());
        unit.share = unit.share != null ? unit.share : u.share();
        byYear(unit.targets, u.targets(), "target (" + u.name() + ")", notes);
        byYear(unit.actuals, u.actuals(), "valore conseguito (" + u.name() + ")", notes);
        addPeriods(unit.periods, u.periods(), "il valore (" + u.name() + ")", notes);
        addPeriods(unit.progress, u.progress(), "l'avanzamento (" + u.name() + ")", notes);
    }

    /** Whether the row read again has a field the first reading lacked (the common case: none, and no copy). */
    private boolean fillsGaps(Indicator again) {
        Indicator f = first;
        return f.description() == null && again.description() != null || f.type() == null && again.type() != null
                || f.unit() == null && again.unit() != null || f.source() == null && again.source() != null
                || f.algorithm() == null && again.algorithm() != null || f.weight() == null && again.weight() != null
                || !f.pira() && again.pira() || f.paretoCode() == null && again.paretoCode() != null
                || f.baseline() == null && again.baseline() != null || f.outcome() == null && again.outcome() != null
                || f.statedAchievement() == null && again.statedAchievement() != null
                || f.responsible() == null && again.responsible() != null || f.notes() == null && again.notes() != null;
    }

    private void sameValue(String what, Value kept, Value again, List<ImportNote> notes) {
        if (kept != null && again != null && !kept.raw().equals(again.raw())) {
            notes.add(new ImportNote("VALORE-RIPETUTO", "l'indicatore \"" + first.name() + "\" ha " + what + " \""
                    + again.raw() + "\" qui e \"" + kept.raw() + "\" in " + kept.location().describe() + ": vale il"
                    + " primo; un valore per periodo si legge con 'period' (e 'progress' per un avanzamento)",
                    again.location()));
        }
    }

    private void byYear(SortedMap<Integer, Value> have, SortedMap<Integer, Value> more, String what,
                        List<ImportNote> notes) {
        more.forEach((year, v) -> {
            Value earlier = have.putIfAbsent(year, v);
            if (earlier != null && !earlier.raw().equals(v.raw())) {
                notes.add(new ImportNote("VALORE-RIPETUTO", "l'indicatore \"" + first.name() + "\" ha il " + what + " "
                        + year + " \"" + v.raw() + "\" qui e \"" + earlier.raw() + "\" in "
                        + earlier.location().describe() + ": vale il primo", v.location()));
            }
        });
    }

    private void addPeriods(SortedMap<Integer, SortedMap<String, Value>> have,
                            SortedMap<Integer, SortedMap<String, Value>> more, String what, List<ImportNote> notes) {
        more.forEach((year, values) -> {
            SortedMap<String, Value> ofYear = have.computeIfAbsent(year, y -> new TreeMap<>());
            values.forEach((period, v) -> {
                Value earlier = ofYear.putIfAbsent(period, v);
                if (earlier != null && !earlier.raw().equals(v.raw())) {
                    notes.add(new ImportNote("VALORE-RIPETUTO", "l'indicatore \"" + first.name() + "\" ha " + what
                            + " del periodo " + period + " del " + year + " \"" + v.raw() + "\" qui e \"" + earlier.raw()
                            + "\" in " + earlier.location().describe() + ": vale il primo", v.location()));
                }
            });
        });
    }

    private static <T> T or(T first, T again) {
        return first != null ? first : again;
    }
}
