package pira.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import pira.mapping.MappingCandidate;
import pira.mapping.MappingLoader;
import pira.pipeline.ImportResult;
import pira.pipeline.Importer;

/**
 * The long export of issue 13: INDICATORS indicators x 25 units x 4 quarters, one row each, not sorted by hierarchy.
 * Usage: ExportBenchmark DIR INDICATORS ROUNDS. Prints POI's streaming read and pira's import of the same XLSX,
 * interleaved, and their ratio; run with -Xmx256m for the memory goal.
 */
public final class ExportBenchmark {

    private static final String MAPPING = """
            id: bench-export
            document: monitoraggio
            signature: {formats: [xlsx], words: [Anno, Periodo, Indicatore]}
            header: {find: [Anno, Periodo, Indicatore]}
            columns:
              anno: "^Anno$"
              periodo: "^Periodo$"
              area: "^MacroArea$"
              os: "^ObiettivoStrategico$"
              name: "^Indicatore$"
              struttura: "^StrutturaAssegnataria$"
              valore: "^Valore$"
              avanzamento: {header: "^Avanzamento$", scale: fraction}
            levels:
              - {level: area, name: area}
              - {level: obiettivo_strategico, name: os}
            indicators:
              - name: name
                group_by: [name]
                period: periodo
                assignee: struttura
                targets: {field: valore, year_field: anno}
                progress: {field: avanzamento, year_field: anno}
            """;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int indicators = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Files.createDirectories(dir);
        Path file = dir.resolve("export.xlsx");
        int rows = 0;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Export");
            String[] header = {"Anno", "Periodo", "MacroArea", "ObiettivoStrategico", "Indicatore",
                "StrutturaAssegnataria", "Valore", "Avanzamento"};
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            // quarter by quarter, then unit, then indicator: the hierarchy comes back in every block
            for (int q = 1; q <= 4; q++) {
                for (int u = 1; u <= 25; u++) {
                    for (int i = 0; i < indicators; i++) {
                        Row r = sheet.createRow(++rows);
                        r.createCell(0).setCellValue("2020");
                        r.createCell(1).setCellValue(String.valueOf(q));
                        r.createCell(2).setCellValue("Area " + (i % 5 + 1));
                        r.createCell(3).setCellValue("Obiettivo " + (i % 5 + 1) + "." + (i % 40 + 1));
                        r.createCell(4).setCellValue("Indicatore numero " + i + " dell'esportazione, con un testo"
                                + " lungo come quelli veri, che descrive che cosa si misura e come");
                        r.createCell(5).setCellValue("Struttura " + u);
                        r.createCell(6).setCellValue("100%");
                        r.createCell(7).setCellValue(String.valueOf(q / 4.0).replace('.', ','));
                    }
                }
            }
            wb.write(out);
        }
        Importer importer = new Importer(List.of(),
                new MappingCandidate(MappingLoader.parse("bench-export.yaml", MAPPING), "bench-export"));
        double raw = Double.MAX_VALUE;
        double pira = Double.MAX_VALUE;
        List<Double> ratios = new java.util.ArrayList<>();
        for (int round = 0; round <= rounds; round++) { // the first round warms up
            long t0 = System.nanoTime();
            ImportBenchmark.rawStreaming(file);
            long t1 = System.nanoTime();
            ImportResult result = importer.importFile(file);
            long t2 = System.nanoTime();
            if (!result.ok() || result.plan().allIndicators().size() != indicators) {
                throw new IllegalStateException("importazione non riuscita: " + result.error());
            }
            if (round > 0) {
                raw = Math.min(raw, (t1 - t0) / 1e9);
                pira = Math.min(pira, (t2 - t1) / 1e9);
                ratios.add((double) (t2 - t1) / (t1 - t0));
            }
        }
        // the machine is noisy: the best times of each, and the median of the rounds' own ratios
        java.util.Collections.sort(ratios);
        System.out.printf(Locale.ROOT, "XLSX  esportazione lunga, %d righe (%d indicatori x 25 strutture x 4"
                + " trimestri): POI streaming %.3f s, pira %.3f s (%.2fx; mediana dei giri %.2fx), heap max %d MB%n",
                rows, indicators, raw, pira, pira / raw, ratios.get(ratios.size() / 2),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
