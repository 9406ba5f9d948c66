package pira.layout;

import java.util.ArrayList;
import java.util.List;
import pira.source.CellRange;
import pira.source.RawRow;
import pira.source.RawTable;

/**
 * The path of each column under a header of one or more rows: the texts of the header rows from top to bottom,
 * joined by " / " ("Obiettivi strategici / Target / 2022"); a merged cell counts for every column it spans. What a
 * mapping's {@code columns} match, and what a draft writes its patterns from.
 */
public final class HeaderPaths {

    private HeaderPaths() {
    }

    /** The paths of the columns, the first one at index 0. */
    public static List<String> of(RawTable table, List<RawRow> headerRows) {
        int width = headerRows.stream().mapToInt(RawRow::width).max().orElse(0);
        for (CellRange r : table.merged()) {
            if (r.firstRow() >= headerRows.get(0).number()
                    && r.firstRow() <= headerRows.get(headerRows.size() - 1).number()) {
                width = Math.max(width, r.lastColumn());
            }
        }
        List<String> result = new ArrayList<>();
        for (int col = 1; col <= width; col++) {
            List<String> parts = new ArrayList<>();
            for (RawRow row : headerRows) {
                String text = Text.fold(row.cell(col));
                if (text.isEmpty()) {
                    text = mergedText(table, headerRows, row.number(), col);
                }
                if (!text.isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(text))) {
                    parts.add(text);
                }
            }
            result.add(String.join(" / ", parts));
        }
        return result;
    }

    /** The text of the merged range covering a header cell, when that range starts inside the header. */
    private static String mergedText(RawTable table, List<RawRow> headerRows, int row, int col) {
        CellRange range = table.mergeCovering(row, col);
        if (range == null) {
            return "";
        }
        for (RawRow r : headerRows) {
            if (r.number() == range.firstRow()) {
                return Text.fold(r.cell(range.firstColumn()));
            }
        }
        return "";
    }
}
