package pira.validation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pira.model.Element;
import pira.model.ElementIdentity;
import pira.model.Plan;
import pira.validation.Tree;

/**
 * The codes of the plan's elements by level (missions and programmes apart: their codes classify the budget), and
 * which of them are shared by elements that are not the same element ({@link ElementIdentity}), each under its own
 * parent: "1.1" an objective of area 1 and another of area 2. CODICE-CONDIVISO reports those; CODICE-DUPLICATO the
 * others (two elements with one code under the same parent).
 */
final class SharedCodes {

    private SharedCodes() {
    }

    /** The elements of each level and code, in the order of the tree. */
    static Map<String, List<Element>> groups(Plan plan) {
        Map<String, List<Element>> groups = new LinkedHashMap<>();
        Tree.walk(plan, (e, parent) -> {
            if (e.code() != null && !ElementIdentity.budget(e.level())) {
                groups.computeIfAbsent(e.level().id() + "|" + e.code(), k -> new ArrayList<>()).add(e);
            }
        });
        return groups;
    }

    /** Whether the elements (one level, one code) are two or more elements, and each parent holds only one of them. */
    static boolean shared(List<Element> same, ElementIdentity identity) {
        Map<String, String> byOwner = new HashMap<>();
        Set<String> identities = new HashSet<>();
        for (Element e : same) {
            String key = identity.key(e);
            identities.add(key);
            String other = byOwner.putIfAbsent(identity.owner(e), key);
            if (other != null && !other.equals(key)) {
                return false;
            }
        }
        return identities.size() > 1;
    }
}
