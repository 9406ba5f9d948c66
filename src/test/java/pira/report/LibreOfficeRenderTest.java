package pira.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pira.mapping.BuiltinMappings;
import pira.model.Plan;
import pira.pipeline.Importer;
import pira.validation.ValidationContext;
import pira.validation.rules.Validator;
import pira.tools.Needs;
import pira.tools.Tool;

/**
 * A real office suite opens the report: LibreOffice (installed by .ci/run) converts it to PDF, and the PDF has
 * the pages and the text expected. Without LibreOffice this test fails and says how to install it.
 */
@Needs(Tool.LIBREOFFICE)
class LibreOfficeRenderTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeConvertsTheReportToPdf() throws Exception {
        Plan plan = new Importer(BuiltinMappings.load(), null).importWithResults(
                Path.of("samples/milano-pira-2019-2021.pdf"), Path.of("samples/milano-relazione-2019.pdf")).plan();
        Path docx = dir.resolve("relazione-2019.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxReport(plan, new Validator(ValidationContext.defaults()).validate(plan),
                    new ReportOptions(2019, null, "Relazione sulla performance 2019 - Tabelle di rendicontazione",
                            "n. 15 del 26/11/2020", LocalDate.of(2020, 11, 26), null, true)).write(out);
        }
        String soffice = PdfExport.soffice();
        assertThat(soffice).as("LibreOffice non trovato: installarlo (apt-get install libreoffice-writer) o eseguire"
                + " bash .ci/run").isNotNull();
        Process p = new ProcessBuilder(soffice, "--headless", "-env:UserInstallation=file://" + dir.resolve("profilo"),
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice entro 3 minuti").isTrue();
        Path pdf = dir.resolve("relazione-2019.pdf");
        assertThat(pdf).as(Files.exists(dir.resolve("soffice.log")) ? Files.readString(dir.resolve("soffice.log")) : "")
                .exists();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isBetween(15, 60);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isLessThan(doc.getPage(0).getMediaBox().getHeight());
            assertThat(doc.getPage(doc.getNumberOfPages() - 1).getMediaBox().getWidth())
                    .isGreaterThan(doc.getPage(doc.getNumberOfPages() - 1).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Camera di commercio di Milano Monza Brianza Lodi",
                    "Allegato alla deliberazione della Giunta n. 15 del 26/11/2020", "Sommario",
                    "Sintesi degli obiettivi strategici 2019", "1.1.1", "49,5 %", "non valutabile", "Pagina 2 di",
                    "Appendice B - File di origine");
            // every indicator of the document is on a page: a "keep with next" before a table made LibreOffice lay
            // out only the first row of it
            String lines = new PDFTextStripper().getText(doc);
            for (pira.model.Indicator i : plan.allIndicators()) {
                assertThat(lines).as("indicatore " + i.code()).containsPattern("(?m)^" + java.util.regex.Pattern
                        .quote(i.code()) + " ");
            }
            // the line that introduces a table is never the last of its page
            for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                PDFTextStripper one = new PDFTextStripper();
                one.setStartPage(n);
                one.setEndPage(n);
                List<String> onPage = one.getText(doc).lines().filter(l -> !l.isBlank() && !l.startsWith("Pagina"))
                        .toList();
                assertThat(onPage.isEmpty() ? "" : onPage.get(onPage.size() - 1)).as("ultima riga di pagina " + n)
                        .doesNotStartWith("Raggiungimento");
            }
            // no page number on the cover
            PDFTextStripper cover = new PDFTextStripper();
            cover.setStartPage(1);
            cover.setEndPage(1);
            assertThat(cover.getText(doc)).doesNotContain("Pagina");
        }
    }

    /**
     * Issue 14: with --pdf the contents have their page numbers, as LibreOffice lays the document out: in the PDF and
     * in the DOCX written with it; each entry's number is the page its heading is on.
     */
    @Test
    void thePdfHasTheContentsWithTheirPageNumbers() throws Exception {
        Plan plan = new Importer(BuiltinMappings.load(), null).importWithResults(
                Path.of("samples/milano-pira-2019-2021.pdf"), Path.of("samples/milano-relazione-2019.pdf")).plan();
        DocxReport report = new DocxReport(plan, List.of(), new ReportOptions(2019, null,
                "Relazione sulla performance 2019 - Tabelle di rendicontazione", null, null, null, true));
        PdfExport.Documents documents = PdfExport.render(report);
        try (PDDocument doc = Loader.loadPDF(documents.pdf())) {
            PDFTextStripper contents = new PDFTextStripper();
            contents.setStartPage(2);
            contents.setEndPage(2);
            String text = contents.getText(doc).replaceAll("\\s+", " ");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Missione 012 - Regolazione dei mercati\\.+\\s?(\\d+)")
                    .matcher(text);
            assertThat(m.find()).as(text).isTrue();
            PDFTextStripper page = new PDFTextStripper();
            page.setStartPage(Integer.parseInt(m.group(1)));
            page.setEndPage(Integer.parseInt(m.group(1)));
            assertThat(page.getText(doc)).contains("Missione 012 - Regolazione dei mercati");
        }
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(
                documents.docx()))) {
            assertThat(docx.getParagraphs().stream().map(p -> p.getText()))
                    .anyMatch(t -> t.matches("Missione 012 - Regolazione dei mercati\\t\\d+"));
        }
    }
}
