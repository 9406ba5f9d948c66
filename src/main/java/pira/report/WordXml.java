package pira.report;

import java.util.List;

/**
 * Writes the body of a WordprocessingML document as text: paragraphs, runs, tables, sections, and the
 * table of contents field. The report's body is written this way rather than as a JAXB tree because
 * marshalling 20,000 table rows through JAXB costs several times more than the document needs.
 */
final class WordXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    /** A4 in twentieths of a point, and the margins. */
    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;
    private static final int MARGIN = 1134;
    /** A cell whose text starts with this is shown in italics on grey: "non valutabile" and missing data. */
    static final String MARK = "\u0001";

    private final StringBuilder xml = new StringBuilder(1 << 20);
    /** The header and footer references of every section. */
    private final String headerFooter;

    WordXml(String headerFooter) {
        this.headerFooter = headerFooter;
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<w:document xmlns:w=\"").append(W).append("\" xmlns:r=\"").append(R)
                .append("\" xmlns:wp=\"").append(WP).append("\" xmlns:a=\"").append(A).append("\" xmlns:pic=\"")
                .append(PIC).append("\"><w:body>");
    }

    /** Closes the body with the last section's page setup and returns the document XML. */
    String finish(boolean landscape) {
        xml.append(sectPr(landscape, false)).append("</w:body></w:document>");
        return xml.toString();
    }

    WordXml paragraph(String style, String text) {
        return paragraph(style, text, false);
    }

    /** A paragraph that, with {@code keepNext}, stays on the page of what follows it (the table it introduces). */
    WordXml paragraph(String style, String text, boolean keepNext) {
        xml.append("<w:p>");
        pStyle(style, keepNext ? "<w:keepNext/>" : null);
        if (text != null) {
            run(text, false, false);
        }
        xml.append("</w:p>");
        return this;
    }

    /**
     * A heading: a paragraph of its style that stays with what follows, marked by a bookmark the contents point to
     * (its hyperlink and its page number field).
     */
    WordXml heading(String style, String text, int id, String bookmark) {
        xml.append("<w:p>");
        pStyle(style, "<w:keepNext/>");
        xml.append("<w:bookmarkStart w:id=\"").append(id).append("\" w:name=\"").append(bookmark).append("\"/>");
        run(text, false, false);
        xml.append("<w:bookmarkEnd w:id=\"").append(id).append("\"/></w:p>");
        return this;
    }

    /**
     * A paragraph holding a picture of the package, inline, {@code cx} by {@code cy} EMU (914400 an inch), related to
     * the document by {@code relId}; {@code id} is unique among the document's drawings, {@code description} is what
     * a reader that does not show pictures says instead. With {@code keepNext}, on the page of what follows.
     */
    WordXml picture(String relId, long cx, long cy, int id, String name, String description, boolean keepNext) {
        xml.append("<w:p>");
        pStyle("Normal", keepNext ? "<w:keepNext/>" : null);
        xml.append("<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"")
                .append(cx).append("\" cy=\"").append(cy).append("\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>")
                .append("<wp:docPr id=\"").append(id).append("\" name=\"");
        escape(name);
        xml.append("\" descr=\"");
        escape(description);
        xml.append("\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>")
                .append("<a:graphic><a:graphicData uri=\"").append(PIC).append("\"><pic:pic><pic:nvPicPr><pic:cNvPr id=\"")
                .append(id).append("\" name=\"");
        escape(name);
        xml.append("\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"").append(relId)
                .append("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>")
                .append("<a:ext cx=\"").append(cx).append("\" cy=\"").append(cy).append("\"/></a:xfrm>")
                .append("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>")
                .append("</a:graphic></wp:inline></w:drawing></w:r></w:p>");
        return this;
    }

    WordXml boldParagraph(String text) {
        xml.append("<w:p>");
        run(text, true, false);
        xml.append("</w:p>");
        return this;
    }

    WordXml pageBreak() {
        xml.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
        return this;
    }

    /**
     * A paragraph that ends a section of the given orientation; with {@code bareFirstPage}, its first page (the cover)
     * has no header nor footer, nor page number.
     */
    WordXml sectionEnd(boolean landscape, boolean bareFirstPage) {
        xml.append("<w:p><w:pPr>").append(sectPr(landscape, bareFirstPage)).append("</w:pPr></w:p>");
        return this;
    }

    /**
     * The table of contents as Word writes it: a TOC field whose cached result lists the headings, indented by
     * level, so that it reads at once and Word or LibreOffice can refresh it with page numbers; with {@code pages}
     * (one per heading, as a layout gave them) the cached result has them already, after a dotted leader.
     */
    WordXml toc(String title, List<String[]> headings, List<Integer> pages) {
        boldParagraph(title);
        xml.append("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\">")
                .append("TOC \\o &quot;1-3&quot; \\h \\z \\u</w:instrText></w:r>")
                .append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r></w:p>");
        for (int i = 0; i < headings.size(); i++) {
            String[] h = headings.get(i);
            // as Word writes an entry: its TOC style, a link to the heading's bookmark, the page as a PAGEREF field
            xml.append("<w:p><w:pPr><w:pStyle w:val=\"TOC").append(h[0]).append("\"/><w:tabs><w:tab w:val=\"right\"")
                    .append(" w:leader=\"dot\" w:pos=\"").append(A4_SHORT - 2 * MARGIN).append("\"/></w:tabs>")
                    .append("<w:ind w:left=\"").append(360 * (Integer.parseInt(h[0]) - 1)).append("\"/></w:pPr>")
                    .append("<w:hyperlink w:anchor=\"").append(h[2]).append("\" w:history=\"1\">");
            run(h[1], false, false);
            Integer page = i < pages.size() ? pages.get(i) : null;
            xml.append("<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText")
                    .append(" xml:space=\"preserve\"> PAGEREF ").append(h[2]).append(" \\h </w:instrText></w:r>")
                    .append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
            run(page == null ? "" : String.valueOf(page), false, false);
            xml.append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:hyperlink></w:p>");
        }
        xml.append("<w:p><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>");
        return this;
    }

    /**
     * A table in the given table style, whose first row is the header (its shading and bold come from the style): the
     * header row repeats on every page, no row breaks across pages; the cells of {@code numbers} (column indexes) are
     * aligned right by their paragraph style, a marked cell ("non valutabile", missing data) has its own style.
     */
    WordXml table(List<String> header, List<List<String>> rows, int[] widths, String style,
                  java.util.Set<Integer> numbers) {
        xml.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"").append(style)
                .append("\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/>")
                .append("<w:tblLook w:val=\"0020\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\"")
                .append(" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            xml.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        xml.append("</w:tblGrid>");
        row(header, true, true, java.util.Set.of());
        for (int r = 0; r < rows.size(); r++) {
            // the first data row may break: LibreOffice lays out only the first row of a table whose first rows
            // cannot break when the paragraph before it keeps with it (the line that introduces the table)
            row(rows.get(r), false, r > 0, numbers);
        }
        xml.append("</w:tbl>");
        return this;
    }

    private void row(List<String> cells, boolean header, boolean whole, java.util.Set<Integer> numbers) {
        xml.append("<w:tr><w:trPr>").append(whole ? "<w:cantSplit/>" : "").append(header ? "<w:tblHeader/>" : "")
                .append("</w:trPr>");
        for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c) == null ? "" : cells.get(c);
            boolean marked = text.startsWith(MARK);
            if (marked) {
                text = text.substring(MARK.length());
            }
            xml.append("<w:tc><w:p>");
            pStyle(marked ? DocxStyles.NOT_ASSESSED : numbers.contains(c) ? DocxStyles.NUMBER : null, null);
            run(text, false, false);
            xml.append("</w:p></w:tc>");
        }
        xml.append("</w:tr>");
    }

    private void pStyle(String style, String extra) {
        if (style != null) {
            xml.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/>").append(extra == null ? "" : extra)
                    .append("</w:pPr>");
        }
    }

    private void run(String text, boolean bold, boolean italic) {
        xml.append("<w:r>");
        if (bold || italic) {
            xml.append("<w:rPr>").append(bold ? "<w:b/>" : "").append(italic ? "<w:i/>" : "").append("</w:rPr>");
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                xml.append("<w:br/>");
            }
            xml.append("<w:t xml:space=\"preserve\">");
            escape(lines[i]);
            xml.append("</w:t>");
        }
        xml.append("</w:r>");
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        xml.append(c);
                    }
                }
            }
        }
    }

    private String sectPr(boolean landscape, boolean bareFirstPage) {
        return "<w:sectPr>" + headerFooter + "<w:pgSz w:w=\"" + (landscape ? A4_LONG : A4_SHORT) + "\" w:h=\""
                + (landscape ? A4_SHORT : A4_LONG) + "\"" + (landscape ? " w:orient=\"landscape\"" : "")
                + "/><w:pgMar w:top=\"" + MARGIN + "\" w:right=\"" + MARGIN + "\" w:bottom=\"" + MARGIN
                + "\" w:left=\"" + MARGIN + "\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
                + (bareFirstPage ? "<w:titlePg/>" : "") + "</w:sectPr>";
    }
}
