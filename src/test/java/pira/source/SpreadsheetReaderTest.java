package pira.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** XLSX (streaming) and XLS read the same workbook the same way. */
class SpreadsheetReaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void readsDisplayedTextMergesHiddenRowsAndFormulaErrors(String format) throws Exception {
        Path file = dir.resolve("prova." + format);
        try (Workbook wb = format.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Piano");
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Obiettivo");
            header.createCell(1).setCellValue("Target");
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            Row r1 = sheet.createRow(1);
            r1.createCell(0).setCellValue("1.1 Capitale umano");
            Cell pct = r1.createCell(1);
            pct.setCellValue(0.0325);
            pct.setCellStyle(percent);
            Row r2 = sheet.createRow(2);
            Cell d = r2.createCell(1);
            d.setCellValue(new GregorianCalendar(2019, Calendar.DECEMBER, 31));
            d.setCellStyle(date);
            r2.setZeroHeight(true);
            Row r3 = sheet.createRow(3);
            r3.createCell(0).setCellFormula("2*3");
            r3.createCell(1).setCellFormula("1/0");
            r3.createCell(2).setCellValue(1300.5);
            wb.createSheet("Nascosto");
            wb.setSheetHidden(1, true);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        RawDocument doc = SourceReaders.read(file, ReaderOptions.DETECT);
        assertThat(doc.format().id()).isEqualTo(format);
        RawTable t = doc.tables().get(0);
        assertThat(t.name()).isEqualTo("Piano");
        assertThat(t.rows()).extracting(RawRow::number).containsExactly(1, 2, 3, 4);
        assertThat(t.rows().get(1).cell(2)).isEqualTo("3,25%");
        assertThat(t.rows().get(2).cell(2)).isEqualTo("31/12/2019");
        assertThat(t.rows().get(2).hidden()).isTrue();
        assertThat(t.rows().get(3).cell(1)).isEqualTo("6");
        assertThat(t.rows().get(3).cell(2)).isEqualTo("#DIV/0!");
        assertThat(t.rows().get(3).cell(3)).isEqualTo("1300,5");
        assertThat(t.merged()).containsExactly(new CellRange(2, 3, 1, 1));
        assertThat(t.mergeCovering(3, 1)).isEqualTo(new CellRange(2, 3, 1, 1));
        assertThat(t.mergeCovering(2, 1)).isNull();
        assertThat(doc.tables().get(1).hidden()).isTrue();
        assertThat(doc.notes()).extracting(SourceNote::code, n -> n.location().describe())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("FOGLIO-NASCOSTO", "prova." + format + ", foglio Nascosto"),
                        org.assertj.core.groups.Tuple.tuple("RIGA-NASCOSTA", "prova." + format + ", foglio Piano, riga 3"),
                        org.assertj.core.groups.Tuple.tuple("ERRORE-FORMULA", "prova." + format + ", foglio Piano, cella B4"));
    }
}
