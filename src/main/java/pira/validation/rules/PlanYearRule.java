package pira.validation.rules;

import java.util.ArrayList;
import java.util.List;
import pira.model.Location;
import pira.model.Plan;
import pira.validation.Findings;
import pira.validation.Rule;
import pira.validation.RuleInfo;
import pira.validation.Severity;
import pira.validation.ValidationContext;

/**
 * Every year of the plan's horizon appears in the targets: a year no indicator has is missing from the header. A plan
 * with no target at all (the years fixed by the mapping, the target columns not read) is one error.
 */
@RuleInfo(id = "ANNO-PIANO", severity = Severity.ERRORE,
        summary = "Ogni anno del piano compare tra i target (cioè nell'intestazione del documento).")
public final class PlanYearRule implements Rule {

    @Override
    public void check(Plan plan, ValidationContext context, Findings findings) {
        if (plan.years().isEmpty() || plan.allIndicators().isEmpty()) {
            return;
        }
        Location at = plan.sources().isEmpty() ? null : Location.ofFile(plan.sources().get(0).file());
        List<Integer> absent = new ArrayList<>();
        for (int year : plan.years()) {
            if (plan.allIndicators().stream().noneMatch(i -> i.targets().containsKey(year)
                    || i.units().stream().anyMatch(u -> u.targets().containsKey(year)))) {
                absent.add(year);
            }
        }
        if (absent.size() == plan.years().size()) {
            // no year has a target: one cause (the target columns are not read), said once, not once per year
            findings.add(at, null, "nessuno", plan.years().toString());
        } else {
            absent.forEach(year -> findings.add(at, null, null, String.valueOf(year), plan.years().toString()));
        }
    }
}
