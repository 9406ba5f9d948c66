package pira.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import pira.mapping.MappingCandidate;
import pira.mapping.MappingLoader;
import pira.pipeline.ImportResult;
import pira.pipeline.Importer;
import pira.source.ReaderOptions;
import pira.source.SourceReaders;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.PageIterator;
import technology.tabula.Table;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * PDF speed against tabula alone (issue 4): a generated ruled landscape table of PAGES pages.
 * Usage: PdfBenchmark DIR PAGES ROUNDS.
 */
public final class PdfBenchmark {

    static final int ROWS_PER_PAGE = 24;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int pages = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Files.createDirectories(dir);
        Path pdf = dir.resolve("bench.pdf");
        generate(pdf, pages);
        MappingCandidate mapping = new MappingCandidate(MappingLoader.load(Path.of("bench/bench-mapping.yaml")), "bench");
        Importer importer = new Importer(List.of(), mapping);
        double tabula = ImportBenchmark.best(rounds, () -> tabulaAlone(pdf));
        System.setProperty("pira.pdf.threads", "1");
        double reader1 = ImportBenchmark.best(rounds, () -> SourceReaders.read(pdf, new ReaderOptions(null, null, "lattice", null)));
        double import1 = ImportBenchmark.best(rounds, () -> piraImport(importer, pdf, pages));
        System.setProperty("pira.pdf.threads", "2");
        double import2 = ImportBenchmark.best(rounds, () -> piraImport(importer, pdf, pages));
        System.out.printf(Locale.ROOT, "PDF generato: %d pagine rigate orizzontali, %d righe (%d KB)%n", pages,
                pages * ROWS_PER_PAGE, Files.size(pdf) / 1024);
        System.out.printf(Locale.ROOT, "PDF   tabula da solo (lattice, 1 thread)   : %7.3f s (%.0f pagine/s)%n", tabula,
                pages / tabula);
        System.out.printf(Locale.ROOT, "PDF   pira lettore, 1 thread              : %7.3f s (%.2fx tabula)%n", reader1,
                reader1 / tabula);
        System.out.printf(Locale.ROOT, "PDF   pira import completo, 1 thread      : %7.3f s (%.2fx tabula; obiettivo <= 1,3x)%n",
                import1, import1 / tabula);
        System.out.printf(Locale.ROOT, "PDF   pira import completo, 2 thread      : %7.3f s (%.2fx tabula)%n", import2,
                import2 / tabula);
    }

    private static void tabulaAlone(Path pdf) throws Exception {
        int rows = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PageIterator it = new ObjectExtractor(doc).extract();
            SpreadsheetExtractionAlgorithm sea = new SpreadsheetExtractionAlgorithm();
            while (it.hasNext()) {
                Page p = it.next();
                for (Table t : sea.extract(p)) {
                    rows += t.getRowCount();
                }
            }
        }
        if (rows == 0) {
            throw new IllegalStateException();
        }
    }

    private static void piraImport(Importer importer, Path pdf, int pages) {
        ImportResult r = importer.importFile(pdf);
        if (!r.ok() || r.plan().allIndicators().size() != pages * (ROWS_PER_PAGE - 1)) {
            throw new IllegalStateException("importazione non riuscita: " + r.error() + " "
                    + (r.ok() ? r.plan().allIndicators().size() : -1));
        }
    }

    /** Every page: the header row, then ROWS_PER_PAGE - 1 indicator rows; all cells ruled. */
    static void generate(Path pdf, int pages) throws Exception {
        float[] widths = {45, 35, 150, 140, 50, 50, 70, 35, 40, 40, 40, 60};
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        int n = 0;
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float top = 560;
                    float rowH = 21;
                    float left = 20;
                    for (int r = 0; r < ROWS_PER_PAGE; r++) {
                        String[] cells;
                        if (r == 0) {
                            cells = ImportBenchmark.HEADER;
                        } else {
                            n++;
                            int objective = (n - 1) / 10 + 1;
                            cells = new String[] {"OP" + objective, objective + "." + ((n - 1) % 10 + 1),
                                "Indicatore numero " + n, "Misura le attività " + objective, "efficacia", "percentuale",
                                "Controllo", "10%", "90%", "91%", "92%", "U.O. " + (n % 13)};
                        }
                        float x = left;
                        for (int c = 0; c < widths.length; c++) {
                            cs.addRect(x, top - (r + 1) * rowH, widths[c], rowH);
                            cs.beginText();
                            cs.setFont(font, 6.5f);
                            cs.newLineAtOffset(x + 2, top - (r + 1) * rowH + 7);
                            cs.showText(cells[c]);
                            cs.endText();
                            x += widths[c];
                        }
                    }
                    cs.stroke();
                }
            }
            doc.save(new File(pdf.toString()));
        }
    }
}
