package pira.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** Immutable copies used by the model records. */
final class ModelCollections {

    private ModelCollections() {
    }

    static <K extends Comparable<K>, V> SortedMap<K, V> sortedCopy(SortedMap<K, V> map) {
        return map == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
