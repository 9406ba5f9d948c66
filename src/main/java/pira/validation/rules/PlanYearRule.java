package pira.validation.rules;

import pira.model.Indicator;
import pira.model.Location;
import pira.model.Plan;
import pira.validation.Findings;
import pira.validation.Rule;
import pira.validation.RuleInfo;
import pira.validation.Severity;
import pira.validation.ValidationContext;

/** Every year of the plan's horizon appears in the targets: a year no indicator has is missing from the header. */
@RuleInfo(id = "ANNO-PIANO", severity = Severity.ERRORE,
        summary = "Ogni anno del piano compare tra i target (cioè nell'intestazione del documento).")
public final class PlanYearRule implements Rule {

    @Override
    public void check(Plan plan, ValidationContext context, Findings findings) {
        if (plan.allIndicators().stream().allMatch(i -> i.targets().isEmpty())) {
            return;
        }
        Location at = plan.sources().isEmpty() ? null : Location.ofFile(plan.sources().get(0).file());
        for (int year : plan.years()) {
            boolean present = false;
            for (Indicator i : plan.allIndicators()) {
                present |= i.targets().containsKey(year);
            }
            if (!present) {
                findings.add(at, null, null, String.valueOf(year), plan.years().toString());
            }
        }
    }
}
