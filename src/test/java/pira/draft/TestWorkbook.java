package pira.draft;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A small XLSX for the draft tests, written with POI: sheets of text cells ("" for none) and merged areas. */
final class TestWorkbook {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private Sheet sheet;

    /** A new sheet with these rows, from row 1. */
    TestWorkbook sheet(String name, String[]... rows) {
        sheet = workbook.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                if (!rows[r][c].isEmpty()) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
        }
        return this;
    }

    /** Merges an area of the last sheet, "A2:A3". */
    TestWorkbook merge(String area) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(area));
        return this;
    }

    Path save(Path file) throws IOException {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }
}
