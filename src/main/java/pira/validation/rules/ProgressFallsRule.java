package pira.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import pira.achievement.AchievementOptions;
import pira.model.AssignedUnit;
import pira.model.Indicator;
import pira.model.Plan;
import pira.model.Value;
import pira.model.ValueKind;
import pira.validation.Findings;
import pira.validation.Rule;
import pira.validation.RuleInfo;
import pira.validation.Severity;
import pira.validation.ValidationContext;

/**
 * The progress ("Avanzamento") an objectives software states by period only grows within a year: a unit (or an
 * indicator without units) whose progress in the last monitored period is lower than in an earlier one has a score,
 * by the default rule (the last period), lower than what it had reached, often 0 (0, 0, 1, 0 over the quarters). One
 * finding per indicator, unit and year, at the row of the last period, with the highest earlier value expected and the
 * last one observed. The periods considered are those the plan has monitored ({@link AchievementOptions}): a period
 * where every progress of the plan is 0 is not a fall.
 */
@RuleInfo(id = "AVANZAMENTO-IN-CALO", severity = Severity.AVVISO,
        summary = "L'avanzamento di una struttura non scende nell'ultimo periodo rilevato dell'anno.")
public final class ProgressFallsRule implements Rule {

    @Override
    public void check(Plan plan, ValidationContext context, Findings findings) {
        Map<Integer, Set<String>> monitored = AchievementOptions.monitored(plan);
        for (Indicator i : plan.allIndicators()) {
            check(i, null, i.progress(), monitored, findings);
            for (AssignedUnit u : i.units()) {
                check(i, u.name(), u.progress(), monitored, findings);
            }
        }
    }

    private static void check(Indicator i, String unit, SortedMap<Integer, SortedMap<String, Value>> progress,
                              Map<Integer, Set<String>> monitored, Findings findings) {
        for (Map.Entry<Integer, SortedMap<String, Value>> year : progress.entrySet()) {
            Set<String> periods = monitored.getOrDefault(year.getKey(), Set.of());
            List<String> keys = new ArrayList<>();
            year.getValue().forEach((p, v) -> {
                if (periods.contains(p) && number(v) != null) {
                    keys.add(p);
                }
            });
            if (keys.size() < 2) {
                continue;
            }
            String last = keys.get(keys.size() - 1);
            Value lastValue = year.getValue().get(last);
            String top = null;
            for (String p : keys.subList(0, keys.size() - 1)) {
                if (top == null || number(year.getValue().get(p)).compareTo(number(year.getValue().get(top))) > 0) {
                    top = p;
                }
            }
            Value topValue = year.getValue().get(top);
            if (number(lastValue).compareTo(number(topValue)) >= 0) {
                continue;
            }
            List<String> series = new ArrayList<>();
            year.getValue().forEach((p, v) -> series.add(p + ": " + v.raw()));
            String expected = "almeno " + topValue.raw() + " (periodo " + top + ")";
            String observed = lastValue.raw() + " (periodo " + last + ")";
            String series1 = String.join("; ", series);
            if (unit == null) {
                findings.addMeasured(lastValue.location(), i.code(), expected, observed, "indicatore",
                        IndicatorNames.of(i), String.valueOf(year.getKey()), last, lastValue.raw(), top, topValue.raw(), series1);
            } else {
                findings.addMeasured(lastValue.location(), i.code(), expected, observed, null,
                        IndicatorNames.of(i), String.valueOf(year.getKey()), last, lastValue.raw(), top, topValue.raw(), series1,
                        unit);
            }
        }
    }

    private static BigDecimal number(Value v) {
        return v != null && v.parsed() != null && v.kind() == ValueKind.VALUE ? v.parsed().number() : null;
    }
}
