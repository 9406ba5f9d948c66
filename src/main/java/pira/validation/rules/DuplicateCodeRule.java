package pira.validation.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Level;
import pira.model.Plan;
import pira.validation.Findings;
import pira.validation.Rule;
import pira.validation.RuleInfo;
import pira.validation.Severity;
import pira.validation.Tree;
import pira.validation.ValidationContext;

/**
 * Codes are unique within a level, and among the indicators of one source file. The same strategic objective listed under two
 * missions (same code, same name) is not a duplicate: missions classify budgets, they are not parents. Under two
 * elements that are themselves a duplicate (an objective "1" with two names, each with the same children), the
 * children's codes repeat because of their parents: reported once, at the parents. Two elements that share a code each
 * under its own parent (objective 1.1 of area 1 and of area 2) are CODICE-CONDIVISO's, a warning.
 */
@RuleInfo(id = "CODICE-DUPLICATO", severity = Severity.ERRORE,
        summary = "I codici sono unici tra gli elementi di uno stesso livello e tra gli indicatori.")
public final class DuplicateCodeRule implements Rule {

    @Override
    public void check(Plan plan, ValidationContext context, Findings findings) {
        Map<String, List<Element>> elements = new LinkedHashMap<>();
        Map<Element, Element> parents = new java.util.IdentityHashMap<>();
        pira.model.ElementIdentity identity = pira.model.ElementIdentity.of(plan);
        Tree.walk(plan, (e, parent) -> {
            parents.put(e, parent);
            if (e.code() != null && e.level() != Level.MISSIONE && e.level() != Level.PROGRAMMA) {
                elements.computeIfAbsent(e.level().id() + "|" + e.code(), k -> new ArrayList<>()).add(e);
            }
        });
        java.util.Set<Element> duplicated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<Element> same : elements.values()) {
            boolean sameObjectiveAgain = same.stream().map(Element::name).distinct().count() == 1
                    && same.get(0).level() == Level.OBIETTIVO_STRATEGICO;
            if (same.size() > 1 && !sameObjectiveAgain) {
                duplicated.addAll(same);
                if (same.stream().allMatch(e -> underDuplicate(e, parents, duplicated))) {
                    continue; // the duplicate of their parents, reported there
                }
                if (SharedCodes.shared(same, identity)) {
                    continue; // two elements, each under its own parent: CODICE-CONDIVISO
                }
                List<String> names = same.stream().map(Element::name).filter(Objects::nonNull).distinct().toList();
                if (names.size() > 1) {
                    findings.add(same.get(1).provenance(), same.get(1).code(), "nomi", Tree.labelOf(same.get(1)),
                            names.stream().map(n -> "\"" + n + "\"").collect(java.util.stream.Collectors
                                    .joining(" e ")), rows(same.stream().map(Element::provenance).toList()));
                    continue;
                }
                findings.add(same.get(1).provenance(), same.get(1).code(), "livello", Tree.labelOf(same.get(1)),
                        rows(same.stream().map(Element::provenance).toList()));
            }
        }
        Map<String, List<Indicator>> indicators = new LinkedHashMap<>();
        for (Indicator i : plan.allIndicators()) {
            if (i.code() != null) {
                // a plan joined with its results holds indicators of two files: codes are unique within each
                String file = i.provenance() == null ? "" : String.valueOf(i.provenance().file());
                indicators.computeIfAbsent(file + "|" + i.code(), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Indicator> same : indicators.values()) {
            if (same.size() > 1) {
                findings.add(same.get(1).provenance(), same.get(1).code(), "indicatore", same.get(1).code(),
                        rows(same.stream().map(Indicator::provenance).toList()));
            }
        }
    }

    private static boolean underDuplicate(Element e, Map<Element, Element> parents, java.util.Set<Element> duplicated) {
        for (Element p = parents.get(e); p != null; p = parents.get(p)) {
            if (duplicated.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static String rows(List<pira.model.Location> locations) {
        List<String> rows = new ArrayList<>();
        for (pira.model.Location l : locations) {
            rows.add(l == null ? "?" : l.paragraph() != null ? "paragrafo " + l.paragraph()
                    : l.row() == null ? "?" : (l.table() != null ? "tabella " + l.table() + " riga " : "") + l.row());
        }
        return String.join(", ", rows.stream().filter(Objects::nonNull).toList());
    }
}
