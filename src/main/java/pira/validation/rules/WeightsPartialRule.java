package pira.validation.rules;

import java.util.List;
import java.util.function.Function;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Plan;
import pira.model.Value;
import pira.validation.Findings;
import pira.validation.Rule;
import pira.validation.RuleInfo;
import pira.validation.Severity;
import pira.validation.Tree;
import pira.validation.ValidationContext;

/** Weights are given for all siblings or for none; a weight that is not a number is reported too. */
@RuleInfo(id = "PESI-PARZIALI", severity = Severity.ERRORE,
        summary = "I pesi ci sono per tutti gli elementi fratelli o per nessuno, e sono numeri.")
public final class WeightsPartialRule implements Rule {

    @Override
    public void check(Plan plan, ValidationContext context, Findings findings) {
        for (List<Element> siblings : WeightsSumRule.byLevel(plan.elements())) {
            checkGroup(siblings, Element::weight, null, findings, "livelli");
        }
        Tree.walk(plan, (e, parent) -> {
            for (List<Element> siblings : WeightsSumRule.byLevel(e.children())) {
                checkGroup(siblings, Element::weight, e, findings, "livelli");
            }
            checkGroup(e.indicators(), Indicator::weight, e, findings, "indicatori");
        });
    }

    private static <T> void checkGroup(List<T> group, Function<T, Value> weight, Element parent, Findings findings,
                                       String what) {
        long present = group.stream().filter(i -> weight.apply(i) != null).count();
        for (T item : group) {
            Value w = weight.apply(item);
            if (w != null && Tree.number(w) == null) {
                findings.addFor(w, parent == null ? null : parent.code(), "numero", w.raw());
            }
        }
        if (present > 0 && present < group.size()) {
            String owner = parent == null ? "il documento" : Tree.label(parent);
            String ofOwner = parent == null ? "del documento" : Tree.labelOf(parent);
            findings.add(parent != null ? parent.provenance() : null, parent == null ? null : parent.code(), what,
                    owner, String.valueOf(present), String.valueOf(group.size()), ofOwner);
        }
    }
}
