package pira.model;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which elements of a plan are the same element: an element is its level, its code, its name (case and spaces aside)
 * and the element it belongs to. Missions and programmes are a budget classification, not a parent (DESIGN, "The
 * hierarchy"): the same strategic objective listed under two missions, each copy with the operational objectives of
 * that mission, is one element. Two objectives that share a code under two areas, or that have two names, are two.
 * The summary of the Giunta's document and the validation of codes use it, so that they agree.
 */
public final class ElementIdentity {

    private final Map<Element, String> keys = new IdentityHashMap<>();
    private final Map<Element, Element> parents = new IdentityHashMap<>();
    private final Map<Element, String> owners = new IdentityHashMap<>();

    private ElementIdentity() {
    }

    public static ElementIdentity of(Plan plan) {
        ElementIdentity identity = new ElementIdentity();
        identity.walk(plan.elements(), null, "");
        return identity;
    }

    private void walk(List<Element> elements, Element parent, String owner) {
        for (Element e : elements) {
            parents.put(e, parent);
            owners.put(e, owner);
            String key = owner + "/" + e.level().id() + "|" + (e.code() == null ? "" : e.code()) + "|" + fold(e.name());
            keys.put(e, key);
            walk(e.children(), e, budget(e.level()) ? owner : key);
        }
    }

    /** The identity of an element of the plan: equal for the copies of one element, different for two elements. */
    public String key(Element e) {
        return keys.get(e);
    }

    /**
     * The identity of the element {@code e} belongs to: its nearest parent that is not a mission or programme; empty at
     * the top.
     */
    public String owner(Element e) {
        return owners.get(e);
    }

    /** The element that {@code e} sits under in the tree (a mission or programme too), or null at the top. */
    public Element parent(Element e) {
        return parents.get(e);
    }

    /** Missions and programmes classify the budget: they do not make an element another one. */
    public static boolean budget(Level level) {
        return level == Level.MISSIONE || level == Level.PROGRAMMA;
    }

    /** A name as identities compare it: lower case, spaces collapsed. */
    public static String fold(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
