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
 * The stated outcome ("Obiettivo raggiunto") agrees with the target and the actual value of the latest year; where
 * no value lets it be judged, with the percentage of achievement the document states beside it (55% and "Obiettivo
 * raggiunto" do not agree; a percentage of 100 or more is reached).
 */
@RuleInfo(id = "ESITO-INCOERENTE", severity = Severity.AVVISO,
        summary = "L'esito dichiarato (raggiunto / non raggiunto) concorda con target e valore conseguito.")
public final class OutcomeRule implements Rule {

    @Override
    public void check(Plan plan, ValidationContext context, Findings findings) {
        for (Indicator i : plan.allIndicators()) {
            Boolean stated = OutcomeJudge.stated(i.outcome());
            if (stated == null) {
                continue;
            }
            boolean judged = false;
            for (Map.Entry<Integer, Value> actual : i.actuals().entrySet().stream()
                    .sorted(Map.Entry.<Integer, Value>comparingByKey().reversed()).toList()) {
                Value target = i.targets().get(actual.getKey());
                Boolean met = OutcomeJudge.met(target, actual.getValue());
                if (met == null) {
                    continue;
                }
                if (!met.equals(stated)) {
                    findings.addMeasuredFor(i.outcome(), met ? "raggiunto" : "non raggiunto", i.code(),
                            met ? "raggiunto" : "non-raggiunto",
                            IndicatorNames.of(i), i.outcome().raw(), target.raw(), actual.getValue().raw(),
                            String.valueOf(actual.getKey()));
                }
                judged = true;
                break;
            }
            java.math.BigDecimal percent = i.statedAchievement() == null || i.statedAchievement().parsed() == null
                    ? null : i.statedAchievement().parsed().number();
            if (!judged && percent != null && (percent.compareTo(java.math.BigDecimal.valueOf(100)) >= 0) != stated) {
                findings.addFor(i.outcome(), i.code(), "percentuale", IndicatorNames.of(i),
                        i.outcome().raw(), i.statedAchievement().raw());
            }
        }
    }
}
