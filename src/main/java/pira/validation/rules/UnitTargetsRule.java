package pira.validation.rules;

import java.util.ArrayList;
import java.util.List;
import pira.model.AssignedUnit;
import pira.model.Indicator;
import pira.model.Plan;
import pira.validation.Findings;
import pira.validation.Rule;
import pira.validation.RuleInfo;
import pira.validation.Severity;
import pira.validation.ValidationContext;

/**
 * An indicator assigned to several units has a target of a plan year for every unit or for none: a unit without the
 * target the others have would drop out of the indicator's mean. One finding per indicator and year.
 */
@RuleInfo(id = "STRUTTURE-TARGET", severity = Severity.AVVISO,
        summary = "Un indicatore assegnato a più strutture ha il target dell'anno per tutte o per nessuna.")
public final class UnitTargetsRule implements Rule {

    @Override
    public void check(Plan plan, ValidationContext context, Findings findings) {
        for (Indicator i : plan.allIndicators()) {
            if (i.units().size() < 2) {
                continue;
            }
            for (int year : plan.years()) {
                List<String> with = new ArrayList<>();
                List<String> without = new ArrayList<>();
                for (AssignedUnit u : i.units()) {
                    (u.targets().containsKey(year) ? with : without).add(u.name());
                }
                if (!with.isEmpty() && !without.isEmpty()) {
                    findings.add(i.provenance(), i.code(), null, IndicatorNames.of(i), String.valueOf(year),
                            String.join(", ", with),
                            String.join(", ", without));
                }
            }
        }
    }
}
