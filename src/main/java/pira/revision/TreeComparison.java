package pira.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pira.model.Element;
import pira.model.ElementIdentity;
import pira.model.Level;
import pira.model.Plan;
import pira.model.Value;
import pira.value.TextFold;

/**
 * Compares the trees of two revisions of a plan: the elements (areas, missions, programmes, objectives, actions)
 * inserted, eliminated, renamed, moved under another element, and those whose weight (or the weight of their
 * indicators, or of their children) changed.
 *
 * <p>An element is the same element in both revisions by its level and its code where the code is dotted ("1.4",
 * "1.1.2": the code says where it sits, so it can move); by its level and its code under the element it belongs to
 * where the code is not dotted ("3", a mission's "011"); by its level and its name (case and spaces aside) under the
 * element it belongs to where it has no code. The element it belongs to is the nearest one above it that is not a
 * mission or programme ({@link ElementIdentity}: those classify the budget); a mission's or programme's own is the one
 * right above it. The copies of one element listed under two missions (the same level, code and name, each copy under
 * another mission or programme) are one element, with the children of all its copies. An element listed twice under
 * the same parent, or two elements with the same code, are not merged nor dropped: the repetitions of two documents
 * are paired in order, the first with the first, and the repetition is said ({@link NoteFinding#CODICE_RIPETUTO}).
 */
final class TreeComparison {

    private TreeComparison() {
    }

    /** An element of a plan, its copies merged: the first copy, the element it belongs to, and its keys. */
    static final class Node {
        final Element element;
        final Node scope;
        final String mergeKey;
        final Set<Element> treeParents = Collections.newSetFromMap(new IdentityHashMap<>());
        final List<Element> children = new ArrayList<>();
        /** The key pairing it with the other revision (unique in its plan: a repetition is "... #2"). */
        String pairKey;
        /** The pairing key without the repetition's number. */
        String baseKey;

        Node(Element element, Node scope, String mergeKey) {
            this.element = element;
            this.scope = scope;
            this.mergeKey = mergeKey;
        }

        /** Whether its code is dotted: it is paired by code across the whole plan, and can move. */
        boolean dotted() {
            return hasCode(element) && element.code().contains(".");
        }
    }

    /** The elements of {@code plan}, copies merged, in the document's order, each with its pairing key. */
    static List<Node> nodes(Plan plan) {
        List<Node> out = new ArrayList<>();
        walk(plan.elements(), null, null, new IdentityHashMap<>(), new HashMap<>(), out);
        Map<String, Integer> seen = new HashMap<>();
        for (Node n : out) {
            n.baseKey = baseKey(n);
            int k = seen.merge(n.baseKey, 1, Integer::sum);
            n.pairKey = k == 1 ? n.baseKey : n.baseKey + " #" + k;
        }
        return out;
    }

    /**
     * {@code byElement}: the node of each element already seen (the tree parent's, for a mission's scope);
     * {@code byMerge}: the nodes of each level, code and name under one parent, in order.
     */
    private static void walk(List<Element> elements, Element treeParent, Node owner, Map<Element, Node> byElement,
                             Map<String, List<Node>> byMerge, List<Node> out) {
        for (Element e : elements) {
            Node scope = ElementIdentity.budget(e.level()) ? (treeParent == null ? null : byElement.get(treeParent))
                    : owner;
            String mergeKey = (scope == null ? "" : scope.mergeKey) + "/" + e.level().id() + "|"
                    + (hasCode(e) ? TextFold.fold(e.code()) : "") + "|" + ElementIdentity.fold(e.name());
            List<Node> same = byMerge.computeIfAbsent(mergeKey, k -> new ArrayList<>());
            // a copy under another mission or programme is the same element; twice under one parent, two
            Node node = same.stream().filter(n -> !n.treeParents.contains(treeParent)).findFirst().orElse(null);
            if (node == null) {
                node = new Node(e, scope, same.isEmpty() ? mergeKey : mergeKey + "#" + (same.size() + 1));
                same.add(node);
                out.add(node);
            }
            node.treeParents.add(treeParent);
            node.children.addAll(e.children());
            byElement.put(e, node);
            walk(e.children(), e, ElementIdentity.budget(e.level()) ? owner : node, byElement, byMerge, out);
        }
    }

    private static String baseKey(Node n) {
        Element e = n.element;
        String level = e.level().id();
        if (n.dotted()) {
            return level + " codice " + TextFold.fold(e.code());
        }
        String scope = n.scope == null ? "" : n.scope.pairKey + " / ";
        return scope + level + (hasCode(e) ? " codice " + TextFold.fold(e.code())
                : " nome " + PlanComparison.fold(e.name()));
    }

    /** The element changes from {@code before} to {@code after}, by kind in {@link ChangeKind}'s order. */
    static List<ElementChange> compare(List<Node> before, List<Node> after) {
        Map<String, Node> old = byKey(before);
        Map<String, Node> now = byKey(after);
        List<ElementChange> out = new ArrayList<>();
        for (Node n : after) {
            Node o = old.get(n.pairKey);
            if (o == null) {
                Element e = n.element;
                String weight = PlanComparison.raw(e.weight());
                out.add(change(ChangeKind.INSERITO, e, "inserito", null, weight, inserted(e.level()) + " "
                        + under(n.scope) + (weight == null ? "" : ", peso " + weight)));
            } else {
                differences(o, n, out);
            }
        }
        for (Node o : before) {
            if (!now.containsKey(o.pairKey)) {
                Element e = o.element;
                String weight = PlanComparison.raw(e.weight());
                out.add(change(ChangeKind.ELIMINATO, e, "eliminato", weight, null, eliminated(e.level())
                        + " (era " + under(o.scope) + (weight == null ? "" : ", peso " + weight) + ")"));
            }
        }
        out.sort(Comparator.comparing(ElementChange::kind)); // stable: within a kind, the documents' order
        return out;
    }

    private static void differences(Node o, Node n, List<ElementChange> out) {
        Element a = o.element;
        Element b = n.element;
        if (!PlanComparison.fold(a.name()).equals(PlanComparison.fold(b.name()))) {
            out.add(change(ChangeKind.RINOMINATO, b, "nome", a.name(), b.name(), "nome da \"" + a.name()
                    + "\" a \"" + b.name() + "\""));
        }
        weight(out, b, "peso", a.weight(), b.weight());
        weight(out, b, "peso degli indicatori", a.indicatorsWeight(), b.indicatorsWeight());
        weight(out, b, "peso " + childrenOf(o, n), a.childrenWeight(), b.childrenWeight());
        if (n.dotted() && !scopeKey(o).equals(scopeKey(n))) {
            out.add(change(ChangeKind.SPOSTATO, b, "elemento superiore", scopeLabel(o.scope), scopeLabel(n.scope),
                    moved(b.level()) + " da " + scopeLabel(o.scope) + " a " + scopeLabel(n.scope)));
        }
    }

    private static void weight(List<ElementChange> out, Element b, String what, Value before, Value after) {
        if (!PlanComparison.same(before, after)) {
            String x = PlanComparison.raw(before);
            String y = PlanComparison.raw(after);
            out.add(change(ChangeKind.MODIFICATO, b, what, x, y, what + " da " + (x == null ? "non indicato" : x)
                    + " a " + (y == null ? "non indicato" : y)));
        }
    }

    /** "delle azioni", from the level of the children (the later revision's, else the earlier's). */
    private static String childrenOf(Node o, Node n) {
        List<Element> children = !n.children.isEmpty() ? n.children : o.children;
        return children.isEmpty() ? "dei livelli sottostanti" : children.get(0).level().pluralOf();
    }

    private static String scopeKey(Node n) {
        return n.scope == null ? "" : n.scope.pairKey;
    }

    private static String scopeLabel(Node scope) {
        return scope == null ? "il primo livello del piano" : scope.element.label();
    }

    private static String under(Node scope) {
        return scope == null ? "al primo livello del piano" : "sotto " + scope.element.label();
    }

    private static ElementChange change(ChangeKind kind, Element e, String what, String before, String after,
                                        String phrase) {
        String code = hasCode(e) ? e.code() : null;
        return new ElementChange(kind, e.level(), code, e.name(), what, before, after,
                ElementChange.label(e.level(), code, e.name()) + ": " + phrase);
    }

    private static boolean feminine(Level level) {
        return level == Level.AREA || level == Level.MISSIONE || level == Level.AZIONE;
    }

    private static String inserted(Level level) {
        return feminine(level) ? "inserita" : "inserito";
    }

    private static String eliminated(Level level) {
        return feminine(level) ? "eliminata" : "eliminato";
    }

    private static String moved(Level level) {
        return feminine(level) ? "spostata" : "spostato";
    }

    private static Map<String, Node> byKey(List<Node> nodes) {
        Map<String, Node> out = new LinkedHashMap<>();
        nodes.forEach(n -> out.put(n.pairKey, n));
        return out;
    }

    private static boolean hasCode(Element e) {
        return e.code() != null && !e.code().isBlank();
    }

    /** The elements {@code plan} lists more than once by the same key (not copies), each said once. */
    static List<NoteFinding> repeated(List<Node> nodes, String which) {
        Map<String, List<Node>> byKey = new LinkedHashMap<>();
        nodes.forEach(n -> byKey.computeIfAbsent(n.baseKey, k -> new ArrayList<>()).add(n));
        List<NoteFinding> out = new ArrayList<>();
        for (List<Node> same : byKey.values()) {
            if (same.size() > 1) {
                Element e = same.get(0).element;
                String code = hasCode(e) ? e.code() : null;
                out.add(new NoteFinding(NoteFinding.CODICE_RIPETUTO, code, e.name(), "L'elemento "
                        + ElementChange.label(e.level(), code, e.name()) + " compare " + same.size()
                        + " volte nel documento " + which + ": le ripetizioni sono confrontate nell'ordine del"
                        + " documento (la prima con la prima, la seconda con la seconda...). Correggere il codice"
                        + " ripetuto nel documento, se è un errore."));
            }
        }
        return out;
    }
}
