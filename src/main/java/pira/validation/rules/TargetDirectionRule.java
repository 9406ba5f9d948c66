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
 * The targets of one indicator point the same way every year: "< 2" in one year (lower is better) and "1,45" in the
 * next (a plain value counts as a minimum, higher is better) judge the same measure in opposite ways, and one of the
 * two years would be judged wrong.
 */
@RuleInfo(id = "TARGET-VERSO", severity = Severity.AVVISO,
        summary = "I target di un indicatore vanno nello stesso verso ogni anno.")
public final class TargetDirectionRule implements Rule {

    @Override
    public void check(Plan plan, ValidationContext context, Findings findings) {
        for (Indicator i : plan.allIndicators()) {
            Map.Entry<Integer, Value> lower = null;
            Map.Entry<Integer, Value> higher = null;
            for (Map.Entry<Integer, Value> t : i.targets().entrySet()) {
                Boolean down = lowerIsBetter(t.getValue());
                if (down == null) {
                    continue;
                }
                if (down && lower == null) {
                    lower = t;
                } else if (!down && higher == null) {
                    higher = t;
                }
            }
            if (lower != null && higher != null) {
                findings.addFor(lower.getValue(), i.code(), null, IndicatorNames.ofWithDi(i),
                        String.valueOf(lower.getKey()), lower.getValue().raw(), String.valueOf(higher.getKey()),
                        higher.getValue().raw());
            }
        }
    }

    /** True for "<" and "<=", false for ">", ">=" and a plain value, null where a target has no direction. */
    private static Boolean lowerIsBetter(Value v) {
        if (v == null || v.parsed() == null || v.parsed().number() == null) {
            return null;
        }
        if (v.kind() == ValueKind.VALUE) {
            return false;
        }
        if (v.kind() != ValueKind.COMPARISON || v.parsed().comparator() == null) {
            return null;
        }
        return switch (v.parsed().comparator()) {
            case "<", "<=" -> true;
            case ">", ">=" -> false;
            default -> null;
        };
    }
}
