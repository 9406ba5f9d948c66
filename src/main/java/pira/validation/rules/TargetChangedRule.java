package pira.validation.rules;

import java.util.Map;
import pira.model.Indicator;
import pira.model.Plan;
import pira.model.Value;
import pira.validation.Findings;
import pira.validation.Rule;
import pira.validation.RuleInfo;
import pira.validation.Severity;
import pira.validation.ValidationContext;

/**
 * A target the Relazione writes otherwise than the plan adopted it (a plan joined with its results keeps both): valid
 * only where the Giunta adopted the change, and the first thing an OIV looks for, so each is said with both texts.
 */
@RuleInfo(id = "TARGET-MODIFICATO", severity = Severity.AVVISO,
        summary = "La Relazione rendiconta ogni indicatore sul target adottato con il piano.")
public final class TargetChangedRule implements Rule {

    @Override
    public void check(Plan plan, ValidationContext context, Findings findings) {
        for (Indicator i : plan.allIndicators()) {
            for (Map.Entry<Integer, Value> reported : i.reportedTargets().entrySet()) {
                Value adopted = i.targets().get(reported.getKey());
                String planned = adopted == null ? "nessun target" : "\"" + adopted.raw() + "\"";
                findings.addMeasured(reported.getValue().location(), i.code(),
                        adopted == null ? "—" : adopted.raw(), reported.getValue().raw(), null, IndicatorNames.of(i),
                        String.valueOf(reported.getKey()), planned, reported.getValue().raw());
            }
        }
    }
}
