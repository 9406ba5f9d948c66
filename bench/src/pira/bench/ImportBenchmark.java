package pira.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import pira.mapping.MappingCandidate;
import pira.mapping.MappingLoader;
import pira.pipeline.ImportResult;
import pira.pipeline.Importer;

/**
 * Import speed against the raw libraries on generated files (issue 2, "Speed and memory").
 * Usage: ImportBenchmark DIR ROWS ROUNDS. Prints the best time of ROUNDS warm runs of each case.
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Files.createDirectories(dir);
        Path xlsx = dir.resolve("bench.xlsx");
        Path csv = dir.resolve("bench.csv");
        generate(xlsx, csv, rows);
        MappingCandidate mapping = new MappingCandidate(MappingLoader.load(Path.of("bench/bench-mapping.yaml")), "bench");
        Importer importer = new Importer(List.of(), mapping);

        double streaming = best(rounds, () -> rawStreaming(xlsx));
        double usermodel = best(Math.min(rounds, 3), () -> rawUsermodel(xlsx));
        double piraXlsx = best(rounds, () -> piraImport(importer, xlsx, rows));
        double rawCsv = best(rounds, () -> rawCsv(csv));
        double piraCsv = best(rounds, () -> piraImport(importer, csv, rows));

        System.out.printf(Locale.ROOT, "righe generate: %d x 12 colonne (%s, %d KB; %s, %d KB)%n", rows,
                xlsx.getFileName(), Files.size(xlsx) / 1024, csv.getFileName(), Files.size(csv) / 1024);
        System.out.printf(Locale.ROOT, "XLSX  POI streaming (SAX) grezzo : %7.3f s%n", streaming);
        System.out.printf(Locale.ROOT, "XLSX  POI usermodel grezzo       : %7.3f s%n", usermodel);
        System.out.printf(Locale.ROOT, "XLSX  pira import                : %7.3f s  (%.2fx lo streaming; obiettivo <= 1,5x)%n",
                piraXlsx, piraXlsx / streaming);
        System.out.printf(Locale.ROOT, "CSV   commons-csv grezzo         : %7.3f s%n", rawCsv);
        System.out.printf(Locale.ROOT, "CSV   pira import                : %7.3f s  (%.2fx il grezzo; obiettivo <= 3x)%n",
                piraCsv, piraCsv / rawCsv);
    }

    /** One timed case of a benchmark. */
    interface Run {
        void run() throws Exception;
    }

    /** The best time of {@code rounds} warm runs (one run first to warm up), in seconds. */
    static double best(int rounds, Run run) throws Exception {
        run.run(); // warm-up
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            run.run();
            times.add((System.nanoTime() - t0) / 1e9);
        }
        return Collections.min(times);
    }

    private static void piraImport(Importer importer, Path file, int rows) {
        ImportResult r = importer.importFile(file);
        if (!r.ok() || r.plan().allIndicators().size() != rows) {
            throw new IllegalStateException("importazione non riuscita: " + r.error());
        }
    }

    /** The bare streaming read: every cell's formatted text handed to a consumer. */
    static void rawStreaming(Path xlsx) throws Exception {
        long[] count = new long[1];
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                            new XSSFSheetXMLHandler.SheetContentsHandler() {
                                public void startRow(int r) { }
                                public void endRow(int r) { }
                                public void cell(String ref, String value, XSSFComment c) {
                                    count[0] += value.length();
                                }
                            }, new DataFormatter(Locale.ITALY), false));
                    xml.parse(new InputSource(in));
                }
            }
        }
        if (count[0] == 0) {
            throw new IllegalStateException();
        }
    }

    private static void rawUsermodel(Path xlsx) throws Exception {
        long count = 0;
        DataFormatter f = new DataFormatter(Locale.ITALY);
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    count += f.formatCellValue(cell).length();
                }
            }
        }
        if (count == 0) {
            throw new IllegalStateException();
        }
    }

    private static void rawCsv(Path csv) throws Exception {
        long count = 0;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.DEFAULT.builder().setDelimiter(';').build().parse(r)) {
            for (CSVRecord rec : p) {
                for (String v : rec) {
                    count += v.length();
                }
            }
        }
        if (count == 0) {
            throw new IllegalStateException();
        }
    }

    static final String[] HEADER = {"Obiettivo", "Codice", "Indicatore", "Descrizione", "Tipologia", "Unità", "Fonte",
        "Peso", "Target 2022", "Target 2023", "Target 2024", "Responsabile"};

    /** The same rows as XLSX (typed percentage and number cells) and as CSV (semicolon, decimal comma). */
    static void generate(Path xlsx, Path csv, int rows) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            Sheet sheet = wb.createSheet("Indicatori");
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            Row h = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                h.createCell(c).setCellValue(HEADER[c]);
            }
            w.write(String.join(";", HEADER) + "\n");
            for (int i = 1; i <= rows; i++) {
                int objective = (i - 1) / 10 + 1;
                String code = objective + "." + ((i - 1) % 10 + 1);
                String[] text = {"OP" + objective, code, "Indicatore numero " + i + " del piano",
                    "Misura la realizzazione delle attività previste per l'obiettivo " + objective, "efficacia",
                    "percentuale", "Controllo di gestione"};
                Row r = sheet.createRow(i);
                List<String> line = new ArrayList<>(List.of(text));
                for (int c = 0; c < text.length; c++) {
                    r.createCell(c).setCellValue(text[c]);
                }
                Cell weight = r.createCell(7);
                weight.setCellValue(0.1);
                weight.setCellStyle(pct);
                line.add("10,00%");
                for (int y = 0; y < 3; y++) {
                    Cell t = r.createCell(8 + y);
                    t.setCellValue(0.9 + y * 0.01 + (i % 7) / 1000.0);
                    t.setCellStyle(pct);
                    line.add(String.format(Locale.ITALY, "%.2f%%", (0.9 + y * 0.01 + (i % 7) / 1000.0) * 100));
                }
                r.createCell(11).setCellValue("U.O. " + (i % 13));
                line.add("U.O. " + (i % 13));
                w.write(String.join(";", line) + "\n");
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
            wb.dispose();
        }
    }
}
