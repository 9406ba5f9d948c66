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

    /**
     * Issue 14: the template's header (a logo) and footer are referenced by every section of the report; without a
     * template footer every page says "Pagina X di Y". Language, fonts, fields to update and properties are set.
     */
    @Test
    void theTemplatesHeaderAndFooterAreOnEveryPage() throws Exception {
        Path dotx = dir.resolve("camera-logo.dotx");
        WordprocessingMLPackage template = WordprocessingMLPackage.createPackage();
        var main = template.getMainDocumentPart();
        var header = new org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart();
        var headerRel = main.addTargetPart(header);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        var logo = org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage.createImagePart(template,
                header, png.toByteArray());
        org.docx4j.wml.Hdr hdr = new org.docx4j.wml.Hdr();
        org.docx4j.wml.P p = new org.docx4j.wml.P();
        org.docx4j.wml.R r = new org.docx4j.wml.R();
        org.docx4j.wml.Drawing drawing = new org.docx4j.wml.Drawing();
        drawing.getAnchorOrInline().add(logo.createImageInline("logo", "Logo della Camera", 1, 2, false));
        r.getContent().add(drawing);
        p.getContent().add(r);
        hdr.getContent().add(p);
        header.setJaxbElement(hdr);
        var footer = new org.docx4j.openpackaging.parts.WordprocessingML.FooterPart();
        var footerRel = main.addTargetPart(footer);
        footer.setJaxbElement((org.docx4j.wml.Ftr) org.docx4j.XmlUtils.unmarshalString("<w:ftr xmlns:w=\""
                + WordXml.W + "\"><w:p><w:r><w:t>Camera di prova - via Roma 1</w:t></w:r></w:p></w:ftr>"));
        org.docx4j.wml.SectPr sectPr = new org.docx4j.wml.SectPr();
        org.docx4j.wml.HeaderReference hr = new org.docx4j.wml.HeaderReference();
        hr.setId(headerRel.getId());
        hr.setType(org.docx4j.wml.HdrFtrRef.DEFAULT);
        org.docx4j.wml.FooterReference fr = new org.docx4j.wml.FooterReference();
        fr.setId(footerRel.getId());
        fr.setType(org.docx4j.wml.HdrFtrRef.DEFAULT);
        sectPr.getEGHdrFtrReferences().add(hr);
        sectPr.getEGHdrFtrReferences().add(fr);
        main.getJaxbElement().getBody().setSectPr(sectPr);
        main.setContentType(new ContentType(ContentTypes.WORDPROCESSINGML_TEMPLATE));
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
            String body = doc.getDocument().getBody().toString();
            int sections = body.split("<w:sectPr", -1).length - 1;
            assertThat(sections).isGreaterThanOrEqualTo(2);
            assertThat(body.split("<w:headerReference", -1).length - 1).isEqualTo(sections);
            assertThat(body.split("<w:footerReference", -1).length - 1).isEqualTo(sections);
            assertThat(doc.getHeaderList()).singleElement().satisfies(h -> assertThat(h.getAllPictures()).hasSize(1));
            assertThat(doc.getFooterList()).singleElement().satisfies(f ->
                    assertThat(f.getText()).contains("Camera di prova - via Roma 1"));
        }
    }

    @Test
    void withoutATemplateFooterEveryPageIsNumberedAndTheDocumentIsItalian() throws Exception {
        Plan plan = new Importer(BuiltinMappings.load(), null).importFile(Path.of("samples/milano-pira-2019-2021.xlsx"))
                .plan();
        Path docx = dir.resolve("rapporto.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxReport(plan, java.util.List.of(), new ReportOptions(2019, "Camera di prova", "Piano 2019", null,
                    LocalDate.of(2019, 1, 31), null, true)).write(out);
        }
        try (InputStream in = Files.newInputStream(docx)) {
            XWPFDocument doc = new XWPFDocument(in);
            assertThat(doc.getFooterList()).singleElement().satisfies(f -> {
                assertThat(f.getText()).startsWith("Pagina ");
                assertThat(f._getHdrFtr().toString()).contains("PAGE").contains("NUMPAGES");
            });
            String body = doc.getDocument().getBody().toString();
            assertThat(body.split("<w:footerReference", -1).length).isEqualTo(body.split("<w:sectPr", -1).length);
            assertThat(part(docx, "word/settings.xml")).contains("<w:updateFields/>");
            String defaults = part(docx, "word/styles.xml").replaceAll("(?s).*<w:docDefaults>(.*)</w:docDefaults>.*",
                    "$1");
            assertThat(defaults).contains("w:val=\"it-IT\"").contains("w:ascii=\"" + ReportPackage.FONT + "\"")
                    .doesNotContain("minorHAnsi");
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("Piano 2019");
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("Camera di prova");
            assertThat(doc.getProperties().getCoreProperties().getSubject()).contains("2019");
        }
    }

    private static String part(Path docx, String name) throws java.io.IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** docx4j declares namespaces in an order that changes between runs: sorted, the bytes are the same. */
    @Test
    void namespaceDeclarationsAreSorted() {
        assertThat(StableXml.sortNamespaces("<?xml version=\"1.0\"?>\n<w:ftr xmlns:w=\"W\" xmlns:m=\"M\" a=\"1\"><x/></w:ftr>"))
                .isEqualTo(StableXml.sortNamespaces("<?xml version=\"1.0\"?>\n<w:ftr xmlns:m=\"M\" xmlns:w=\"W\" a=\"1\"><x/></w:ftr>"))
                .isEqualTo("<?xml version=\"1.0\"?>\n<w:ftr xmlns:m=\"M\" xmlns:w=\"W\" a=\"1\"><x/></w:ftr>");
    }
}
