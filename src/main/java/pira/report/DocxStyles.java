package pira.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.docx4j.XmlUtils;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.Style;
import org.docx4j.wml.Styles;

/**
 * The styles the report needs in whatever template it is given: Word's built-in ones activated, and the report's own
 * added where the template lacks them. Everything that formats the tables comes from these styles, so that a
 * chamber's template can change it: the table (borders, text size, the header row's shading and bold), numbers
 * aligned right, and the grey italics of "non valutabile" and of missing data.
 */
final class DocxStyles {

    static final String TABLE = "PiraTabella";
    static final String NUMBER = "PiraNumero";
    static final String NOT_ASSESSED = "PiraNonValutabile";

    private static final String W = "xmlns:w=\"" + WordXml.W + "\"";
    private static final String CELL_TEXT = "<w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\""
            + " w:lineRule=\"auto\"/></w:pPr><w:rPr><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr>";
    private static final String BORDER = " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>";

    /** The report's own styles, as a template would define them. */
    private static final Map<String, String> OWN = new LinkedHashMap<>();

    static {
        OWN.put(TABLE, "<w:style " + W + " w:type=\"table\" w:customStyle=\"1\" w:styleId=\"" + TABLE + "\">"
                + "<w:name w:val=\"Pira Tabella\"/><w:basedOn w:val=\"TableGrid\"/>" + CELL_TEXT
                + "<w:tblPr><w:tblBorders><w:top" + BORDER + "<w:left" + BORDER + "<w:bottom" + BORDER
                + "<w:right" + BORDER + "<w:insideH" + BORDER + "<w:insideV" + BORDER + "</w:tblBorders>"
                + "<w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/>"
                + "</w:tblCellMar></w:tblPr>"
                // the header row: bold on light blue
                + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val=\"clear\""
                + " w:color=\"auto\" w:fill=\"DDE6F0\"/></w:tcPr></w:tblStylePr></w:style>");
        OWN.put(NUMBER, "<w:style " + W + " w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"" + NUMBER + "\">"
                + "<w:name w:val=\"Pira Numero\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing"
                + " w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"right\"/></w:pPr><w:rPr><w:sz w:val=\"16\"/>"
                + "<w:szCs w:val=\"16\"/></w:rPr></w:style>");
        OWN.put(NOT_ASSESSED, "<w:style " + W + " w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\""
                + NOT_ASSESSED + "\"><w:name w:val=\"Pira Non valutabile\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/>"
                + "<w:pPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EEEEEE\"/><w:spacing w:before=\"0\""
                + " w:after=\"0\"/></w:pPr><w:rPr><w:i/><w:iCs/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr>"
                + "</w:style>");
    }

    private DocxStyles() {
    }

    /** Activates the built-in styles used and adds the report's own where the template lacks them. */
    static void ensure(MainDocumentPart main) throws Docx4JException {
        Styles styles = main.getStyleDefinitionsPart().getContents();
        for (Map.Entry<String, String> own : OWN.entrySet()) {
            if (styles.getStyle().stream().noneMatch(s -> own.getKey().equals(s.getStyleId()))) {
                try {
                    styles.getStyle().add((Style) XmlUtils.unmarshalString(own.getValue(), Context.jc, Style.class));
                } catch (jakarta.xml.bind.JAXBException e) {
                    throw new Docx4JException("stile " + own.getKey(), e);
                }
            }
        }
        // after the report's own styles are in place: the resolver caches the styles it sees
        for (String s : DocxReport.STYLES) {
            if (!OWN.containsKey(s)) {
                main.getPropertyResolver().activateStyle(s);
            }
        }
    }
}
