package pira.source;

/** A merged range of cells, 1-based and inclusive. */
public record CellRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    public boolean contains(int row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    /** Parses an A1 range such as "B3:D5". */
    public static CellRange parse(String a1) {
        String[] parts = a1.split(":");
        int[] from = CellRef.parse(parts[0]);
        int[] to = parts.length > 1 ? CellRef.parse(parts[1]) : from;
        return new CellRange(from[0], to[0], from[1], to[1]);
    }
}
