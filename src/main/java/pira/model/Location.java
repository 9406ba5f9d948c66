package pira.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where something was read: the file, the sheet (or page), the 1-based row and column,
 * and the A1 reference of the cell where the source is a spreadsheet. In a Word document: the paragraph, or the
 * table with the row and column inside it.
 * Created when a cell is read and carried into the model and into every finding. {@code ocr} is true where the text was
 * recognised in a picture of the page (OCR), so may be misread: absent otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(String file, String sheet, Integer page, Integer table, Integer paragraph, Integer row,
                       Integer column, String cell, Boolean ocr, String excerpt) {

    /** Words of a paragraph that name it to a person: a Word document's paragraph numbers are not shown by Word. */
    private static final int EXCERPT_WORDS = 6;

    public Location(String file, String sheet, Integer page, Integer table, Integer paragraph, Integer row,
                    Integer column, String cell) {
        this(file, sheet, page, table, paragraph, row, column, cell, null, null);
    }

    public Location(String file, String sheet, Integer page, Integer table, Integer paragraph, Integer row,
                    Integer column, String cell, Boolean ocr) {
        this(file, sheet, page, table, paragraph, row, column, cell, ocr, null);
    }

    /** The same place, its text recognised by OCR in a picture. */
    public Location readByOcr() {
        return new Location(file, sheet, page, table, paragraph, row, column, cell, Boolean.TRUE, excerpt);
    }

    /** Whether the text here was recognised by OCR. */
    public boolean fromOcr() {
        return Boolean.TRUE.equals(ocr);
    }

    public static Location ofCell(String file, String sheet, int row, int column) {
        return new Location(file, sheet, null, null, null, row, column, a1(row, column));
    }

    /** The 1-based paragraph of a Word document (counted outside tables). */
    public static Location ofParagraph(String file, int paragraph) {
        return new Location(file, null, null, null, paragraph, null, null, null);
    }

    /** A paragraph with its first words, which find it in the document ("Obiettivo operativo 1.1 - ..."). */
    public static Location ofParagraph(String file, int paragraph, String text) {
        String[] words = text == null ? new String[0] : text.strip().split("\\s+");
        String excerpt = words.length == 0 || words[0].isEmpty() ? null : String.join(" ",
                java.util.Arrays.copyOf(words, Math.min(words.length, EXCERPT_WORDS)))
                + (words.length > EXCERPT_WORDS ? " ..." : "");
        return new Location(file, null, null, null, paragraph, null, null, null, null, excerpt);
    }

    /** A cell of the 1-based table of a Word document: the row and column inside that table. */
    public static Location ofWordTable(String file, int table, int row, Integer column) {
        return new Location(file, null, null, table, null, row, column, null);
    }

    public static Location ofSheet(String file, String sheet) {
        return new Location(file, sheet, null, null, null, null, null, null);
    }

    /** A cell of a spreadsheet (page null, with its A1 reference) or of a PDF table (page, row on the page, column). */
    public static Location of(String file, String sheet, Integer page, int row, Integer column) {
        if (page == null) {
            return column == null ? ofRow(file, sheet, row) : ofCell(file, sheet, row, column);
        }
        return new Location(file, null, page, null, null, row, column, null);
    }

    public static Location ofRow(String file, String sheet, int row) {
        return new Location(file, sheet, null, null, null, row, null, null);
    }

    public static Location ofFile(String file) {
        return new Location(file, null, null, null, null, null, null, null);
    }

    /** Column letters of the first 702 columns (A to ZZ), computed once: every value read needs one. */
    private static final String[] LETTERS = new String[703];

    static {
        for (int c = 1; c < LETTERS.length; c++) {
            LETTERS[c] = letters(c);
        }
    }

    /** Spreadsheet column letters: "A" for 1, "AA" for 27. */
    public static String columnLetters(int column) {
        return column < LETTERS.length ? LETTERS[column] : letters(column);
    }

    /** Spreadsheet reference such as "C12" for 1-based row 12, column 3. */
    public static String a1(int row, int column) {
        return (column < LETTERS.length ? LETTERS[column] : letters(column)) + row;
    }

    private static String letters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    /** Italian description for messages: "file.xlsx, foglio Piano, cella C12", "file.docx, tabella 2, riga 3". */
    public String describe() {
        StringBuilder sb = new StringBuilder(file == null ? "?" : file);
        if (sheet != null && !sheet.equals(file)) { // a CSV is its own only sheet
            sb.append(", foglio ").append(sheet);
        }
        if (page != null) {
            sb.append(", pagina ").append(page);
        }
        if (paragraph != null) {
            sb.append(", paragrafo ").append(paragraph);
            if (excerpt != null) {
                sb.append(" («").append(excerpt).append("»)");
            }
        }
        if (table != null) {
            sb.append(", tabella ").append(table);
        }
        if (cell != null) {
            sb.append(", cella ").append(cell);
        } else if (row != null) {
            sb.append(", riga ").append(row);
            if (column != null) {
                sb.append(", colonna ").append(column);
            }
        }
        return sb.toString();
    }
}
