package pira.source;

import java.util.List;

/**
 * A grid of cells as read from one sheet (or CSV file), with the merged ranges of the source.
 * Blank rows are kept, so that row numbers stay those of the source.
 */
public record RawTable(String name, boolean hidden, List<RawRow> rows, List<CellRange> merged) {

    public RawTable {
        rows = List.copyOf(rows);
        merged = List.copyOf(merged);
    }

    /** The merged range that covers a cell without starting at it, or null. */
    public CellRange mergeCovering(int row, int column) {
        for (CellRange r : merged) {
            if (r.contains(row, column) && !(r.firstRow() == row && r.firstColumn() == column)) {
                return r;
            }
        }
        return null;
    }
}
