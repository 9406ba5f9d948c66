package pira.report;

import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;

/** The styles the report needs in whatever template it is given. */
final class DocxStyles {

    private DocxStyles() {
    }

    /** Activates the built-in styles used and adds the report's own table text style where missing. */
    static void ensure(MainDocumentPart main) throws Docx4JException {
        Styles styles = main.getStyleDefinitionsPart().getContents();
        boolean present = styles.getStyle().stream().anyMatch(s -> "PiraTabella".equals(s.getStyleId()));
        if (!present) {
            try {
                // a table style: grid borders of TableGrid, small text, no paragraph spacing in the cells
                Style s = (Style) XmlUtils.unmarshalString("<w:style xmlns:w=\"http://schemas.openxmlformats.org/"
                        + "wordprocessingml/2006/main\" w:type=\"table\" w:customStyle=\"1\" w:styleId=\"PiraTabella\">"
                        + "<w:name w:val=\"Pira Tabella\"/><w:basedOn w:val=\"TableGrid\"/><w:pPr><w:spacing"
                        + " w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr>"
                        + "<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr><w:tblPr><w:tblBorders>"
                        + "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
                        + "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
                        + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
                        + "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
                        + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
                        + "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
                        + "</w:tblBorders><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\""
                        + " w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>",
                        Context.jc, Style.class);
                styles.getStyle().add(s);
            } catch (jakarta.xml.bind.JAXBException e) {
                throw new Docx4JException("stile PiraTabella", e);
            }
        }
        // after the report's own style is in place: the resolver caches the styles it sees
        for (String s : DocxReport.STYLES) {
            if (!s.equals("PiraTabella")) {
                main.getPropertyResolver().activateStyle(s);
            }
        }
    }

}
