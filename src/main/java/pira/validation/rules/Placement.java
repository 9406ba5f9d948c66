package pira.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import pira.model.Element;
import pira.model.Level;
import pira.model.Plan;
import pira.validation.Tree;
import pira.value.Codes;

/**
 * Where the tree puts an element against where its code says it belongs, and what that breaks: action 2.1.4 under
 * objective 2.2 makes the actions of 2.1 sum to 60 and those of 2.2 to 140; actions 3.2.1 and 3.2.2 under 3.1 (3.2
 * missing) make 3.1's sum 200 and the operational objectives of 3 sum 80. A sum that the misplacement explains (moved
 * back, it is 100; without the orphans, it is 100; short by the missing element's weight) is a consequence of one
 * cause: the placement's finding lists it, and PESI-SOMMA does not report it again. The one place where an element's
 * code is compared with its parent's: CODICE-GERARCHIA reports {@link #misplaced()}, ORFANO {@link #orphans()}.
 */
final class Placement {

    /** An element under {@code parent} whose code says it belongs to {@code implied}, which the plan has. */
    record Misplaced(Element element, Element parent, String implied) {
    }

    /** The elements (with the parent each is under) whose code implies {@code missing}, which the plan lacks. */
    record Orphans(String missing, List<Element> elements, List<Element> parents) {
    }

    private final List<Misplaced> misplaced = new ArrayList<>();
    private final List<Orphans> orphans = new ArrayList<>();

    private final Map<Element, Element> parentOf = new IdentityHashMap<>();
    private final Map<GroupKey, BigDecimal> sums = new LinkedHashMap<>();
    private final Map<GroupKey, BigDecimal> corrected = new LinkedHashMap<>();
    /** The groups each cause (a misplaced or orphan element, or the first orphan of a missing parent) breaks. */
    private final Map<Element, List<GroupKey>> broken = new IdentityHashMap<>();
    private final Set<GroupKey> explained = new java.util.HashSet<>();
    /** The groups a missing element belongs to: short of its weight, which nobody knows. */
    private final Set<GroupKey> missingIn = new java.util.HashSet<>();

    private Placement() {
    }

    static Placement of(Plan plan, BigDecimal tolerance) {
        Placement p = new Placement();
        Set<String> codes = CodeHierarchyRule.allCodes(plan);
        Map<String, Element> byCode = new LinkedHashMap<>();
        plan.allElements().forEach(e -> {
            String d = Codes.hierarchical(e) ? Codes.dotted(e.code()) : null;
            if (d != null) {
                byCode.putIfAbsent(d, e);
            }
        });
        Tree.walk(plan, (e, parent) -> {
            p.parentOf.put(e, parent);
            GroupKey key = new GroupKey(parent, e.level());
            BigDecimal w = Tree.number(e.weight());
            p.sums.merge(key, w == null ? NONE : w, (a, b) -> a == NONE || b == NONE ? NONE : a.add(b));
        });
        p.corrected.putAll(p.sums);
        Map<String, Orphans> orphansOf = new LinkedHashMap<>();
        Tree.walk(plan, (e, parent) -> {
            String code = Codes.dotted(e.code());
            String parentCode = parent == null || !Codes.hierarchical(parent) ? null : Codes.dotted(parent.code());
            String implied = code == null ? null : Codes.impliedParent(code);
            if (parentCode == null || implied == null || implied.equals(parentCode)) {
                return;
            }
            BigDecimal w = Tree.number(e.weight());
            GroupKey from = new GroupKey(parent, e.level());
            if (codes.contains(implied)) {
                GroupKey to = new GroupKey(byCode.get(implied), e.level());
                p.shift(from, w == null ? null : w.negate());
                p.shift(to, w);
                p.broken.put(e, List.of(from, to));
                p.misplaced.add(new Misplaced(e, parent, implied));
            } else {
                p.shift(from, w == null ? null : w.negate());
                Orphans o = orphansOf.computeIfAbsent(implied, k -> new Orphans(k, new ArrayList<>(),
                        new ArrayList<>()));
                o.elements().add(e);
                o.parents().add(parent);
            }
        });
        p.orphans.addAll(orphansOf.values());
        orphansOf.forEach((missing, orphans) -> {
            Element first = orphans.elements().get(0);
            List<GroupKey> groups = new ArrayList<>();
            groups.add(new GroupKey(p.parentOf.get(first), first.level()));
            // the missing element would be a sibling of the orphans' parent: its group is short of its weight
            Element holder = p.parentOf.get(first);
            if (holder != null && Objects.equals(Codes.impliedParent(Objects.requireNonNullElse(
                    Codes.dotted(holder.code()), "")), Codes.impliedParent(missing))) {
                GroupKey siblings = new GroupKey(p.parentOf.get(holder), holder.level());
                groups.add(siblings);
                p.missingIn.add(siblings);
            }
            p.broken.put(first, groups);
        });
        for (List<GroupKey> groups : p.broken.values()) {
            for (GroupKey g : groups) {
                BigDecimal sum = p.sums.get(g);
                BigDecimal fixed = p.corrected.get(g);
                if (sum == null || sum == NONE || !off(sum, tolerance)) {
                    continue;
                }
                boolean shortOfMissing = p.missingIn.contains(g) && sum.compareTo(HUNDRED) < 0;
                if (shortOfMissing || fixed != null && fixed != NONE && !off(fixed, tolerance)) {
                    p.explained.add(g);
                }
            }
        }
        return p;
    }

    /** The elements under another element of the plan than the one their code names, in tree order. */
    List<Misplaced> misplaced() {
        return misplaced;
    }

    /** Per missing element, in tree order, the elements whose code implies it. */
    List<Orphans> orphans() {
        return orphans;
    }

    /** Whether PESI-SOMMA leaves this group to the placement's finding. */
    boolean explains(Element parent, Level level) {
        return explained.contains(new GroupKey(parent, level));
    }

    /**
     * The sums a cause breaks, for its finding: "le azioni sotto l'obiettivo operativo 2.1 sommano a 60, quelle sotto
     * l'obiettivo operativo 2.2 a 140"; empty where it breaks none.
     */
    String consequences(Element cause) {
        List<String> parts = new ArrayList<>();
        for (GroupKey g : broken.getOrDefault(cause, List.of())) {
            if (explained.contains(g)) {
                parts.add(g.level().pluralWithArticle() + " " + (g.parent() == null ? "del documento"
                        : "sotto " + Tree.label(g.parent())) + " sommano a " + Tree.it(sums.get(g)));
            }
        }
        return String.join(", ", parts);
    }

    /** Moves a weight into or out of a group's corrected sum; a weight not known leaves the sum not known. */
    private void shift(GroupKey g, BigDecimal by) {
        BigDecimal v = corrected.get(g);
        corrected.put(g, v == null ? by : v == NONE || by == null ? NONE : v.add(by));
    }

    private static boolean off(BigDecimal sum, BigDecimal tolerance) {
        return sum.subtract(HUNDRED).abs().compareTo(tolerance) > 0;
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** A group with a weight missing or unreadable: PESI-PARZIALI's business, never explained here. */
    private static final BigDecimal NONE = new BigDecimal("-1");

    /** Groups by the parent's identity (two elements may be equal as values). */
    private record GroupKey(Element parent, Level level) {
        @Override
        public boolean equals(Object o) {
            return o instanceof GroupKey k && k.parent == parent && k.level == level;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(parent) * 31 + level.hashCode();
        }
    }
}
