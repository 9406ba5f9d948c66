package pira.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import pira.source.CellRange;
import pira.source.RawRow;
import pira.source.RawTable;

/**
 * The merged ranges of a table, indexed once: for a cell, the range that covers it and the text of that range's
 * first cell, found in logarithmic time (a scan of every range for every cell made a sheet of 20,000 merged rows take
 * seconds and 40,000 run out of memory).
 */
final class MergedCells {

    /** For each column, the ranges that cover it by their first row (ranges in one column do not overlap). */
    private final Map<Integer, TreeMap<Integer, CellRange>> byColumn = new HashMap<>();
    private final Map<Integer, List<CellRange>> byFirstRow = new HashMap<>();
    private final Map<Integer, RawRow> rows = new HashMap<>();

    MergedCells(RawTable table) {
        for (CellRange r : table.merged()) {
            for (int c = r.firstColumn(); c <= r.lastColumn(); c++) {
                byColumn.computeIfAbsent(c, k -> new TreeMap<>()).put(r.firstRow(), r);
            }
            byFirstRow.computeIfAbsent(r.firstRow(), k -> new ArrayList<>(1)).add(r);
        }
        if (!byColumn.isEmpty()) {
            for (RawRow row : table.rows()) {
                rows.put(row.number(), row);
            }
        }
    }

    /**
     * The text of the first cell of the range that covers this cell, below or to the right of that first cell, where
     * the range starts in this column; "" otherwise.
     */
    String origin(int row, int column) {
        TreeMap<Integer, CellRange> ranges = byColumn.get(column);
        var entry = ranges == null ? null : ranges.floorEntry(row);
        if (entry == null) {
            return "";
        }
        CellRange r = entry.getValue();
        if (r.lastRow() < row || r.firstColumn() != column || r.firstRow() == row) {
            return "";
        }
        RawRow first = rows.get(r.firstRow());
        return first == null ? "" : first.cell(column);
    }

    /** Whether a range that starts in rows {@code from} to {@code to} reaches down to a cell of {@code row}. */
    boolean reachedFrom(int row, int from, int to) {
        for (TreeMap<Integer, CellRange> ranges : byColumn.values()) {
            var entry = ranges.floorEntry(row);
            if (entry != null) {
                CellRange r = entry.getValue();
                if (r.firstRow() >= from && r.firstRow() <= to && r.firstRow() < row && r.lastRow() >= row) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a range starts at this cell and spans more than one column. */
    boolean spansColumns(int row, int column) {
        for (CellRange r : byFirstRow.getOrDefault(row, List.of())) {
            if (r.firstColumn() == column && r.lastColumn() > column) {
                return true;
            }
        }
        return false;
    }
}
