package pira.source;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF whose tables are pictures, as a Relazione written in LaTeX or Word with its tables pasted as images: each page
 * of a bundled sample rendered to an image and drawn on a page of the same size, with a line of real text (a
 * caption) above it where asked.
 */
public final class PicturePdf {

    private PicturePdf() {
    }

    public static Path of(Path sample, Path target, float dpi, String caption) throws IOException {
        try (PDDocument source = Loader.loadPDF(sample.toFile()); PDDocument out = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int p = 0; p < source.getNumberOfPages(); p++) {
                PDRectangle box = source.getPage(p).getMediaBox();
                BufferedImage image = renderer.renderImageWithDPI(p, dpi, ImageType.RGB);
                PDPage page = new PDPage(box);
                out.addPage(page);
                PDImageXObject picture = LosslessFactory.createFromImage(out, image);
                try (PDPageContentStream content = new PDPageContentStream(out, page)) {
                    content.drawImage(picture, 0, 0, box.getWidth(), box.getHeight());
                    if (caption != null) {
                        content.beginText();
                        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 8);
                        content.newLineAtOffset(30, 10);
                        content.showText(caption + " " + (p + 1));
                        content.endText();
                    }
                }
            }
            out.save(target.toFile());
        }
        return target;
    }
}
