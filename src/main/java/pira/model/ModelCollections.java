package pira.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** Immutable copies used by the model records. */
final class ModelCollections {

    private ModelCollections() {
    }

    static <K extends Comparable<K>, V> SortedMap<K, V> sortedCopy(SortedMap<K, V> map) {
        // most maps of a row read are empty: no copy for them (an export builds one indicator per row)
        return map == null || map.isEmpty() ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }

    /** Values by year and then period, each level copied. */
    static SortedMap<Integer, SortedMap<String, Value>> byYearAndPeriod(SortedMap<Integer, SortedMap<String, Value>> m) {
        if (m == null || m.isEmpty()) {
            return Collections.emptySortedMap();
        }
        SortedMap<Integer, SortedMap<String, Value>> copy = new TreeMap<>();
        m.forEach((year, values) -> copy.put(year, sortedCopy(values)));
        return Collections.unmodifiableSortedMap(copy);
    }
}
