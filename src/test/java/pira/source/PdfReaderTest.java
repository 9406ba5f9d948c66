package pira.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDF tables: a ruled document (lattice, with spans and text between tables), an unruled one (stream), page
 * ranges, and the files that cannot be read. Between them these cases run every tabula class pira calls:
 * ObjectExtractor, SpreadsheetDetectionAlgorithm, SpreadsheetExtractionAlgorithm, BasicExtractionAlgorithm,
 * TextElement.mergeWords and TextChunk.groupByLines.
 */
class PdfReaderTest {

    @TempDir
    Path dir;

    private static RawTable read(Path file, String mode, String pages) throws SourceException {
        return SourceReaders.read(file, new ReaderOptions(null, null, mode, pages)).tables().get(0);
    }

    @Test
    void ruledTablesGiveTheGridWithSpansAndTheTextBetweenTables() throws Exception {
        RawTable t = read(Path.of("samples/milano-pira-2019-2021.pdf"), null, null);
        RawRow title = t.rows().get(0);
        assertThat(title.page()).isEqualTo(1);
        assertThat(title.cell(1)).startsWith("Piano degli indicatori e dei risultati attesi di bilancio");
        RawRow header = t.rows().stream().filter(r -> r.cell(1).equals("Indicatori")).findFirst().orElseThrow();
        // "Indicatori" spans the code and the name column: the next header sits over the description
        assertThat(header.cell(2)).isEmpty();
        assertThat(header.cell(3)).isEqualTo("Descrizione Indicatori");
        assertThat(t.mergeCovering(header.number(), 2)).isNotNull();
        RawRow first = t.rows().stream().filter(r -> r.cell(1).equals("3.1.1")).findFirst().orElseThrow();
        assertThat(first.cell(8)).isEqualTo("95%");
        assertThat(first.cell(2).replaceAll("\\s+", " "))
                .isEqualTo("Grado di utilizzo del budget stanziato per gli interventi economici della Camera di commercio"
                        + " (indicatore Pareto)");
        assertThat(t.rows()).anyMatch(r -> r.page() == 6 && r.cell(1).equals("Pagina 6"));
    }

    @Test
    void pageRangeLimitsWhatIsRead() throws Exception {
        RawTable t = read(Path.of("samples/milano-pira-2019-2021.pdf"), "lattice", "2-3");
        assertThat(t.rows()).extracting(RawRow::page).containsOnly(2, 3);
        assertThatThrownBy(() -> read(Path.of("samples/milano-pira-2019-2021.pdf"), null, "9-"))
                .hasMessageContaining("le pagine 9- richieste dalla mappatura non ci sono (il PDF ha 6 pagine)");
    }

    @Test
    void unruledTableIsReadInStreamMode() throws Exception {
        Path pdf = dir.resolve("senza-righe.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                String[][] rows = {{"Codice", "Indicatore", "Target 2022"}, {"1.1.1", "Pratiche evase", ">= 95%"},
                    {"1.1.2", "Sospesi giacenti", "-10%"}};
                for (int r = 0; r < rows.length; r++) {
                    for (int c = 0; c < 3; c++) {
                        cs.beginText();
                        cs.setFont(font, 10);
                        cs.newLineAtOffset(60 + c * 160, 760 - r * 18);
                        cs.showText(rows[r][c]);
                        cs.endText();
                    }
                }
            }
            doc.save(pdf.toFile());
        }
        for (String mode : new String[] {null, "stream"}) {
            RawTable t = read(pdf, mode, null);
            assertThat(t.rows()).hasSize(3);
            assertThat(t.rows().get(1).cell(1)).isEqualTo("1.1.1");
            assertThat(t.rows().get(1).cell(3)).isEqualTo(">= 95%");
            assertThat(t.rows().get(2).cell(2)).isEqualTo("Sospesi giacenti");
        }
    }

    @Test
    void anAreaLimitsWhatIsReadOnEachPage() throws Exception {
        // the title line sits above y = 40 on page 1: an area starting lower leaves it out
        RawTable all = read(Path.of("samples/milano-pira-2019-2021.pdf"), "lattice", "1");
        RawTable below = SourceReaders.read(Path.of("samples/milano-pira-2019-2021.pdf"),
                new ReaderOptions(null, null, "lattice", "1", List.of(40f, 0f, 595f, 842f))).tables().get(0);
        assertThat(all.rows().get(0).cell(1)).startsWith("Piano degli indicatori");
        assertThat(below.rows()).noneMatch(r -> r.cell(1).startsWith("Piano degli indicatori"));
        assertThat(below.rows()).anyMatch(r -> r.cell(1).equals("3.1.1"));
    }

    @Test
    void aRotatedLandscapePageIsReadUpright() throws Exception {
        Path pdf = dir.resolve("ruotata.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setRotation(90);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                // draw in landscape coordinates: the viewer turns the page by 90 degrees
                cs.transform(new org.apache.pdfbox.util.Matrix(0, 1, -1, 0, PDRectangle.A4.getWidth(), 0));
                String[][] rows = {{"Codice", "Indicatore", "Target 2022"}, {"1.1.1", "Pratiche evase", ">= 95%"},
                    {"1.1.2", "Sospesi giacenti", "-10%"}};
                for (int r = 0; r < rows.length; r++) {
                    for (int c = 0; c < 3; c++) {
                        float x = 60 + c * 200;
                        float y = 500 - r * 24;
                        cs.addRect(x, y - 6, 200, 24);
                        cs.beginText();
                        cs.setFont(font, 10);
                        cs.newLineAtOffset(x + 4, y + 2);
                        cs.showText(rows[r][c]);
                        cs.endText();
                    }
                }
                cs.stroke();
            }
            doc.save(pdf.toFile());
        }
        RawTable t = read(pdf, null, null);
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(0).cell(2)).isEqualTo("Indicatore");
        assertThat(t.rows().get(2).cell(2)).isEqualTo("Sospesi giacenti");
        assertThat(t.rows().get(2).cell(3)).isEqualTo("-10%");
    }

    @Test
    void streamModeWithColumnBoundariesFromTheMapping() throws Exception {
        Path pdf = Path.of("samples/alessandria-kpi-operativi-2020.pdf");
        RawTable guessed = read(pdf, "stream", null);
        RawTable given = SourceReaders.read(pdf, new ReaderOptions(null, null, "stream", null, null,
                List.of(95f, 640f, 690f, 740f), false)).tables().get(0);
        RawRow header = given.rows().stream().filter(r -> r.cell(1).equals("Obiettivo operativo")).findFirst()
                .orElseThrow();
        RawRow first = given.rows().stream().filter(r -> r.cell(1).equals("011-005-001")).findFirst().orElseThrow();
        // columns are rebuilt from the cells' left edges: the name column sits under "Indicatore" wherever that is
        int name = java.util.stream.IntStream.rangeClosed(1, header.width())
                .filter(c -> header.cell(c).equals("Indicatore")).findFirst().orElseThrow();
        assertThat(first.cell(name)).startsWith("Realizzazione di iniziative formative/informative");
        assertThat(first.cell(name + 2)).isEqualTo("14,29");
        assertThat(first.cell(first.width())).isEqualTo(">= 1");
        // without the boundaries, the code and the name of that row run together
        assertThat(guessed.rows()).anyMatch(r -> r.cell(1).startsWith("011-005-001 Realizzazione"));
    }

    /**
     * A scan is read, not refused: its pages are pictures, said as such, so that the import can name the cause (and
     * recognise them with --ocr). A small picture is counted too where the page has no text at all.
     */
    @Test
    void aScanWithoutTextHasItsPagesAsPictures() throws Exception {
        Path pdf = dir.resolve("scansione.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < 3; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(40, 40,
                        java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
                var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, scan);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 50, 50, 400, 400); // a picture of a page: no text
                }
            }
            doc.save(pdf.toFile());
        }
        RawDocument scan = new PdfReader().read(pdf, ReaderOptions.DETECT);
        assertThat(scan.pictures().pages()).containsExactly(1, 2, 3);
        assertThat(scan.pictures().describe()).isEqualTo("pagine 1-3: le tabelle sono immagini (nessun testo da"
                + " leggere)");
        assertThat(scan.tables().get(0).rows()).isEmpty();
    }

    /** Pages with neither text nor images (a broken cross-reference read as empty pages) are no scan. */
    @Test
    void aPdfWithNeitherTextNorImagesIsDamagedNotAScan() throws Exception {
        Path pdf = dir.resolve("vuoto.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(50, 50, 400, 300);
                cs.fill();
            }
            doc.save(pdf.toFile());
        }
        assertThatThrownBy(() -> read(pdf, null, null)).isInstanceOf(SourceException.class)
                .hasMessageContaining("vuoto.pdf: il PDF non contiene né testo né immagini: è vuoto o danneggiato");
    }

    @Test
    void aProtectedPdfSaysSo() throws Exception {
        Path pdf = dir.resolve("protetto.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("proprietario", "utente",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(pdf.toFile());
        }
        assertThatThrownBy(() -> read(pdf, null, null)).isInstanceOf(SourceException.class)
                .hasMessageStartingWith("protetto.pdf: il PDF è protetto da password");
    }

    @Test
    void aDamagedPdfSaysSo() throws IOException {
        Path pdf = Files.writeString(dir.resolve("rotto.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> resto perso");
        assertThatThrownBy(() -> read(pdf, null, null)).isInstanceOf(SourceException.class)
                .hasMessageStartingWith("rotto.pdf: il PDF è danneggiato e non si può leggere");
    }

    @Test
    void onlyOnePdfBoxLineIsOnTheClasspath() throws IOException {
        for (String cls : List.of("org/apache/pdfbox/pdmodel/PDDocument.class", "org/apache/pdfbox/io/RandomAccessRead.class",
                "org/apache/fontbox/ttf/TrueTypeFont.class")) {
            List<URL> found = Collections.list(getClass().getClassLoader().getResources(cls));
            assertThat(found).as(cls).hasSize(1);
            assertThat(found.get(0).toString()).as(cls).containsPattern("(pdfbox|fontbox|pdfbox-io)-3\\.");
        }
    }
}
