package pira.validation.rules;

import java.math.BigDecimal;
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
 * A value written as a fraction of one ("0,93") against a target in per cent (">= 95%"): read as it is it would give
 * 1%, read as 93% it may be right; pira does not choose, it says so.
 */
@RuleInfo(id = "VALORE-FRAZIONE", severity = Severity.AVVISO,
        summary = "Un valore conseguito e il suo target in percentuale sono scritti nello stesso modo.")
public final class FractionValueRule implements Rule {

    @Override
    public void check(Plan plan, ValidationContext context, Findings findings) {
        for (Indicator i : plan.allIndicators()) {
            for (Map.Entry<Integer, Value> a : i.actuals().entrySet()) {
                Value target = i.targets().get(a.getKey());
                if (target != null && isFractionAgainstPercent(a.getValue(), target)) {
                    findings.addFor(a.getValue(), i.code(), null, a.getValue().raw(), target.raw(),
                            String.valueOf(a.getKey()), IndicatorNames.ofWithDi(i));
                }
            }
        }
    }

    /** "0,93" (a plain number above 0 and at most 1, no "%") against a target in per cent. */
    public static boolean isFractionAgainstPercent(Value actual, Value target) {
        if (actual.parsed() == null || target.parsed() == null || actual.kind() != ValueKind.VALUE
                || actual.parsed().isPercent() || actual.raw().contains("%") || !target.parsed().isPercent()) {
            return false;
        }
        BigDecimal n = actual.parsed().number();
        return n != null && n.signum() > 0 && n.compareTo(BigDecimal.ONE) <= 0;
    }
}
