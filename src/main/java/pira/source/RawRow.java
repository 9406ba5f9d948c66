package pira.source;

import java.util.Arrays;
import pira.model.Location;

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
    private final Integer wordTable;
    private final Integer paragraph;
    private final boolean ocr;
    /** For a PDF page with several tables: the table of the row, and the row's number in it; null otherwise. */
    private final Integer pdfTable;
    private final int tableRow;

    public RawRow(int number, boolean hidden, String[] cells) {
        this(number, hidden, cells, null, number);
    }

    /**
     * A row of a PDF: {@code number} is its position in the whole document (merged ranges use it), {@code page}
     * its 1-based page and {@code pageRow} its position on that page (what messages show).
     */
    public RawRow(int number, boolean hidden, String[] cells, Integer page, int pageRow) {
        this(number, hidden, cells, page, pageRow, null, null, false, null, 0);
    }

    private RawRow(int number, boolean hidden, String[] cells, Integer page, int pageRow, Integer wordTable,
                   Integer paragraph, boolean ocr, Integer pdfTable, int tableRow) {
        this.ocr = ocr;
        this.pdfTable = pdfTable;
        this.tableRow = tableRow;
        this.number = number;
        this.hidden = hidden;
        this.cells = cells;
        this.page = page;
        this.pageRow = pageRow;
        this.wordTable = wordTable;
        this.paragraph = paragraph;
    }

    /** A paragraph of a Word document: {@code number} in document order, {@code paragraph} among paragraphs. */
    public static RawRow ofParagraph(int number, String text, int paragraph) {
        return new RawRow(number, false, new String[] {text}, null, number, null, paragraph, false, null, 0);
    }

    /** A row of the 1-based table {@code table} of a Word document, {@code row} inside that table. */
    public static RawRow ofWordTable(int number, String[] cells, int table, int row) {
        return new RawRow(number, false, cells, null, row, table, null, false, null, 0);
    }

    /** The same row, at the same place, with other cells (one line of each cell, where a cell holds several). */
    public RawRow withCells(String[] other) {
        return new RawRow(number, hidden, other, page, pageRow, wordTable, paragraph, ocr, pdfTable, tableRow);
    }

    /** The same row of a PDF page with several tables: the {@code table}-th of the page, its {@code row}-th row. */
    RawRow inPdfTable(int table, int row) {
        return new RawRow(number, hidden, cells, page, pageRow, wordTable, paragraph, ocr, table, row);
    }

    /** The same row, its text recognised by OCR in a picture of its page. */
    public RawRow readByOcr() {
        return new RawRow(number, hidden, cells, page, pageRow, wordTable, paragraph, true, pdfTable, tableRow);
    }

    /** The row number a person finds in the source: the sheet row, the row on the PDF page or in the Word table. */
    public int displayNumber() {
        if (pdfTable != null) {
            return tableRow;
        }
        return page == null && wordTable == null ? number : pageRow;
    }

    /** Where the row is, for messages: "riga 12", "pagina 4, riga 7", "pagina 4, tabella 2, riga 3", "paragrafo 26". */
    public String place() {
        return locate("", null, null).describe().replaceFirst("^, ", "");
    }

    /**
     * Where a cell of this row is, for messages and provenance: the sheet's cell, the PDF page's row and column, the
     * Word document's paragraph or table row and column. {@code column} may be null for the row as a whole.
     */
    public Location locate(String file, String sheet, Integer column) {
        if (paragraph != null) {
            return Location.ofParagraph(file, paragraph, cells.length == 0 ? null : cells[0]);
        }
        if (wordTable != null) {
            return Location.ofWordTable(file, wordTable, pageRow, column);
        }
        Location location = pdfTable != null
                ? new Location(file, null, page, pdfTable, null, tableRow, column, null)
                : Location.of(file, sheet, page, displayNumber(), column);
        return ocr ? location.readByOcr() : location;
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
