package pira.draft;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import pira.layout.HeaderPaths;
import pira.source.CellRange;
import pira.source.RawRow;
import pira.source.RawTable;

/**
 * Where a table's header is: its first row (an index into the table's rows) and its number of rows, one to four.
 * A header is a block of rows of short labels at the top; a data row (figures, codes, long names) never starts one.
 * The block goes down as far as the merged cells that start in it ("Indicatore" over two rows), and over a row
 * that splits a group of the row above ("Target" over the three columns of "2022 | 2023 | 2024").
 */
record HeaderGuess(RawTable table, int first, int rows, int score) {

    /** The rows searched for the start of a header. */
    private static final int ROWS_LOOKED_AT = 30;
    private static final int MAX_ROWS = 4;

    List<RawRow> headerRows() {
        return table.rows().subList(first, first + rows);
    }

    /** The rows below the header. */
    List<RawRow> below() {
        return table.rows().subList(first + rows, table.rows().size());
    }

    List<String> paths() {
        return HeaderPaths.of(table, headerRows());
    }

    /** The best header of the table: the most labels net of values; null where no block of rows looks like one. */
    static HeaderGuess find(RawTable table) {
        HeaderGuess best = null;
        List<RawRow> rows = table.rows();
        for (int i = 0; i < Math.min(ROWS_LOOKED_AT, rows.size()); i++) {
            if (count(rows.get(i), Cells.Kind.LABEL) < 2) {
                continue;
            }
            int height = height(table, i);
            if (height == 0 || !dataBelow(rows, i + height)) {
                continue;
            }
            int score = 0;
            for (RawRow r : rows.subList(i, i + height)) {
                score += count(r, Cells.Kind.LABEL) - count(r, Cells.Kind.VALUE);
            }
            if (score >= 2 && (best == null || score > best.score)) {
                best = new HeaderGuess(table, i, height, score);
            }
        }
        return best;
    }

    /** The rows of a header that starts at {@code first}; 0 where its merged cells go further than a header does. */
    private static int height(RawTable table, int first) {
        List<RawRow> rows = table.rows();
        int last = first;
        for (int next = first + 1; next < rows.size() && next - first < MAX_ROWS; next++) {
            int reach = mergedReach(table, rows.get(first).number(), rows.get(last).number());
            if (rows.get(next).number() <= reach || splitsGroup(table, rows.get(last), rows.get(next))) {
                last = next;
            } else {
                break;
            }
        }
        int reach = mergedReach(table, rows.get(first).number(), rows.get(last).number());
        return reach > rows.get(last).number() ? 0 : last - first + 1;
    }

    /** The last row reached by the merged cells that start between two rows. */
    private static int mergedReach(RawTable table, int top, int bottom) {
        int reach = bottom;
        for (CellRange r : table.merged()) {
            if (r.firstRow() >= top && r.firstRow() <= bottom) {
                reach = Math.max(reach, r.lastRow());
            }
        }
        return reach;
    }

    /**
     * Whether a row of labels only sits under groups of the row above: each of its cells under a cell merged over
     * several columns, or under the empty cells that follow a label ("Target | | " above "2022 | 2023 | 2024").
     */
    private static boolean splitsGroup(RawTable table, RawRow above, RawRow row) {
        if (count(row, Cells.Kind.VALUE) > 0 || count(row, Cells.Kind.LABEL) == 0) {
            return false;
        }
        Set<Integer> grouped = groupedColumns(table, above);
        for (int c = 1; c <= row.width(); c++) {
            if (Cells.kind(row.cell(c)) != Cells.Kind.EMPTY && !grouped.contains(c)) {
                return false;
            }
        }
        return true;
    }

    /** The columns under a group of the row: a label merged over several columns, or followed by empty cells. */
    private static Set<Integer> groupedColumns(RawTable table, RawRow row) {
        Set<Integer> grouped = new HashSet<>();
        for (CellRange r : table.merged()) {
            if (r.firstRow() <= row.number() && r.lastRow() >= row.number() && r.lastColumn() > r.firstColumn()) {
                for (int c = r.firstColumn(); c <= r.lastColumn(); c++) {
                    grouped.add(c);
                }
            }
        }
        // a row ends at its last filled cell: the empty cells after it go to the table's width
        int width = table.rows().stream().mapToInt(RawRow::width).max().orElse(0);
        List<Integer> span = new ArrayList<>();
        for (int c = 1; c <= width + 1; c++) {
            boolean empty = row.cell(c).isBlank() && table.mergeCovering(row.number(), c) == null;
            if (!span.isEmpty() && empty && c <= width) {
                span.add(c);
                continue;
            }
            if (span.size() > 1) {
                grouped.addAll(span);
            }
            span.clear();
            if (Cells.kind(row.cell(c)) == Cells.Kind.LABEL) {
                span.add(c);
            }
        }
        return grouped;
    }

    /** Whether a row with at least two cells follows: a header needs data under it. */
    private static boolean dataBelow(List<RawRow> rows, int from) {
        return rows.subList(from, rows.size()).stream().anyMatch(r -> filled(r) >= 2);
    }

    static int filled(RawRow row) {
        int n = 0;
        for (int c = 1; c <= row.width(); c++) {
            n += Cells.kind(row.cell(c)) == Cells.Kind.EMPTY ? 0 : 1;
        }
        return n;
    }

    private static int count(RawRow row, Cells.Kind kind) {
        int n = 0;
        for (int c = 1; c <= row.width(); c++) {
            n += Cells.kind(row.cell(c)) == kind ? 1 : 0;
        }
        return n;
    }
}
