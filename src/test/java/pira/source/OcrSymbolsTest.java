package pira.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pira.tools.Needs;
import pira.tools.Tool;

/**
 * What OCR makes of the comparison signs of targets, measured: a table of targets drawn as a picture ("≥1", "≥ 90%",
 * "≤ 5 gg") and recognised. Tesseract 5.3 with the Italian data reads "≥1" as "=1", "≥ 90%" as "> 90%" and "≤ 5 gg"
 * as "<5 gg": plausible targets with another meaning, which is why every value read by OCR is to be checked. If this
 * test fails after a Tesseract upgrade, the list of misreadings in mappings/README.md must follow.
 */
@Needs(Tool.TESSERACT)
class OcrSymbolsTest {

    @TempDir
    Path dir;

    @Test
    void comparisonSignsAreMisreadAndEveryRowIsMarked() throws Exception {
        Path pdf = dir.resolve("target-immagine.pdf");
        BufferedImage image = new BufferedImage(2480, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 40));
        String[][] rows = {{"Indicatore", "Peso", "Target 2020"}, {"Imprese assistite", "50", "≥1"},
            {"Pratiche evase nei termini", "50", "≥ 90%"}, {"Tempo medio", "30", "≤ 5 gg"}};
        for (int r = 0; r < rows.length; r++) {
            g.drawString(rows[r][0], 100, 120 + r * 110);
            g.drawString(rows[r][1], 1400, 120 + r * 110);
            g.drawString(rows[r][2], 1800, 120 + r * 110);
        }
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                // 2480 px across the A4 width: 300 dpi
                content.drawImage(LosslessFactory.createFromImage(doc, image), 0, 842 - 144, 595, 144);
            }
            doc.save(pdf.toFile());
        }
        RawDocument pictures = new PdfReader().read(pdf, ReaderOptions.DETECT);
        assertThat(pictures.pictures().pages()).containsExactly(1);
        try (Ocr ocr = Ocr.recognise(pdf, pictures.pictures().pages())) {
            RawDocument read = new PdfReader().read(ocr, "target-immagine.pdf",
                    new ReaderOptions(null, null, "stream", null, null, List.of(300f, 420f), false));
            List<RawRow> lines = read.tables().get(0).rows().stream().filter(r -> !r.isBlank()).toList();
            assertThat(lines).hasSize(4);
            assertThat(lines).allSatisfy(r -> assertThat(r.locate("f.pdf", null, 3).fromOcr()).isTrue());
            assertThat(lines.get(1).cell(1)).isEqualTo("Imprese assistite");
            assertThat(lines.stream().map(r -> r.cell(3)).toList()).containsExactly("Target 2020", "=1", "> 90%",
                    "<5 gg");
        }
    }
}
