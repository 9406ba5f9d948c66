package pira.source;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import pira.archive.ArchiveGuard;

/**
 * Reads Word documents (DOCX) with POI's XWPF: the paragraphs and the rows of the tables, in document order,
 * become the rows of one raw table, so table mappings (headers, openers, descriptions) work on them as on a
 * sheet. A cell spanning columns (gridSpan) or continuing a vertical merge (vMerge) is reported as a merged
 * range. Rows are numbered in document order (merged ranges use that number); each also knows its paragraph, or
 * its table and row inside it, which is what messages show. Inside a cell each paragraph and each line break
 * starts a new line ("\n"). The text of a content control (w:sdt) is read as paragraphs.
 */
public final class DocxReader implements SourceReader {

    @Override
    public RawDocument read(Path file, ReaderOptions options) throws SourceException {
        String name = file.getFileName().toString();
        List<RawRow> rows = new ArrayList<>();
        List<CellRange> merged = new ArrayList<>();
        Pictures pictures;
        try {
            ArchiveGuard.check(file, name);
        } catch (ArchiveGuard.Refused e) {
            throw new SourceException(e.getMessage(), e);
        }
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            int paragraphs = 0;
            int tables = 0;
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    rows.add(RawRow.ofParagraph(rows.size() + 1, p.getText(), ++paragraphs));
                } else if (element instanceof XWPFTable t) {
                    readTable(t, ++tables, rows, merged);
                } else if (element instanceof XWPFSDT control) {
                    // a content control (forms, vendor templates): POI gives its text, one paragraph a line
                    for (String line : control.getContent().getText().split("\n")) {
                        rows.add(RawRow.ofParagraph(rows.size() + 1, line, ++paragraphs));
                    }
                }
            }
            // the pictures drawn, not the image parts: one image pasted twice is stored once
            int drawn = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .mapToInt(r -> r.getEmbeddedPictures().size()).sum();
            pictures = new Pictures(List.of(), drawn, tables == 0);
        } catch (EncryptedDocumentException e) {
            throw new SourceException(name + ": il documento è protetto da password. Salvarlo senza protezione.", e);
        } catch (IOException | POIXMLException | OpenXML4JRuntimeException | UnsupportedFileFormatException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw new SourceException(ArchiveGuard.message(name, null), e);
            }
            throw new SourceException(name + ": il documento DOCX è danneggiato e non si può leggere. Aprirlo con Word o"
                    + " LibreOffice e salvarlo di nuovo.", e);
        }
        return new RawDocument(name, SourceFormat.DOCX, List.of(new RawTable(name, false, rows, merged)), List.of(),
                pictures);
    }

    /** Word's own limit on the columns of a table. */
    static final int MAX_COLUMNS = 63;

    private static void readTable(XWPFTable table, int index, List<RawRow> rows, List<CellRange> merged) {
        // the vertical merges still open, one per column where a merge restarted; extended while it continues
        List<CellRange> open = new ArrayList<>();
        int first = rows.size();
        for (XWPFTableRow tr : table.getRows()) {
            int number = rows.size() + 1;
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell tc : tr.getTableCells()) {
                int column = cells.size() + 1;
                CTTcPr pr = tc.getCTTc().getTcPr();
                int span = span(pr);
                boolean merging = pr != null && pr.isSetVMerge();
                // a vMerge without a value continues the merge above
                boolean restarts = merging && pr.getVMerge().getVal() == STMerge.RESTART;
                boolean continues = merging && !restarts;
                cells.add(continues ? "" : text(tc));
                for (int i = 1; i < span; i++) {
                    cells.add("");
                }
                if (span > 1) {
                    merged.add(new CellRange(number, number, column, column + span - 1));
                }
                if (continues) {
                    open.replaceAll(r -> r.firstColumn() == column
                            ? new CellRange(r.firstRow(), number, r.firstColumn(), r.lastColumn()) : r);
                } else if (restarts) {
                    open.removeIf(r -> r.firstColumn() == column);
                    open.add(new CellRange(number, number, column, column + span - 1));
                }
            }
            rows.add(RawRow.ofWordTable(number, cells.toArray(new String[0]), index, number - first));
        }
        for (CellRange r : open) {
            if (r.lastRow() > r.firstRow()) {
                merged.add(r);
            }
        }
    }

    /** A cell's paragraphs one per line (XWPF's own getText runs them together: "Peso 25 %Stato 2"). */
    private static String text(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                lines.add(p.getText());
            } else if (element instanceof XWPFTable t) {
                lines.add(t.getText());
            }
        }
        return String.join("\n", lines);
    }

    /**
     * The columns a cell spans, at most {@link #MAX_COLUMNS}: a damaged or hostile file can say two billion, which
     * would fill the memory with empty cells.
     */
    private static int span(CTTcPr pr) {
        if (pr == null || !pr.isSetGridSpan()) {
            return 1;
        }
        BigInteger v = pr.getGridSpan().getVal();
        if (v == null || v.signum() <= 0) {
            return 1;
        }
        return v.min(BigInteger.valueOf(MAX_COLUMNS)).intValue();
    }
}
