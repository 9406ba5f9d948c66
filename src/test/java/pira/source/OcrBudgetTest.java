package pira.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25: OCR within a budget. A huge page is rendered at the resolution that fits the pixel budget (a 20,000 ×
 * 20,000 picture took 137 s and 2.6 GB), the recognition of a file stops at its time limit and says so, and a PDF of
 * pictures where OCR finds no text is not called "without text or images".
 */
class OcrBudgetTest {

    @TempDir
    Path dir;

    @Test
    void aHugePageIsRenderedWithinThePixelBudget() {
        // A4 at 300 dpi: 8.7 million pixels, within the budget
        assertThat(Ocr.dpi(595, 842, Ocr.MAX_PIXELS)).isEqualTo(300f);
        // a 20,000-point page (a 20,000-pixel picture at 72 dpi): 300 dpi would be 21 billion pixels
        float dpi = Ocr.dpi(20_000, 20_000, Ocr.MAX_PIXELS);
        assertThat(dpi).isLessThan(300f).isGreaterThan(Ocr.MIN_DPI);
        double pixels = Math.pow(20_000 / 72.0 * dpi, 2);
        assertThat(pixels).isLessThanOrEqualTo(Ocr.MAX_PIXELS);
    }

    @Test
    void aPageOverTheBudgetIsReducedAndSaid() throws Exception {
        Path pdf = picture(dir.resolve("grande.pdf"), true);
        long before = Ocr.maxPixels;
        Ocr.maxPixels = 2_000_000; // an A4 page at 300 dpi has 8.7 million
        try (Ocr ocr = Ocr.recognise(pdf, List.of(1))) {
            assertThat(ocr.reduced()).singleElement().asString().startsWith("pagina 1 a ").endsWith(" dpi");
            RawDocument read = new PdfReader().read(ocr, "grande.pdf", ReaderOptions.DETECT);
            assertThat(read.notes().get(0).message()).contains("risoluzione ridotta: pagina 1 a ");
        } finally {
            Ocr.maxPixels = before;
        }
    }

    @Test
    void theRecognitionStopsAtItsTimeLimitAndSaysWhere() throws Exception {
        Path pdf = picture(dir.resolve("lento.pdf"), true);
        Ocr.setLimit(Duration.ofNanos(1));
        try {
            assertThatThrownBy(() -> Ocr.recognise(pdf, List.of(1))).isInstanceOf(SourceException.class)
                    .hasMessageContaining("lento.pdf: il riconoscimento del testo (OCR) si è fermato al limite di")
                    .hasMessageContaining("alla pagina 1 di 1").hasMessageContaining("--limite-ocr");
        } finally {
            Ocr.setLimit(Ocr.DEFAULT_LIMIT);
        }
    }

    @Test
    void aPictureWithoutTextIsSaidAsSuchNotAsAnEmptyPdf() throws Exception {
        Path pdf = picture(dir.resolve("bianca.pdf"), false);
        try (Ocr ocr = Ocr.recognise(pdf, List.of(1))) {
            assertThatThrownBy(() -> new PdfReader().read(ocr, "bianca.pdf", ReaderOptions.DETECT))
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("bianca.pdf: la pagina 1 è un'immagine, ma il riconoscimento del testo (OCR)"
                            + " non vi ha trovato testo")
                    .message().doesNotContain("né testo né immagini");
        }
    }

    /** An A4 page that is one picture at 300 dpi, with a few lines of text or blank. */
    private static Path picture(Path target, boolean text) throws Exception {
        BufferedImage image = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        if (text) {
            g.setColor(Color.BLACK);
            g.setFont(new Font("DejaVu Sans", Font.PLAIN, 60));
            for (int r = 0; r < 5; r++) {
                g.drawString("Indicatore 1." + r + " target 2020 valore " + (10 * r), 150, 300 + r * 120);
            }
        }
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(LosslessFactory.createFromImage(doc, image), 0, 0, 595, 842);
            }
            doc.save(target.toFile());
        }
        return target;
    }
}
