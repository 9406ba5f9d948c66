package pira.validation.rules;

import java.math.BigDecimal;
import java.util.Map;
import pira.achievement.AchievementCalculator;
import pira.achievement.Assessment;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Plan;
import pira.model.Value;
import pira.validation.Findings;
import pira.validation.Rule;
import pira.validation.RuleInfo;
import pira.validation.Severity;
import pira.validation.ValidationContext;

/**
 * The achievement a document states ("Percentuale di raggiungimento: 55") agrees, within 5 points, with the one
 * computed from its target and actual value (docs/calcolo.md), in the latest year that has an actual value.
 */
@RuleInfo(id = "RAGGIUNGIMENTO-DICHIARATO", severity = Severity.AVVISO,
        summary = "La percentuale di raggiungimento dichiarata concorda con quella calcolata da target e valore.")
public final class StatedAchievementRule implements Rule {

    private static final BigDecimal TOLERANCE = BigDecimal.valueOf(5);

    @Override
    public void check(Plan plan, ValidationContext context, Findings findings) {
        for (Element e : plan.allElements()) {
            for (Indicator i : e.indicators()) {
                check(i, e, findings);
            }
        }
        for (Indicator i : plan.indicators()) {
            check(i, null, findings);
        }
    }

    private static void check(Indicator i, Element owner, Findings findings) {
        Value stated = i.statedAchievement();
        if (stated == null || stated.parsed() == null || stated.parsed().number() == null || i.actuals().isEmpty()) {
            return;
        }
        Map.Entry<Integer, Value> last = i.actuals().entrySet().stream().reduce((a, b) -> b).orElseThrow();
        Assessment computed = new AchievementCalculator(last.getKey(), true).indicator(i, owner);
        if (computed.assessable()
                && computed.percent().subtract(stated.parsed().number()).abs().compareTo(TOLERANCE) > 0) {
            String percent = pira.validation.Tree.it(computed.percent().setScale(1, java.math.RoundingMode.HALF_UP));
            findings.addMeasuredFor(stated, percent, i.code(), null, IndicatorNames.of(i), stated.raw(), percent,
                    String.valueOf(last.getKey()));
        }
    }
}
