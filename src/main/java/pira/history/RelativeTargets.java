package pira.history;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import pira.achievement.AchievementCalculator;
import pira.achievement.ReferenceValues;
import pira.model.Indicator;
import pira.model.ValueKind;

/**
 * The targets of an indicator's history that are relative to another year ("+10%", "x ≤ x-1"), resolved with that
 * year's actual value where the history holds it (and no two documents give it differently), as the report resolves
 * them (docs/calcolo.md).
 */
final class RelativeTargets {

    private RelativeTargets() {
    }

    static List<YearHistory> resolve(List<YearHistory> years) {
        ReferenceValues actuals = (indicator, year) -> years.stream().filter(y -> y.year() == year)
                .flatMap(y -> y.actuals().stream()).map(s -> new ReferenceValues.Stated(s.value(), s.document()))
                .toList();
        List<YearHistory> out = new ArrayList<>();
        for (YearHistory y : years) {
            List<Statement> targets = new ArrayList<>();
            for (Statement t : y.targets()) {
                targets.add(t.parsed() != null && t.parsed().kind() == ValueKind.RELATIVE_YEAR
                        ? resolved(t, y.year(), actuals) : t);
            }
            out.add(new YearHistory(y.year(), targets, y.actuals(), y.status()));
        }
        return out;
    }

    private static Statement resolved(Statement t, int year, ReferenceValues actuals) {
        TreeMap<Integer, pira.model.Value> target = new TreeMap<>();
        target.put(year, t.value());
        Indicator alone = new Indicator(null, null, null, null, null, null, null, null, false, null, null, target,
                List.of(), null, null, null, null, null, null, null, null, null);
        return new AchievementCalculator(year, true, actuals).resolvedTarget(alone)
                .filter(pira.achievement.ResolvedTarget::resolved)
                .map(r -> t.resolvedAs(r.target(), r.limit(), r.sources())).orElse(t);
    }
}
