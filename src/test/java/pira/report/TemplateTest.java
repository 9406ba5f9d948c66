package pira.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.docx4j.openpackaging.contenttype.ContentType;
import org.docx4j.openpackaging.contenttype.ContentTypes;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pira.mapping.BuiltinMappings;
import pira.model.Plan;
import pira.pipeline.Importer;

/** A chamber's own .dotx: its styles (here a red Title in Garamond) are the report's, its content is replaced. */
class TemplateTest {

    @TempDir
    Path dir;

    @Test
    void theReportTakesTheStylesOfTheChambersTemplate() throws Exception {
        Path dotx = dir.resolve("camera.dotx");
        WordprocessingMLPackage template = WordprocessingMLPackage.createPackage();
        template.getMainDocumentPart().getPropertyResolver().activateStyle("Title");
        Style title = template.getMainDocumentPart().getStyleDefinitionsPart().getContents().getStyle().stream()
                .filter(s -> "Title".equals(s.getStyleId())).findFirst().orElseThrow();
        org.docx4j.wml.RPr rpr = title.getRPr() == null ? new org.docx4j.wml.RPr() : title.getRPr();
        org.docx4j.wml.Color red = new org.docx4j.wml.Color();
        red.setVal("C00000");
        rpr.setColor(red);
        org.docx4j.wml.RFonts fonts = new org.docx4j.wml.RFonts();
        fonts.setAscii("Garamond");
        fonts.setHAnsi("Garamond");
        rpr.setRFonts(fonts);
        title.setRPr(rpr);
        template.getMainDocumentPart().addParagraphOfText("Testo del modello che il rapporto sostituisce");
        template.getMainDocumentPart().setContentType(new ContentType(ContentTypes.WORDPROCESSINGML_TEMPLATE));
        template.save(dotx.toFile());

        Plan plan = new Importer(BuiltinMappings.load(), null).importFile(Path.of("samples/milano-pira-2019-2021.xlsx"))
                .plan();
        Path docx = dir.resolve("rapporto.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxReport(plan, java.util.List.of(), new ReportOptions(2019, "Camera di prova", "Piano 2019", null,
                    LocalDate.of(2019, 1, 31), dotx, true)).write(out);
        }
        try (InputStream in = Files.newInputStream(docx)) {
            XWPFDocument doc = new XWPFDocument(in);
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Camera di prova");
            assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().contains("Testo del modello"));
            XWPFStyle style = doc.getStyles().getStyle("Title");
            assertThat(style.getCTStyle().toString()).contains("C00000").contains("Garamond");
            assertThat(doc.getStyles().styleExist("PiraTabella")).isTrue();
            assertThat(doc.getPackagePart().getContentType())
                    .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        }
    }
}
