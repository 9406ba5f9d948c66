package pira.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Target and unit agree: a "percentuale" indicator has no target such as "1300", a "numero" indicator no
 * target in per cent, and the years of one indicator do not mix "65%" with "70". One finding per indicator
 * and kind of disagreement, listing the years.
 */
@RuleInfo(id = "TARGET-UNITA", severity = Severity.AVVISO,
        summary = "Target e unità di misura sono coerenti, e coerenti tra gli anni.")
public final class TargetUnitRule implements Rule {

    @Override
    public void check(Plan plan, ValidationContext context, Findings findings) {
        for (Indicator i : plan.allIndicators()) {
            String unit = i.unit() == null ? "" : i.unit().toLowerCase(Locale.ITALIAN);
            boolean percentUnit = unit.contains("percent") || unit.equals("%");
            boolean countUnit = unit.startsWith("numero") || unit.equals("n.");
            List<Map.Entry<Integer, Value>> wrongForUnit = new ArrayList<>();
            List<Map.Entry<Integer, Value>> percentYears = new ArrayList<>();
            List<Map.Entry<Integer, Value>> plainYears = new ArrayList<>();
            for (Map.Entry<Integer, Value> t : i.targets().entrySet()) {
                Value v = t.getValue();
                if (v.kind() != ValueKind.VALUE && v.kind() != ValueKind.COMPARISON) {
                    continue;
                }
                boolean percent = v.parsed().isPercent();
                BigDecimal n = v.parsed().number();
                if (percentUnit && !percent && n.compareTo(BigDecimal.ONE) > 0 || countUnit && percent) {
                    wrongForUnit.add(t);
                }
                (percent ? percentYears : plainYears).add(t);
            }
            if (!wrongForUnit.isEmpty()) {
                Value v = wrongForUnit.get(0).getValue();
                findings.addFor(v, i.code(), percentUnit ? "percentuale" : "numero", IndicatorNames.of(i),
                        i.unit(), texts(wrongForUnit));
            } else if (!percentYears.isEmpty() && !plainYears.isEmpty()) {
                List<Map.Entry<Integer, Value>> fewer = percentYears.size() < plainYears.size() ? percentYears
                        : plainYears;
                findings.addFor(fewer.get(0).getValue(), i.code(), "anni", IndicatorNames.of(i),
                        texts(percentYears), texts(plainYears));
            }
        }
    }

    private static String texts(List<Map.Entry<Integer, Value>> entries) {
        return entries.stream().map(e -> "\"" + e.getValue().raw() + "\" (" + e.getKey() + ")")
                .collect(Collectors.joining(", "));
    }
}
