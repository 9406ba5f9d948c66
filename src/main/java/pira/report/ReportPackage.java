package pira.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.docx4j.XmlUtils;
import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.docProps.core.dc.elements.SimpleLiteral;
import org.docx4j.jaxb.Context;
import org.docx4j.model.structure.SectionWrapper;
import org.docx4j.openpackaging.contenttype.ContentType;
import org.docx4j.openpackaging.contenttype.ContentTypes;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTLanguage;
import org.docx4j.wml.CTRel;
import org.docx4j.wml.DocDefaults;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.RPr;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;

/**
 * Everything of the report's package but its body: the template's styles, its header and footer (a logo, the
 * chamber's footer) referenced by every section, else a footer "Pagina X di Y"; the language it-IT and concrete
 * fonts where the template has no theme to resolve its theme fonts; the fields (contents, page numbers) marked to be
 * updated when the document is opened; title, author and subject in the document's properties.
 */
final class ReportPackage {

    /** Used where a template's styles name theme fonts and the package has no theme (Arial, or its metric twin). */
    static final String FONT = "Arial";

    /** The package without its body, to be filled by {@link DocxReport}. */
    final byte[] skeleton;
    /** The header and footer references every section carries, as XML for the section's properties. */
    final String headerFooter;
    /** The relationship of the picture the body shows ({@code r:embed}), or null where the package has none. */
    final String imageId;

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private ReportPackage(byte[] skeleton, String headerFooter, String imageId) {
        this.skeleton = skeleton;
        this.headerFooter = headerFooter;
        this.imageId = imageId;
    }

    /**
     * Writes the package with {@code documentXml} as its body: the same document, byte for byte, whenever it is
     * written (fixed entry times, the namespaces of the parts in a fixed order).
     */
    void write(String documentXml, OutputStream out) throws IOException {
        byte[] document = documentXml.getBytes(StandardCharsets.UTF_8);
        try (ZipInputStream in = new ZipInputStream(
                new ByteArrayInputStream(skeleton));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                ZipEntry entry = new ZipEntry(e.getName());
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                if (e.getName().equals("word/document.xml")) {
                    zip.write(document);
                } else if (e.getName().endsWith(".xml")) {
                    zip.write(StableXml.sortNamespaces(new String(in.readAllBytes(),
                            StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }

    /**
     * @param template the chamber's template, or null for the one in the jar
     * @param title the document's title, {@code author} the chamber, {@code subject} what it reports
     */
    static ReportPackage of(Path template, String title, String author, String subject) throws IOException {
        return of(template, title, author, subject, null);
    }

    /**
     * As {@link #of(Path, String, String, String)}, with a PNG picture (the summary's chart, or null for none) as a
     * part of the main document, related to it after the template's own parts: its relationship is
     * {@link #imageId}, the same whenever the same template is used.
     */
    static ReportPackage of(Path template, String title, String author, String subject, byte[] png)
            throws IOException {
        try {
            WordprocessingMLPackage pkg = load(template);
            MainDocumentPart main = pkg.getMainDocumentPart();
            StringBuilder refs = new StringBuilder(templateHeaderFooter(pkg));
            main.getContent().clear();
            // a .dotx becomes a document
            main.setContentType(new ContentType(ContentTypes.WORDPROCESSINGML_DOCUMENT));
            if (refs.indexOf("footerReference") < 0) {
                refs.append(pageNumberFooter(main));
            }
            DocxStyles.ensure(main);
            languageAndFonts(main);
            main.getDocumentSettingsPart(true).getContents().setUpdateFields(new BooleanDefaultTrue());
            properties(pkg, title, author, subject);
            String imageId = null;
            if (png != null) {
                imageId = BinaryPartAbstractImage.createImagePart(pkg, main, png).getRelLast().getId();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pkg.save(bytes);
            return new ReportPackage(bytes.toByteArray(), refs.toString(), imageId);
        } catch (Docx4JException | jakarta.xml.bind.JAXBException e) {
            throw new IOException("il documento non si può scrivere: " + e.getMessage(), e);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            // docx4j's createImagePart declares any exception: a picture it cannot take
            throw new IOException("il grafico della sintesi non si può inserire nel documento: " + e.getMessage(), e);
        }
    }

    private static WordprocessingMLPackage load(Path template) throws IOException, Docx4JException {
        if (template != null) {
            try {
                pira.archive.ArchiveGuard.check(template, template.getFileName().toString());
            } catch (pira.archive.ArchiveGuard.Refused e) {
                throw new NotATemplateException(e.getMessage(), e);
            }
            try {
                return WordprocessingMLPackage.load(template.toFile());
            } catch (Docx4JException | RuntimeException e) {
                throw new NotATemplateException(template.getFileName() + ": non è un modello di Word (.dotx o .docx):"
                        + " aprirlo con Word o LibreOffice e salvarlo come modello di documento.", e);
            }
        }
        try (InputStream in = DocxReport.class.getResourceAsStream(DocxReport.DEFAULT_TEMPLATE)) {
            return WordprocessingMLPackage.load(in);
        }
    }

    /** The header and footer references of the template's last section: its logo and footer, for every section. */
    private static String templateHeaderFooter(WordprocessingMLPackage pkg) {
        List<SectionWrapper> sections = pkg.getDocumentModel().getSections();
        SectPr last = sections.isEmpty() ? null : sections.get(sections.size() - 1).getSectPr();
        StringBuilder xml = new StringBuilder();
        if (last != null) {
            for (CTRel r : last.getEGHdrFtrReferences()) {
                if (r instanceof HeaderReference h) {
                    xml.append(reference("header", h.getType() == null ? "default" : h.getType().value(), h.getId()));
                } else if (r instanceof FooterReference f) {
                    xml.append(reference("footer", f.getType() == null ? "default" : f.getType().value(), f.getId()));
                }
            }
        }
        return xml.toString();
    }

    private static String reference(String kind, String type, String id) {
        return "<w:" + kind + "Reference w:type=\"" + type + "\" r:id=\"" + id + "\"/>";
    }

    /** A footer "Pagina X di Y", centred, for a template that has none. */
    private static String pageNumberFooter(MainDocumentPart main) throws Docx4JException,
            jakarta.xml.bind.JAXBException {
        FooterPart footer = new FooterPart();
        footer.setJaxbElement((Ftr) XmlUtils.unmarshalString("<w:ftr xmlns:w=\"" + WordXml.W + "\"><w:p><w:pPr>"
                + "<w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Pagina </w:t></w:r>"
                + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
                + "<w:r><w:t xml:space=\"preserve\"> di </w:t></w:r>"
                + "<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>",
                Context.jc));
        Relationship rel = main.addTargetPart(footer);
        return reference("footer", "default", rel.getId());
    }

    /**
     * Italian as the document's language; where the package has no theme, the theme fonts its styles name resolve
     * to nothing (LibreOffice falls back to DejaVu): a concrete font instead.
     */
    private static void languageAndFonts(MainDocumentPart main) {
        Styles styles = main.getStyleDefinitionsPart().getJaxbElement();
        DocDefaults defaults = styles.getDocDefaults();
        if (defaults == null) {
            defaults = new DocDefaults();
            styles.setDocDefaults(defaults);
        }
        if (defaults.getRPrDefault() == null) {
            defaults.setRPrDefault(new DocDefaults.RPrDefault());
        }
        if (defaults.getRPrDefault().getRPr() == null) {
            defaults.getRPrDefault().setRPr(new RPr());
        }
        RPr rPr = defaults.getRPrDefault().getRPr();
        CTLanguage lang = new CTLanguage();
        lang.setVal("it-IT");
        lang.setEastAsia("it-IT");
        lang.setBidi("ar-SA");
        rPr.setLang(lang);
        if (main.getThemePart() != null) {
            return;
        }
        concreteFonts(rPr);
        for (Style s : styles.getStyle()) {
            if (s.getRPr() != null) {
                concreteFonts(s.getRPr());
            }
        }
    }

    private static void concreteFonts(RPr rPr) {
        RFonts f = rPr.getRFonts();
        if (f == null) {
            if (rPr.getParent() instanceof DocDefaults.RPrDefault) {
                f = new RFonts();
                rPr.setRFonts(f);
            } else {
                return;
            }
        }
        if (f.getAsciiTheme() != null || f.getAscii() == null) {
            f.setAsciiTheme(null);
            f.setHAnsiTheme(null);
            f.setEastAsiaTheme(null);
            f.setCstheme(null);
            f.setAscii(FONT);
            f.setHAnsi(FONT);
            f.setEastAsia(FONT);
            f.setCs(FONT);
        }
    }

    private static void properties(WordprocessingMLPackage pkg, String title, String author, String subject)
            throws Docx4JException {
        if (pkg.getDocPropsCorePart() == null) {
            pkg.addDocPropsCorePart();
        }
        CoreProperties core = pkg.getDocPropsCorePart().getContents();
        org.docx4j.docProps.core.dc.elements.ObjectFactory dc = new org.docx4j.docProps.core.dc.elements.ObjectFactory();
        core.setTitle(dc.createTitle(literal(dc, title)));
        core.setCreator(literal(dc, author));
        core.setSubject(literal(dc, subject));
        core.setLanguage(literal(dc, "it-IT"));
    }

    private static SimpleLiteral literal(org.docx4j.docProps.core.dc.elements.ObjectFactory dc, String text) {
        SimpleLiteral l = dc.createSimpleLiteral();
        l.getContent().add(text == null ? "" : text);
        return l;
    }
}
