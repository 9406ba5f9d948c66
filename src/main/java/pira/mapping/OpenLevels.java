package pira.mapping;

import java.util.ArrayList;
import java.util.List;
import pira.model.Element;

/**
 * The element open at each level while a document is read, levels ranked from the top (0) down. A new element
 * goes under the deepest open element above its rank and closes those at and below it.
 */
final class OpenLevels {

    private final ElementBuilder[] open;
    private final List<ElementBuilder> roots = new ArrayList<>();

    OpenLevels(int depth) {
        open = new ElementBuilder[depth];
    }

    void attach(int rank, ElementBuilder element) {
        ElementBuilder parent = null;
        for (int r = 0; r < rank; r++) {
            if (open[r] != null) {
                parent = open[r];
            }
        }
        for (int r = rank; r < open.length; r++) {
            open[r] = null;
        }
        open[rank] = element;
        (parent == null ? roots : parent.children).add(element);
    }

    /** The element open at this rank, or null. */
    ElementBuilder at(int rank) {
        return open[rank];
    }

    /** The deepest open element, or null before the first. */
    ElementBuilder deepest() {
        for (int r = open.length - 1; r >= 0; r--) {
            if (open[r] != null) {
                return open[r];
            }
        }
        return null;
    }

    boolean isEmpty() {
        return roots.isEmpty();
    }

    List<Element> build() {
        return roots.stream().map(ElementBuilder::build).toList();
    }
}
