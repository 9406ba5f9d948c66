package pira.validation.rules;

import pira.value.Codes;

import java.util.HashSet;
import java.util.Set;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Plan;
import pira.validation.Findings;
import pira.validation.Rule;
import pira.validation.RuleInfo;
import pira.validation.Severity;
import pira.validation.Tree;
import pira.validation.ValidationContext;

/**
 * A child's code sits under its parent's: action 2.1.4 belongs under objective 2.1, not 2.2. When the
 * implied parent exists nowhere the child is an orphan, reported by {@link OrphanRule} instead; an indicator whose code
 * names a sibling of its objective that the plan does not have (2.5.1 under 2.4, without 2.5: moved by a revision with
 * its old code) is said too, since its code no longer tells where it is.
 */
@RuleInfo(id = "CODICE-GERARCHIA", severity = Severity.AVVISO,
        summary = "Il codice di un elemento o indicatore discende da quello del suo livello superiore.")
public final class CodeHierarchyRule implements Rule {

    @Override
    public void check(Plan plan, ValidationContext context, Findings findings) {
        Placement placement = Placement.of(plan, context.tolerance());
        for (Placement.Misplaced m : placement.misplaced()) {
            Element e = m.element();
            String broken = placement.consequences(e);
            if (broken.isEmpty()) {
                findings.add(e.provenance(), e.code(), "livello", Tree.labelOf(e), Tree.label(m.parent()), m.implied());
            } else {
                // the weights as written are wrong because of it: an error, with the sums it breaks
                findings.add(Severity.ERRORE, e.provenance(), e.code(), "somme", Tree.labelOf(e),
                        Tree.label(m.parent()), m.implied(), broken);
            }
        }
        Set<String> codes = allCodes(plan);
        Tree.walk(plan, (e, parent) -> {
            String ownerCode = Codes.hierarchical(e) ? Codes.dotted(e.code()) : null;
            for (Indicator i : e.indicators()) {
                String ic = Codes.dotted(i.code());
                if (ownerCode == null || ic == null || ic.equals(ownerCode)) {
                    continue;
                }
                String implied = Codes.impliedParent(ic);
                if (implied == null || implied.equals(ownerCode)) {
                    continue;
                }
                if (codes.contains(implied)) {
                    findings.add(i.provenance(), i.code(), "indicatore", IndicatorNames.ofWithDi(i), Tree.label(e), implied);
                } else if (Codes.depth(implied) == Codes.depth(ownerCode)) {
                    // moved from an objective the plan no longer has (a revision), its code kept: 2.5.1 under 2.4
                    findings.add(i.provenance(), i.code(), "indicatore-altrove", IndicatorNames.ofWithDi(i),
                            Tree.label(e), implied);
                }
            }
        });
    }

    static Set<String> allCodes(Plan plan) {
        Set<String> codes = new HashSet<>();
        for (Element e : plan.allElements()) {
            String d = Codes.hierarchical(e) ? Codes.dotted(e.code()) : null;
            if (d != null) {
                codes.add(d);
            }
        }
        return codes;
    }
}
