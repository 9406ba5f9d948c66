package pira.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import pira.model.Location;

/**
 * Reads the old binary XLS format with POI's HSSF model (such files are small: 65,536 rows at most).
 * Formulas give their cached result, never a re-evaluation.
 */
public final class XlsReader implements SourceReader {

    @Override
    public RawDocument read(Path file, ReaderOptions options) throws SourceException {
        String name = file.getFileName().toString();
        List<RawTable> tables = new ArrayList<>();
        List<SourceNote> notes = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ITALY);
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
             HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                boolean hidden = workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s);
                if (hidden) {
                    notes.add(new SourceNote("FOGLIO-NASCOSTO", "il foglio \"" + sheet.getSheetName() + "\" è nascosto",
                            Location.ofSheet(name, sheet.getSheetName())));
                }
                tables.add(readSheet(name, sheet, hidden, formatter, notes));
            }
        } catch (EncryptedDocumentException e) {
            throw new SourceException(name + ": il file XLS è protetto da password. Rimuovere la protezione"
                    + " (File > Proprietà > Sicurezza) e salvarlo di nuovo.", e);
        } catch (IOException | RuntimeException e) {
            throw new SourceException(name + ": il file XLS è danneggiato e non si può leggere. Aprirlo con Excel o"
                    + " LibreOffice e salvarlo di nuovo.", e);
        }
        return new RawDocument(name, SourceFormat.XLS, tables, notes);
    }

    private static RawTable readSheet(String file, Sheet sheet, boolean hidden, DataFormatter formatter,
                                      List<SourceNote> notes) {
        List<RawRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            int width = Math.max(row.getLastCellNum(), 0);
            String[] cells = new String[width];
            for (int c = 0; c < width; c++) {
                Cell cell = row.getCell(c);
                cells[c] = cell == null ? "" : text(cell, formatter);
                if (cell != null && isError(cell)) {
                    notes.add(new SourceNote("ERRORE-FORMULA", "la formula dà errore " + cells[c],
                            Location.ofCell(file, sheet.getSheetName(), row.getRowNum() + 1, c + 1)));
                }
            }
            boolean rowHidden = row.getZeroHeight();
            if (rowHidden) {
                notes.add(new SourceNote("RIGA-NASCOSTA", "la riga " + (row.getRowNum() + 1)
                        + " è nascosta ma è stata letta", Location.ofRow(file, sheet.getSheetName(), row.getRowNum() + 1)));
            }
            rows.add(new RawRow(row.getRowNum() + 1, rowHidden, cells));
        }
        List<CellRange> merged = new ArrayList<>();
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            merged.add(new CellRange(r.getFirstRow() + 1, r.getLastRow() + 1, r.getFirstColumn() + 1,
                    r.getLastColumn() + 1));
        }
        return new RawTable(sheet.getSheetName(), hidden, rows, merged);
    }

    private static boolean isError(Cell cell) {
        return cell.getCellType() == CellType.ERROR
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.ERROR;
    }

    /** The text the office suite shows; for a formula, its cached result. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() != CellType.FORMULA) {
            return isError(cell) ? FormulaError.forInt(cell.getErrorCellValue()).getString()
                    : formatter.formatCellValue(cell);
        }
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "VERO" : "FALSO";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }
}
