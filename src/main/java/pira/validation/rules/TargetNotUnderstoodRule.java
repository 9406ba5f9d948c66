package pira.validation.rules;

import java.util.Map;
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
 * A target text that pira does not understand cannot be judged: it is reported, never guessed. The sentence of a
 * withdrawn indicator ("Eliminato in sede di rolling annuale") is understood as that.
 */
@RuleInfo(id = "TARGET-NON-COMPRESO", severity = Severity.AVVISO,
        summary = "Il testo del target è comprensibile (valore, confronto, scadenza, sì/no...).")
public final class TargetNotUnderstoodRule implements Rule {

    @Override
    public void check(Plan plan, ValidationContext context, Findings findings) {
        for (Indicator i : plan.allIndicators()) {
            for (Map.Entry<Integer, Value> t : i.targets().entrySet()) {
                if (t.getValue().kind() == ValueKind.NOT_UNDERSTOOD && !Withdrawn.value(t.getValue())) {
                    findings.addFor(t.getValue(), i.code(), null, t.getValue().raw(),
                            String.valueOf(t.getKey()), IndicatorNames.ofWithDi(i));
                }
            }
        }
    }
}
