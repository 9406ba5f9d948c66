package pira.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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
 * Every indicator has a target for every year of the plan. "Anno di rilevazione" counts as present (no target
 * by design). An indicator declared for one year only is reported once, as information.
 */
@RuleInfo(id = "TARGET-ANNO", severity = Severity.AVVISO,
        summary = "Ogni indicatore ha un target per ogni anno del piano.")
public final class TargetYearsRule implements Rule {

    @Override
    public void check(Plan plan, ValidationContext context, Findings findings) {
        if (plan.years().isEmpty()) {
            return;
        }
        for (Indicator i : plan.allIndicators()) {
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
                findings.add(i.provenance(), i.code(), "nessuno", what, years(plan.years()));
            } else if (present.size() == 1 && !missing.isEmpty()) {
                findings.add(Severity.INFORMAZIONE, i.provenance(), i.code(), "unico", what,
                        String.valueOf(present.get(0)), years(missing));
            } else if (!missing.isEmpty()) {
                findings.add(i.provenance(), i.code(), null, what, years(missing));
            }
        }
    }

    /** A target of the year; an indicator assigned to units has them in its units (STRUTTURE-TARGET checks each). */
    private static boolean hasTarget(Value t) {
        return t != null && t.kind() != ValueKind.NO_DATA;
    }

    private static String years(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
