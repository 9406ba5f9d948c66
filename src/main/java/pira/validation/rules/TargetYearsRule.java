package pira.validation.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import pira.model.Indicator;
import pira.model.Level;
import pira.model.Plan;
import pira.model.Value;
import pira.model.ValueKind;
import pira.validation.Findings;
import pira.validation.Rule;
import pira.validation.RuleInfo;
import pira.validation.Severity;
import pira.validation.ValidationContext;

/**
 * Every indicator has a target for every year of the plan. "Anno di rilevazione" counts as present (no target
 * by design). Indicators with a target for one year only are information: one finding for all those of a level
 * with the same years ("27 indicatori degli obiettivi operativi..."), since a plan that sets operational targets year
 * by year does so for all of them, by design.
 */
@RuleInfo(id = "TARGET-ANNO", severity = Severity.AVVISO,
        summary = "Ogni indicatore ha un target per ogni anno del piano.")
public final class TargetYearsRule implements Rule {

    /** Beyond this many, the indicators of one single-year finding are listed by code or name, not all. */
    private static final int LISTED = 6;

    @Override
    public void check(Plan plan, ValidationContext context, Findings findings) {
        if (plan.years().isEmpty()) {
            return;
        }
        // the indicators with a target for one year only, by the level they belong to and the years: one finding each
        Map<String, List<Indicator>> singleYear = new LinkedHashMap<>();
        Map<Indicator, Level> levels = new IdentityHashMap<>();
        plan.allElements().forEach(e -> e.indicators().forEach(i -> levels.put(i, e.level())));
        for (Indicator i : plan.allIndicators()) {
            if (Withdrawn.indicator(i)) {
                continue; // withdrawn from the plan: no target is due
            }
            List<Integer> present = new ArrayList<>();
            List<Integer> missing = new ArrayList<>();
            for (int year : plan.years()) {
                if (hasTarget(i.targets().get(year))
                        || i.units().stream().anyMatch(u -> hasTarget(u.targets().get(year)))) {
                    present.add(year);
                } else {
                    missing.add(year);
                }
            }
            String what = IndicatorNames.of(i);
            if (present.isEmpty()) {
                findings.addMeasured(i.provenance(), i.code(), years(plan.years()), "", "nessuno", what,
                        years(plan.years()));
            } else if (present.size() == 1 && !missing.isEmpty()) {
                Level level = levels.get(i);
                if (level != null && plan.singleYearTargets().contains(level)) {
                    continue; // the mapping declares these targets annual by design
                }
                singleYear.computeIfAbsent((level == null ? "" : level.id()) + "|" + present.get(0) + "|"
                        + years(missing), k -> new ArrayList<>()).add(i);
            } else if (!missing.isEmpty()) {
                findings.addMeasured(i.provenance(), i.code(), years(plan.years()), years(present), null, what,
                        years(missing));
            }
        }
        singleYear.forEach((key, indicators) -> {
            String[] parts = key.split("\\|", -1);
            Indicator first = indicators.get(0);
            if (indicators.size() == 1) {
                findings.add(Severity.INFORMAZIONE, first.provenance(), first.code(), "unico",
                        IndicatorNames.of(first), parts[1], parts[2]);
                return;
            }
            Level level = parts[0].isEmpty() ? null : Level.fromId(parts[0]);
            String names = indicators.stream().limit(LISTED).map(i -> i.code() != null ? i.code()
                    : "\"" + WeightsSumRule.abbreviate(i.name()) + "\"").collect(Collectors.joining(", "))
                    + (indicators.size() > LISTED ? " e altri " + (indicators.size() - LISTED) : "");
            findings.add(Severity.INFORMAZIONE, first.provenance(), null, "ripetuto", String.valueOf(indicators.size()),
                    level == null ? "del piano" : level.pluralOf(), parts[1], parts[2], names);
        });
    }

    /** A target of the year; an indicator assigned to units has them in its units (STRUTTURE-TARGET checks each). */
    private static boolean hasTarget(Value t) {
        return t != null && t.kind() != ValueKind.NO_DATA;
    }

    private static String years(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
