package pira.source;

import java.util.Arrays;

/**
 * One row of a raw table: its 1-based number in the source and the displayed text of each cell
 * (index 0 is column 1; a missing or empty cell is "").
 */
public final class RawRow {

    private final int number;
    private final boolean hidden;
    private final String[] cells;
    private final Integer page;
    private final int pageRow;

    public RawRow(int number, boolean hidden, String[] cells) {
        this(number, hidden, cells, null, number);
    }

    /**
     * A row of a PDF: {@code number} is its position in the whole document (merged ranges use it), {@code page}
     * its 1-based page and {@code pageRow} its position on that page (what messages show).
     */
    public RawRow(int number, boolean hidden, String[] cells, Integer page, int pageRow) {
        this.number = number;
        this.hidden = hidden;
        this.cells = cells;
        this.page = page;
        this.pageRow = pageRow;
    }

    /** The row number a person finds in the source: the sheet row, or the row on the PDF page. */
    public int displayNumber() {
        return page == null ? number : pageRow;
    }

    /** The PDF page of the row, null for spreadsheets and CSV. */
    public Integer page() {
        return page;
    }

    public int number() {
        return number;
    }

    public boolean hidden() {
        return hidden;
    }

    public int width() {
        return cells.length;
    }

    /** The text of 1-based column {@code column}, "" when absent. */
    public String cell(int column) {
        return column >= 1 && column <= cells.length ? cells[column - 1] : "";
    }

    public boolean isBlank() {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return number + ":" + Arrays.toString(cells);
    }
}
