package pira.validation.rules;

import pira.model.Element;
import pira.model.Plan;
import pira.validation.Findings;
import pira.validation.Rule;
import pira.validation.RuleInfo;
import pira.validation.Severity;
import pira.validation.Tree;
import pira.validation.ValidationContext;

/** An element with no indicators and nothing below it (an objective without indicators) cannot be measured. */
@RuleInfo(id = "LIVELLO-VUOTO", severity = Severity.AVVISO,
        summary = "Ogni elemento senza livelli inferiori ha almeno un indicatore.")
public final class EmptyLevelRule implements Rule {

    @Override
    public void check(Plan plan, ValidationContext context, Findings findings) {
        Tree.walk(plan, (e, parent) -> {
            if (e.children().isEmpty() && e.indicators().isEmpty()) {
                findings.add(e.provenance(), e.code(), null, Tree.label(e), name(e));
            }
        });
    }

    private static String name(Element e) {
        return e.name() == null ? "" : WeightsSumRule.abbreviate(e.name());
    }
}
