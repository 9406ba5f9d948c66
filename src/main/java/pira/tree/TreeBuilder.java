package pira.tree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import pira.model.Element;
import pira.model.ImportNote;

/**
 * The one place where the tree of a document grows, for every layout. An element is identified by its level and key
 * (its code, else its name) under its parent: opening an element already read, wherever the row that names it
 * stands (further down, in another table, on another page), returns that element instead of a copy. The same code
 * with another name is reported and kept apart, never merged silently.
 * <p>
 * While a document is read, one element is open at each rank (the mapping's levels, from the top): a new element
 * goes under the deepest open element above its rank, and opening another element closes the ranks below it.
 */
public final class TreeBuilder {

    /** The element whose children are the roots; it is never built. */
    private final ElementBuilder top = new ElementBuilder(null, null, null, null, null, null);
    /** Each element's children by "level|c:code" and "level|n:name". */
    private final Map<ElementBuilder, Map<String, List<ElementBuilder>>> index = new HashMap<>();
    private final Set<String> conflictsReported = new HashSet<>();
    private final ElementBuilder[] open;
    private final List<ImportNote> notes;
    /** Each element's rank, and the elements of each level by "level|c:code" and "level|n:name", wherever they are. */
    private final Map<ElementBuilder, Integer> ranks = new HashMap<>();
    private final Map<String, List<ElementBuilder>> anywhere = new HashMap<>();
    /** The highest rank the table being read names: above it, its elements' parents are in other tables. */
    private int floor;

    /** What {@link #open} did: the element, and whether it was created by this row or found already read. */
    public record Opened(ElementBuilder element, boolean created) {
    }

    /**
     * @param depth the number of ranks (levels) of the document
     * @param notes where conflicts are reported
     */
    public TreeBuilder(int depth, List<ImportNote> notes) {
        this.open = new ElementBuilder[depth];
        this.notes = notes;
    }

    /**
     * Opens the element that {@code candidate} names at {@code rank}, under the deepest open element above it: the
     * element open there already, one read before under the same parent, or else {@code candidate} itself. What
     * the candidate adds (a weight, a description the first one had not) goes to the element found.
     */
    public Opened open(int rank, ElementBuilder candidate) {
        ElementBuilder parent = parentFor(rank);
        if (rank > 0 && rank == floor) {
            return openUnderAnother(rank, candidate);
        }
        ElementBuilder current = open[rank];
        if (current != null && current.parent == parent && sameIdentity(current, candidate)) {
            absorb(current, candidate);
            return new Opened(current, false);
        }
        ElementBuilder found = find(parent, candidate);
        ElementBuilder element;
        if (found != null) {
            absorb(found, candidate);
            element = found;
        } else {
            element = candidate;
            add(parent, candidate, rank);
        }
        reopen(rank, element);
        return new Opened(element, found == null);
    }

    /**
     * Says that the table about to be read names no level above {@code rank} (a section of a document whose
     * upper levels are in another table), or 0.
     */
    public void startAt(int rank) {
        floor = rank;
    }

    /**
     * An element of a table that does not name the levels above it (the operational sheet names the strategic
     * objective, the "cruscotto" its area): the element of the same level and key read in another table, wherever
     * it is, with its ancestors opened; where there is none, or several, it is placed at the top and reported.
     */
    private Opened openUnderAnother(int rank, ElementBuilder candidate) {
        List<ElementBuilder> same = anywhere.getOrDefault(candidate.code != null ? key(candidate.level, "c:",
                candidate.code) : key(candidate.level, "n:", candidate.name), List.of()).stream()
                .filter(e -> namesAgree(e, candidate)).toList();
        if (same.size() == 1) {
            ElementBuilder found = same.get(0);
            absorb(found, candidate);
            for (ElementBuilder a = found.parent; a != null && a != top; a = a.parent) {
                open[ranks.get(a)] = a;
            }
            reopen(rank, found);
            return new Opened(found, false);
        }
        ElementBuilder found = find(top, candidate);
        if (found == null) {
            notes.add(new ImportNote("GENITORE-NON-TROVATO", candidate.label() + " non è tra gli elementi letti nelle"
                    + " altre tabelle" + (same.isEmpty() ? "" : " (ce ne sono " + same.size() + " con questa chiave)")
                    + ": resta al primo livello, senza il livello superiore", candidate.provenance));
            add(top, candidate, rank);
        } else {
            absorb(found, candidate);
        }
        ElementBuilder element = found == null ? candidate : found;
        reopen(rank, element);
        return new Opened(element, found == null);
    }

    /** The element of {@code level}-rank {@code rank} with this code under the parent of that rank, or null. */
    public ElementBuilder findByCode(int rank, pira.model.Level level, String code) {
        List<ElementBuilder> coded = index.getOrDefault(parentFor(rank), Map.of())
                .getOrDefault(key(level, "c:", code), List.of());
        return coded.isEmpty() ? null : coded.get(0);
    }

    /** Makes {@code element} (already in the tree) the open one at {@code rank}, closing the ranks below. */
    public void reopen(int rank, ElementBuilder element) {
        open[rank] = element;
        close(rank + 1);
    }

    /** Closes the element open at {@code rank} and below. */
    public void close(int rank) {
        for (int r = rank; r < open.length; r++) {
            open[r] = null;
        }
    }

    /** The element open at this rank, or null. */
    public ElementBuilder at(int rank) {
        return open[rank];
    }

    /** The deepest open element above {@code rank}, or null. */
    public ElementBuilder parentFor(int rank) {
        for (int r = rank - 1; r >= 0; r--) {
            if (open[r] != null) {
                return open[r];
            }
        }
        return top;
    }

    /** The deepest open element, or null before the first. */
    public ElementBuilder deepest() {
        for (int r = open.length - 1; r >= 0; r--) {
            if (open[r] != null) {
                return open[r];
            }
        }
        return null;
    }

    public boolean isEmpty() {
        return top.children.isEmpty();
    }

    public List<Element> build() {
        return top.children.stream().map(ElementBuilder::build).toList();
    }

    private ElementBuilder find(ElementBuilder parent, ElementBuilder candidate) {
        Map<String, List<ElementBuilder>> children = index.getOrDefault(parent, Map.of());
        if (candidate.code == null) {
            List<ElementBuilder> named = children.getOrDefault(key(candidate.level, "n:", candidate.name), List.of());
            return named.isEmpty() ? null : named.get(0);
        }
        List<ElementBuilder> coded = children.getOrDefault(key(candidate.level, "c:", candidate.code), List.of());
        for (ElementBuilder e : coded) {
            if (namesAgree(e, candidate)) {
                return e;
            }
        }
        if (!coded.isEmpty()) {
            reportConflict(coded.get(0), candidate);
            if (candidate.identifiedByCode) {
                return coded.get(0);
            }
            return null;
        }
        // no element with this code: one read before without a code and with this name is this one, which gains the code
        if (candidate.name != null) {
            for (ElementBuilder e : children.getOrDefault(key(candidate.level, "n:", candidate.name), List.of())) {
                if (e.code == null) {
                    return e;
                }
            }
        }
        return null;
    }

    private void reportConflict(ElementBuilder first, ElementBuilder other) {
        if (conflictsReported.add(key(first.level, "c:", first.code) + "|" + ElementBuilder.fold(other.name))) {
            String code = other.identifiedByCode ? "CODICE-NOME-CAMBIATO" : "CODICE-NOME-DIVERSO";
            notes.add(new ImportNote(code, "il codice " + first.code + " " + first.level.of()
                    + " è usato per \"" + abbreviate(first.name) + "\" (" + first.provenance.describe() + ") e per \""
                    + abbreviate(other.name) + "\": " + (other.identifiedByCode
                    ? "è lo stesso elemento (identity: code nella mappatura), con il primo nome"
                    : "sono tenuti distinti; se sono lo stesso elemento correggere il nome (o, se nel documento il"
                    + " codice basta a riconoscerlo, 'identity: code' nel livello della mappatura), altrimenti il"
                    + " codice"), other.provenance));
        }
    }

    private static boolean sameIdentity(ElementBuilder a, ElementBuilder b) {
        if (a.level != b.level) {
            return false;
        }
        if (a.code != null && b.code != null) {
            return a.code.equals(b.code) && namesAgree(a, b);
        }
        return b.name != null && Objects.equals(ElementBuilder.fold(a.name), ElementBuilder.fold(b.name));
    }

    private static boolean namesAgree(ElementBuilder a, ElementBuilder b) {
        return a.name == null || b.name == null
                || ElementBuilder.fold(a.name).equals(ElementBuilder.fold(b.name));
    }

    /** The element read again brings what the first reading lacked; a different weight is reported. */
    private void absorb(ElementBuilder element, ElementBuilder again) {
        if (element == again) {
            return;
        }
        if (element.weight == null) {
            element.weight = again.weight;
        } else if (again.weight != null && !again.weight.raw().equals(element.weight.raw())) {
            notes.add(new ImportNote("VALORE-RIPETUTO", element.label() + " ha il peso " + again.weight.raw()
                    + " qui e " + element.weight.raw() + " in " + element.weight.location().describe()
                    + ": vale il primo", again.weight.location()));
        }
        // a key the first reading lacked (its name, its code) is the element's too, and found by it from now on
        if (element.name == null && again.name != null) {
            element.name = again.name;
            index(element.parent, element, "n:", element.name);
        }
        if (element.code == null && again.code != null) {
            element.code = again.code;
            index(element.parent, element, "c:", element.code);
        }
        if (element.units.isEmpty()) {
            element.units = again.units;
        } else if (!again.units.isEmpty() && !sameShares(again.units, element.units)) {
            notes.add(new ImportNote("VALORE-RIPETUTO", element.label() + " ha qui altre strutture assegnate (o altre"
                    + " quote) che in " + element.provenance.describe() + ": valgono le prime", again.provenance));
        }
        String description = again.descriptionText();
        if (description != null) {
            element.appendDescription(description);
        }
    }

    /** The same units with the same shares as written, wherever they were read. */
    private static boolean sameShares(List<pira.model.AssignedUnit> a, List<pira.model.AssignedUnit> b) {
        java.util.function.Function<List<pira.model.AssignedUnit>, List<String>> written = units -> units.stream()
                .map(u -> u.name() + "=" + (u.share() == null ? "" : u.share().raw())).toList();
        return written.apply(a).equals(written.apply(b));
    }

    private void add(ElementBuilder parent, ElementBuilder child, int rank) {
        ranks.put(child, rank);
        child.parent = parent;
        parent.children.add(child);
        if (child.code != null) {
            index(parent, child, "c:", child.code);
        }
        if (child.name != null) {
            index(parent, child, "n:", child.name);
        }
    }

    /** Lists an element under one of its keys, among its parent's children and across the tree. */
    private void index(ElementBuilder parent, ElementBuilder child, String kind, String value) {
        if (parent == null) {
            return; // not in the tree (yet): add indexes every key it has then
        }
        index.computeIfAbsent(parent, p -> new HashMap<>()).computeIfAbsent(key(child.level, kind, value),
                k -> new ArrayList<>(1)).add(child);
        anywhere.computeIfAbsent(key(child.level, kind, value), k -> new ArrayList<>(1)).add(child);
    }

    private static String key(pira.model.Level level, String kind, String value) {
        return level.id() + "|" + kind + (kind.equals("n:") ? ElementBuilder.fold(value) : value);
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
