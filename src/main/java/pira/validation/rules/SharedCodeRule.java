package pira.validation.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pira.model.Element;
import pira.model.ElementIdentity;
import pira.model.Plan;
import pira.validation.Findings;
import pira.validation.Rule;
import pira.validation.RuleInfo;
import pira.validation.Severity;
import pira.validation.Tree;
import pira.validation.ValidationContext;

/**
 * A code shared by elements of one level that are not the same element, each under its own parent (objective "1.1"
 * of area 1 and objective "1.1" of area 2, with two names): two elements, kept apart everywhere, the summary of the
 * Giunta's document included, where each is shown with its parent. A warning, once per code, naming each element with
 * its parent and place. The same objective under two missions is one element (missions classify the budget); the
 * elements below two that share a code repeat it because of their parents, and are not reported again.
 */
@RuleInfo(id = "CODICE-CONDIVISO", severity = Severity.AVVISO,
        summary = "Elementi diversi dello stesso livello, sotto livelli superiori diversi, hanno codici diversi.")
public final class SharedCodeRule implements Rule {

    @Override
    public void check(Plan plan, ValidationContext context, Findings findings) {
        ElementIdentity identity = ElementIdentity.of(plan);
        Set<Element> apart = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Element> same : SharedCodes.groups(plan).values()) {
            if (same.stream().map(identity::key).distinct().count() < 2) {
                continue;
            }
            boolean becauseOfParents = same.stream().allMatch(e -> under(e, apart, identity));
            apart.addAll(same);
            if (becauseOfParents || !SharedCodes.shared(same, identity)) {
                continue;
            }
            // each element once (the copies of one under several missions are one), in the order of the tree
            Map<String, Element> elements = new LinkedHashMap<>();
            same.forEach(e -> elements.putIfAbsent(identity.key(e), e));
            List<String> described = new ArrayList<>();
            for (Element e : elements.values()) {
                Element parent = identity.parent(e);
                described.add("«" + (e.name() == null ? "(senza nome)" : WeightsSumRule.abbreviate(e.name())) + "» "
                        + (parent == null ? "al primo livello del documento" : "sotto " + Tree.label(parent))
                        + " (" + (e.provenance() == null ? "posizione non nota" : e.provenance().describe()) + ")");
            }
            String list = String.join(", ", described.subList(0, described.size() - 1)) + " e "
                    + described.get(described.size() - 1);
            Element second = new ArrayList<>(elements.values()).get(1);
            findings.add(second.provenance(), second.code(), null, second.code(), elements.size() + " "
                    + second.level().plural(), list);
        }
    }

    private static boolean under(Element e, Set<Element> apart, ElementIdentity identity) {
        for (Element p = identity.parent(e); p != null; p = identity.parent(p)) {
            if (apart.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
