package pira.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import pira.mapping.MappingCandidate;
import pira.mapping.MappingLoader;
import pira.pipeline.ImportResult;
import pira.pipeline.Importer;

/**
 * Merged cells (issue 12): a sheet of ROWS action rows whose strategic objective is merged down over 100 rows and
 * operational objective over 10, as a Sondrio-like plan of that size. Usage: MergedBenchmark DIR ROWS. Writes the
 * file, imports it once and prints the time; run it with -Xmx128m to check the memory goal.
 */
public final class MergedBenchmark {

    private static final String MAPPING = """
            id: bench-unite
            document: piano
            signature: {formats: [xlsx], words: [Azione]}
            header: {find: [Obiettivo strategico, Azione]}
            columns:
              os: "^Obiettivo strategico$"
              op: "^Obiettivo operativo$"
              az_code: "^Codice azione$"
              az_name: "^Azione$"
              target: "^Target (?<year>20\\\\d\\\\d)$"
            levels:
              - {level: obiettivo_strategico, name: os}
              - {level: obiettivo_operativo, name: op}
              - {level: azione, code: az_code, name: az_name}
            indicators:
              - code: az_code
                name: az_name
                targets: target
            """;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        Files.createDirectories(dir);
        Path file = dir.resolve("unite.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Piano");
            Row header = sheet.createRow(0);
            String[] names = {"Obiettivo strategico", "Obiettivo operativo", "Codice azione", "Azione", "Target 2022"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i + 1);
                if (i % 100 == 0) {
                    row.createCell(0).setCellValue("OS " + (i / 100 + 1));
                    sheet.addMergedRegionUnsafe(new CellRangeAddress(i + 1, Math.min(i + 100, rows), 0, 0));
                }
                if (i % 10 == 0) {
                    row.createCell(1).setCellValue("OP " + (i / 10 + 1));
                    sheet.addMergedRegionUnsafe(new CellRangeAddress(i + 1, Math.min(i + 10, rows), 1, 1));
                }
                row.createCell(2).setCellValue((i / 100 + 1) + "." + (i / 10 % 10 + 1) + "." + (i % 10 + 1));
                row.createCell(3).setCellValue("Attività numero " + i);
                row.createCell(4).setCellValue(">= " + (i % 50));
            }
            wb.write(out);
        }
        Importer importer = new Importer(List.of(),
                new MappingCandidate(MappingLoader.parse("bench-unite.yaml", MAPPING), "bench-unite"));
        long start = System.nanoTime();
        ImportResult result = importer.importFile(file);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!result.ok()) {
            throw new IllegalStateException(result.error());
        }
        System.out.printf(java.util.Locale.ROOT, "XLSX  %d righe con celle unite (%d intervalli): %.3f s, %d indicatori,"
                + " heap max %d MB%n", rows, rows / 10 + rows / 100, seconds, result.plan().allIndicators().size(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
