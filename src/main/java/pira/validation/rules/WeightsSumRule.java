package pira.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Location;
import pira.model.Plan;
import pira.model.Value;
import pira.validation.Findings;
import pira.validation.Rule;
import pira.validation.RuleInfo;
import pira.validation.Severity;
import pira.validation.Tree;
import pira.validation.ValidationContext;

/**
 * Weights of siblings (elements of one parent, indicators of one element) sum to 100, within the tolerance, and so
 * do the shares of an element's indicators and children where the document states them.
 */
@RuleInfo(id = "PESI-SOMMA", severity = Severity.ERRORE,
        summary = "I pesi di elementi fratelli (o degli indicatori di un elemento) sommano a 100, e così le quote"
                + " di indicatori e livelli inferiori di un elemento.")
public final class WeightsSumRule implements Rule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public void check(Plan plan, ValidationContext context, Findings findings) {
        // a sum broken by an element under the wrong parent, or by a missing one, is said once, with its cause
        Placement placement = Placement.of(plan, context.tolerance());
        for (List<Element> siblings : byLevel(plan.elements())) {
            if (!placement.explains(null, siblings.get(0).level())) {
                checkGroup(siblings, Element::weight, Element::code, null, context, findings, "livelli",
                        levels(siblings));
            }
        }
        Tree.walk(plan, (e, parent) -> {
            for (List<Element> siblings : byLevel(e.children())) {
                if (!placement.explains(e, siblings.get(0).level())) {
                    checkGroup(siblings, Element::weight, Element::code, e, context, findings, "livelli",
                            levels(siblings));
                }
            }
            checkGroup(e.indicators(), Indicator::weight, i -> i.code() != null ? i.code() : abbreviate(i.name()), e,
                    context, findings, "indicatori", "gli indicatori");
            checkShares(e, context, findings);
        });
    }

    /** "Peso indicatori 40%" and "Peso ob. Operativi 60%" of one element split its achievement: they sum to 100. */
    private static void checkShares(Element e, ValidationContext context, Findings findings) {
        BigDecimal own = Tree.number(e.indicatorsWeight());
        BigDecimal below = Tree.number(e.childrenWeight());
        if (own != null && below != null && own.add(below).subtract(HUNDRED).abs().compareTo(context.tolerance()) > 0) {
            findings.addMeasured(e.provenance(), e.code(), "100", Tree.it(own.add(below)), "quote", Tree.labelOf(e),
                    e.indicatorsWeight().raw(), e.childrenWeight().raw(), Tree.it(own.add(below)));
        }
    }

    private static <T> void checkGroup(List<T> group, Function<T, Value> weight, Function<T, String> name,
                                       Element parent, ValidationContext context, Findings findings, String what,
                                       String whose) {
        if (group.size() < 1) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<String> parts = new ArrayList<>();
        for (T item : group) {
            BigDecimal w = Tree.number(weight.apply(item));
            if (w == null) {
                return; // missing or unreadable weights are PESI-PARZIALI's business
            }
            sum = sum.add(w);
            parts.add(name.apply(item) + ": " + weight.apply(item).raw());
        }
        if (sum.subtract(HUNDRED).abs().compareTo(context.tolerance()) > 0) {
            Location at = parent != null ? parent.provenance() : weight.apply(group.get(0)).location();
            String owner = parent == null ? "il documento" : Tree.label(parent);
            String ofOwner = parent == null ? "del documento" : Tree.labelOf(parent);
            findings.addMeasured(at, parent == null ? null : parent.code(), "100", Tree.it(sum), what, owner,
                    Tree.it(sum), String.join("; ", parts), whose, ofOwner);
        }
    }

    /**
     * Children grouped by level, in order of appearance: an action placed directly under a strategic objective (its
     * operational objective is missing) does not add its weight to the objective's operational objectives.
     */
    static List<List<Element>> byLevel(List<Element> children) {
        java.util.Map<pira.model.Level, List<Element>> groups = new java.util.LinkedHashMap<>();
        for (Element c : children) {
            groups.computeIfAbsent(c.level(), l -> new ArrayList<>()).add(c);
        }
        return new ArrayList<>(groups.values());
    }

    /** "gli obiettivi operativi" for a group of siblings of one level. */
    static String levels(List<Element> group) {
        return group.isEmpty() ? "" : group.get(0).level().pluralWithArticle();
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "(senza nome)";
        }
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
