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

    /** Values by year and then period, each level copied. */
    static SortedMap<Integer, SortedMap<String, Value>> byYearAndPeriod(SortedMap<Integer, SortedMap<String, Value>> m) {
        SortedMap<Integer, SortedMap<String, Value>> copy = new TreeMap<>();
        if (m != null) {
            m.forEach((year, values) -> copy.put(year, sortedCopy(values)));
        }
        return sortedCopy(copy);
    }
}
