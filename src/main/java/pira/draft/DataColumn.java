package pira.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import pira.layout.TableMapper;
import pira.layout.Text;
import pira.source.CellRange;
import pira.source.RawRow;

/**
 * One column of a table below its header, as a draft looks at it: its path and the text of each data row, where a
 * cell inside a merged area counts as the area's first cell (the objective merged down over its indicators). The
 * data rows ({@code values}) are those with most of the row filled; {@code all} has also the rows of two or three
 * cells among them (a level's code and name, a signature at the bottom), for the codes of the levels' own rows.
 */
record DataColumn(int column, String path, List<String> values, List<String> all) {

    /** The data rows looked at. */
    private static final int ROWS_LOOKED_AT = 500;
    /** The share of a column's filled cells that must have a form for the column to have it. */
    private static final double MOSTLY = 0.9;
    /** The most values, for the rows they span, of a column that groups rows. */
    private static final double GROUPED = 0.9;

    /** The columns of a table under its header, the first at index 0. */
    static List<DataColumn> of(HeaderGuess header) {
        List<RawRow> rows = dataRows(header);
        Map<Integer, RawRow> byNumber = new HashMap<>();
        header.table().rows().forEach(r -> byNumber.put(r.number(), r));
        List<String> paths = header.paths();
        int width = Math.max(paths.size(), rows.stream().mapToInt(RawRow::width).max().orElse(0));
        String[][] cells = new String[rows.size()][width];
        for (int i = 0; i < rows.size(); i++) {
            RawRow row = rows.get(i);
            for (int c = 1; c <= width; c++) {
                String text = Text.fold(row.cell(c));
                CellRange merge = header.table().mergeCovering(row.number(), c);
                if (text.isEmpty() && merge != null && merge.firstColumn() == c && merge.firstRow() < row.number()
                        && byNumber.containsKey(merge.firstRow())) {
                    text = Text.fold(byNumber.get(merge.firstRow()).cell(c));
                }
                cells[i][c - 1] = Text.saysSomething(text) ? text : "";
            }
        }
        int full = dataCells(header);
        List<DataColumn> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<String> values = new ArrayList<>();
            List<String> all = new ArrayList<>();
            for (String[] row : cells) {
                all.add(row[c]);
                if (java.util.Arrays.stream(row).filter(v -> !v.isEmpty()).count() >= full) {
                    values.add(row[c]);
                }
            }
            columns.add(new DataColumn(c + 1, c < paths.size() ? paths.get(c) : "", values, all));
        }
        return columns;
    }

    /** The cells a data row fills at least: three, or all of a narrower header. */
    static int dataCells(HeaderGuess header) {
        return Math.max(2, Math.min(3, (int) header.paths().stream().filter(p -> !p.isEmpty()).count()));
    }

    /**
     * The rows under the header with two cells or more, but the header repeated further down and the rows that
     * open a level ("Programma | 005 ...").
     */
    private static List<RawRow> dataRows(HeaderGuess header) {
        List<String> words = HeaderWords.find(header);
        List<Pattern> levels = LevelRows.find(header).stream().map(l -> Pattern.compile(l.match())).toList();
        List<RawRow> rows = new ArrayList<>();
        for (RawRow row : header.below()) {
            String text = TableMapper.rowText(row, "\t");
            if (HeaderGuess.filled(row) >= 2 && !HeaderWords.has(row, words)
                    && levels.stream().noneMatch(p -> p.matcher(text).find())) {
                rows.add(row);
            }
            if (rows.size() == ROWS_LOOKED_AT) {
                break;
            }
        }
        return rows;
    }

    int filled() {
        return (int) values.stream().filter(v -> !v.isEmpty()).count();
    }

    /** The rows (indexes into the data rows) where a value starts: filled, and not the last value above. */
    TreeSet<Integer> openings() {
        TreeSet<Integer> openings = new TreeSet<>();
        String last = null;
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (!v.isEmpty() && !v.equals(last)) {
                openings.add(i);
                last = v;
            }
        }
        return openings;
    }

    /**
     * Whether the column groups rows: its values stay over several rows, merged, repeated or written once (the rows
     * from its first value to its last are many more than its values).
     */
    boolean groups() {
        int first = 0;
        int last = values.size() - 1;
        while (first <= last && values.get(first).isEmpty()) {
            first++;
        }
        while (last >= first && values.get(last).isEmpty()) {
            last--;
        }
        return filled() >= 2 && openings().size() < GROUPED * (last - first + 1);
    }

    /**
     * The depths of the dotted codes the column's cells start with, where nearly all start with one: in all the
     * rows ("1" and "1.1" on the levels' own rows, "1.1.1" on the indicators'), else in the data rows.
     */
    TreeSet<Integer> depths() {
        TreeSet<Integer> depths = new TreeSet<>();
        for (List<String> cells : List.of(all, values)) {
            if (depths.isEmpty() && mostly(cells, v -> Cells.codeDepth(v) > 0)) {
                cells.stream().filter(v -> Cells.codeDepth(v) > 0).forEach(v -> depths.add(Cells.codeDepth(v)));
            }
        }
        return depths;
    }

    /** Codes alone: "1.1", "3.1.". */
    boolean codes() {
        return mostly(Cells::codeOnly);
    }

    /** A code before a name in each cell: "1.1 - Sostenere la competitività". */
    boolean codesWithNames() {
        return mostly(v -> Cells.codeDepth(v) > 0 && !Cells.codeOnly(v));
    }

    /** Names and words, not figures: labels or long texts that do not start like a value. */
    boolean text() {
        return mostly(v -> Cells.kind(v) == Cells.Kind.LABEL || Cells.codeDepth(v) == 0 && v.length() > 60);
    }

    boolean years() {
        return mostly(Cells::year);
    }

    private boolean mostly(Predicate<String> form) {
        return mostly(values, form);
    }

    private static boolean mostly(List<String> cells, Predicate<String> form) {
        long filled = cells.stream().filter(v -> !v.isEmpty()).count();
        return filled > 0 && cells.stream().filter(v -> !v.isEmpty()).filter(form).count() >= MOSTLY * filled;
    }
}
