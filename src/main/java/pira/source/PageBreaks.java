package pira.source;

import java.util.ArrayList;
import java.util.List;
import pira.model.Location;

/**
 * What a page break does to a table printed to PDF, undone: a cell merged down over the break arrives empty on the
 * next page (its text stays on the first), and a row split by the break goes on, in the first row of the next page,
 * with the rest of the text of some of its cells. The empty continuation joins the merged range, so its rows inherit
 * the value like any merged cell; the rest of a split row joins the row it belongs to, and the emptied row is named
 * in a note.
 */
final class PageBreaks {

    private final String file;
    private final List<RawRow> rows;
    private final List<CellRange> merged;
    private final List<SourceNote> notes;
    /** How the lines of a cell are joined: a line break where the mapping reads lines, else a space. */
    private final String separator;

    PageBreaks(String file, List<RawRow> rows, List<CellRange> merged, List<SourceNote> notes, boolean lineBreaks) {
        this.file = file;
        this.rows = rows;
        this.merged = merged;
        this.notes = notes;
        this.separator = lineBreaks ? "\n" : " ";
    }

    /** @param tableRows per page, the numbers of its first and last table rows ({0, 0} where it has none) */
    void join(List<int[]> tableRows) {
        for (int p = 0; p + 1 < tableRows.size(); p++) {
            int last = tableRows.get(p)[1];
            int first = tableRows.get(p + 1)[0];
            if (last == 0 || first == 0 || row(last).width() != row(first).width()) {
                continue;
            }
            joinSplitRow(last, first);
            for (int c = 1; c <= row(first).width(); c++) {
                continueMerge(last, first, c);
            }
        }
    }

    private RawRow row(int number) {
        return rows.get(number - 1);
    }

    /**
     * The first row of the page goes on with the last row of the page before when it has text only in cells where
     * that row has text of its own, fewer of them (the cells that did not overflow, the targets, are empty in it),
     * no cell across columns (a level's row), and each of its texts goes on with a small letter or a punctuation
     * mark, as the rest of a sentence does (a new row starts with a code or a capital).
     */
    private void joinSplitRow(int last, int first) {
        RawRow before = row(last);
        RawRow after = row(first);
        int filledBefore = 0;
        int filledAfter = 0;
        for (int c = 1; c <= after.width(); c++) {
            boolean b = !before.cell(c).isBlank() || coveredFromAbove(last, c);
            String rest = after.cell(c).strip();
            if (!rest.isEmpty() && (!b || coveredFromAbove(last, c) || !continuesASentence(rest))) {
                return;
            }
            filledBefore += b ? 1 : 0;
            filledAfter += rest.isEmpty() ? 0 : 1;
        }
        for (CellRange r : merged) {
            if (r.firstRow() == first && r.lastColumn() > r.firstColumn()) {
                return;
            }
        }
        if (filledAfter == 0 || filledAfter >= filledBefore) {
            return;
        }
        String[] joined = new String[before.width()];
        String[] emptied = new String[after.width()];
        for (int c = 1; c <= before.width(); c++) {
            String rest = after.cell(c);
            joined[c - 1] = rest.isBlank() ? before.cell(c) : before.cell(c) + separator + rest;
            emptied[c - 1] = "";
        }
        rows.set(last - 1, before.withCells(joined));
        rows.set(first - 1, after.withCells(emptied));
        notes.add(new SourceNote("RIGA-SPEZZATA", "la riga continua dalla pagina precedente: il suo testo è unito"
                + " alla riga precedente (" + before.place() + ")", after.locate(file, null, null)));
    }

    private static boolean continuesASentence(String text) {
        int first = text.codePointAt(0);
        return Character.isLowerCase(first) || ",;:)".indexOf(first) >= 0;
    }

    /** Whether the cell is covered by a merged range that starts above it (its text is the range's). */
    private boolean coveredFromAbove(int row, int column) {
        for (CellRange r : merged) {
            if (r.firstColumn() == column && r.firstRow() < row && r.lastRow() >= row) {
                return true;
            }
        }
        return false;
    }

    /**
     * A range merged down to the bottom of a page (or a cell with text in the page's last row), in a column whose cell
     * on the next page's first row is empty, goes on over that cell and over the range that cell starts: a merged
     * range whose first cell is empty, at the top of a page, is the rest of the one above.
     */
    private void continueMerge(int last, int first, int column) {
        CellRange above = null;
        CellRange below = null;
        for (CellRange r : merged) {
            if (r.firstColumn() == column && r.lastColumn() == column && r.lastRow() == last) {
                above = r;
            }
            if (r.firstColumn() == column && r.lastColumn() == column && r.firstRow() == first) {
                below = r;
            }
        }
        if (above == null && below != null && !row(last).cell(column).isBlank()) {
            above = new CellRange(last, last, column, column);
        }
        if (above == null || !row(first).cell(column).isBlank() || row(above.firstRow()).cell(column).isBlank()) {
            return;
        }
        merged.remove(above);
        merged.remove(below);
        merged.add(new CellRange(above.firstRow(), below == null ? first : below.lastRow(), column, column));
    }
}
