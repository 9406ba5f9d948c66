package pira.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import technology.tabula.Line;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Ruling;
import technology.tabula.Table;
import technology.tabula.TextChunk;
import technology.tabula.TextElement;
import technology.tabula.detectors.NurminenDetectionAlgorithm;
import technology.tabula.detectors.SpreadsheetDetectionAlgorithm;
import technology.tabula.extractors.BasicExtractionAlgorithm;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * tabula-java 1.0.5 was compiled against PDFBox 2; pira runs it on PDFBox 3. This runs tabula's own test PDFs
 * through that combination, every page, with the calls {@link PdfReader} makes (ObjectExtractor.extract, the
 * lattice detection and extraction, stream extraction with and without given columns, the text of the cells,
 * TextElement.mergeWords and TextChunk.groupByLines), and apart from them tabula's own table detection
 * (NurminenDetectionAlgorithm, the "guess" of tabula's command line, which pira does not call). It counts the PDFs
 * read to the end and those where an exception was thrown, split into linkage errors (NoSuchMethodError and the
 * like: the PDFBox 2 to 3 API change) and other exceptions (the file itself: a password, damage).
 *
 * <p>The PDFs are not part of pira: the test runs only when {@code -Dtabula.pdfs=DIR} (or the environment variable
 * TABULA_PDFS) names a folder holding them, e.g. tabula-java's {@code src/test/resources/technology/tabula}:
 * <pre>
 * git clone --depth 1 https://github.com/tabulapdf/tabula-java /tmp/tabula-java
 * mvn -B test -Dtest=TabulaOnPdfbox3Test -Dtabula.pdfs=/tmp/tabula-java/src/test/resources/technology/tabula
 * </pre>
 * The table, one line per PDF, is printed and written to target/tabula-pdfbox3.txt. It fails only on a linkage
 * error in pira's own calls.
 */
class TabulaOnPdfbox3Test {

    /** The user password of tabula's encrypted.pdf, as its own tests open it (pira itself asks for no password). */
    private static final String TABULAS_TEST_PASSWORD = "userpassword";

    /** What happened to one PDF: "ok", or the first exception of pira's calls and of tabula's detection. */
    private record Outcome(int pages, int tables, Throwable pira, Throwable other, Throwable load) {
    }

    @Test
    void tabulasOwnTestPdfsThroughPirasCalls() throws IOException {
        String folder = System.getProperty("tabula.pdfs", System.getenv("TABULA_PDFS"));
        Assumptions.assumeTrue(folder != null && Files.isDirectory(Path.of(folder)),
                "no folder of tabula's test PDFs: -Dtabula.pdfs=DIR (see the class comment)");
        Path root = Path.of(folder);
        List<Path> pdfs;
        try (Stream<Path> files = Files.walk(root)) {
            pdfs = files.filter(f -> f.getFileName().toString().toLowerCase().endsWith(".pdf")).sorted().toList();
        }
        Assumptions.assumeFalse(pdfs.isEmpty(), "no PDF in " + root);

        Map<String, Outcome> outcomes = new TreeMap<>();
        for (Path pdf : pdfs) {
            outcomes.put(root.relativize(pdf).toString(), run(pdf));
        }

        StringBuilder report = new StringBuilder();
        int loaded = 0;
        int piraOk = 0;
        int detectionOk = 0;
        List<String> piraLinkage = new ArrayList<>();
        for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
            Outcome o = e.getValue();
            String line;
            if (o.load() != null) {
                line = "not loaded by PDFBox 3: " + describe(o.load());
            } else {
                loaded++;
                piraOk += o.pira() == null ? 1 : 0;
                detectionOk += o.other() == null ? 1 : 0;
                if (o.pira() instanceof LinkageError) {
                    piraLinkage.add(e.getKey());
                }
                line = o.pages() + " pages, " + o.tables() + " tables; pira's calls: "
                        + (o.pira() == null ? "ok" : describe(o.pira())) + "; tabula's detection: "
                        + (o.other() == null ? "ok" : describe(o.other()));
            }
            report.append(String.format("%-55s %s%n", e.getKey(), line));
        }
        report.append(String.format("%d PDFs, %d loaded by PDFBox 3; pira's calls read %d of them to the end (%d with a"
                + " linkage error); tabula's table detection (not used by pira) %d%n", outcomes.size(), loaded, piraOk,
                piraLinkage.size(), detectionOk));
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/tabula-pdfbox3.txt"), report, StandardCharsets.UTF_8);

        assertThat(piraLinkage).as("PDFs where a call pira makes hits a PDFBox 2 API missing in PDFBox 3").isEmpty();
    }

    private static Outcome run(Path pdf) {
        PDDocument document;
        try {
            document = Loader.loadPDF(pdf.toFile());
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            try {
                document = Loader.loadPDF(pdf.toFile(), TABULAS_TEST_PASSWORD); // tabula's encrypted.pdf
            } catch (IOException | RuntimeException | LinkageError again) {
                return new Outcome(0, 0, null, null, e);
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            return new Outcome(0, 0, null, null, e);
        }
        int pages = 0;
        int tables = 0;
        Throwable pira = null;
        Throwable other = null;
        try (PDDocument open = document) {
            ObjectExtractor extractor = new ObjectExtractor(open);
            for (int p = 1; p <= open.getNumberOfPages(); p++) {
                Page page;
                try {
                    page = extractor.extract(p);
                } catch (RuntimeException | LinkageError e) {
                    pira = pira == null ? e : pira;
                    continue;
                }
                pages++;
                try {
                    tables += pirasCalls(page);
                } catch (RuntimeException | LinkageError e) {
                    pira = pira == null ? e : pira;
                }
                try {
                    new NurminenDetectionAlgorithm().detect(page);
                } catch (RuntimeException | LinkageError e) {
                    other = other == null ? e : other;
                }
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            pira = pira == null ? e : pira;
        }
        return new Outcome(pages, tables, pira, other, null);
    }

    /** What PdfReader does with a page; returns the tables found in lattice mode, or else in stream mode. */
    private static int pirasCalls(Page page) {
        page.getText().size();
        boolean ruled = !new SpreadsheetDetectionAlgorithm().detect(page).isEmpty();
        List<Table> lattice = new SpreadsheetExtractionAlgorithm().extract(page);
        List<Table> stream = new BasicExtractionAlgorithm().extract(page);
        float middle = (page.getLeft() + page.getRight()) / 2;
        List<Ruling> columns = new ArrayList<>(); // modifiable, as PdfReader's: tabula sorts it
        columns.add(new Ruling(new Point2D.Float(middle, page.getTop()), new Point2D.Float(middle, page.getBottom())));
        List<Table> given = new BasicExtractionAlgorithm(columns).extract(page);
        for (List<Table> tables : List.of(lattice, stream, given)) {
            for (Table t : tables) {
                for (List<RectangularTextContainer> row : t.getRows()) {
                    for (RectangularTextContainer c : row) {
                        c.getText();
                    }
                }
            }
        }
        List<TextChunk> words = TextElement.mergeWords(new ArrayList<>(page.getText()));
        for (Line line : TextChunk.groupByLines(words)) {
            line.getTextElements().size();
        }
        Page area = page.getArea(page.getTop(), page.getLeft(), page.getBottom(), page.getRight());
        new BasicExtractionAlgorithm().extract(area);
        return ruled ? lattice.size() : stream.size();
    }

    private static String describe(Throwable e) {
        StackTraceElement where = java.util.Arrays.stream(e.getStackTrace())
                .filter(f -> f.getClassName().startsWith("technology.tabula")).findFirst()
                .orElse(e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null);
        return e.getClass().getSimpleName() + ": " + e.getMessage() + (where == null ? "" : " at " + where);
    }
}
