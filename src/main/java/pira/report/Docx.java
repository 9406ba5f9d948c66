package pira.report;

import java.math.BigInteger;
import java.util.List;
import org.docx4j.jaxb.Context;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTShd;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

/** Small builders of WordprocessingML for the report: paragraphs, tables, sections. */
final class Docx {

    static final ObjectFactory F = Context.getWmlObjectFactory();
    /** A4 in twentieths of a point. */
    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;

    private Docx() {
    }

    static P paragraph(String style, String text) {
        P p = F.createP();
        if (style != null) {
            PPr ppr = F.createPPr();
            PPrBase.PStyle ps = F.createPPrBasePStyle();
            ps.setVal(style);
            ppr.setPStyle(ps);
            p.setPPr(ppr);
        }
        if (text != null) {
            p.getContent().add(run(text, false, false));
        }
        return p;
    }

    static R run(String text, boolean bold, boolean italic) {
        R r = F.createR();
        if (bold || italic) {
            RPr rpr = F.createRPr();
            if (bold) {
                rpr.setB(new BooleanDefaultTrue());
            }
            if (italic) {
                rpr.setI(new BooleanDefaultTrue());
            }
            r.setRPr(rpr);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.getContent().add(F.createBr());
            }
            Text t = F.createText();
            t.setValue(lines[i]);
            t.setSpace("preserve");
            r.getContent().add(F.createRT(t));
        }
        return r;
    }

    static P pageBreak() {
        P p = F.createP();
        R r = F.createR();
        org.docx4j.wml.Br br = F.createBr();
        br.setType(org.docx4j.wml.STBrType.PAGE);
        r.getContent().add(br);
        p.getContent().add(r);
        return p;
    }

    /**
     * A table whose first row is the header, repeated on every page; no row breaks across pages. Cells marked
     * with a leading "\u0001" are shown in italics on grey: the "non valutabile" and missing data marks.
     */
    static Tbl table(List<String> header, List<List<String>> rows, int[] widths, String style) {
        Tbl tbl = F.createTbl();
        TblPr pr = F.createTblPr();
        TblPr.TblStyle ts = F.createCTTblPrBaseTblStyle();
        ts.setVal(style);
        pr.setTblStyle(ts);
        TblWidth w = F.createTblWidth();
        w.setType("pct");
        w.setW(BigInteger.valueOf(5000));
        pr.setTblW(w);
        tbl.setTblPr(pr);
        // column widths once per table, not on every cell: the document stays small and quick to write
        org.docx4j.wml.TblGrid grid = F.createTblGrid();
        for (int width : widths) {
            org.docx4j.wml.TblGridCol col = F.createTblGridCol();
            col.setW(BigInteger.valueOf(width));
            grid.getGridCol().add(col);
        }
        tbl.setTblGrid(grid);
        org.docx4j.wml.CTTblLayoutType layout = F.createCTTblLayoutType();
        layout.setType(org.docx4j.wml.STTblLayoutType.FIXED);
        pr.setTblLayout(layout);
        tbl.getContent().add(row(header, true));
        for (List<String> r : rows) {
            tbl.getContent().add(row(r, false));
        }
        return tbl;
    }

    private static Tr row(List<String> cells, boolean header) {
        Tr tr = F.createTr();
        TrPr trPr = F.createTrPr();
        trPr.getCnfStyleOrDivIdOrGridBefore().add(F.createCTTrPrBaseCantSplit(new BooleanDefaultTrue()));
        if (header) {
            trPr.getCnfStyleOrDivIdOrGridBefore().add(F.createCTTrPrBaseTblHeader(new BooleanDefaultTrue()));
        }
        tr.setTrPr(trPr);
        for (int i = 0; i < cells.size(); i++) {
            String text = cells.get(i) == null ? "" : cells.get(i);
            boolean marked = text.startsWith("\u0001");
            if (marked) {
                text = text.substring(1);
            }
            Tc tc = F.createTc();
            if (header || marked) {
                TcPr tcPr = F.createTcPr();
                CTShd shd = F.createCTShd();
                shd.setFill(header ? "DDE6F0" : "EEEEEE");
                shd.setVal(org.docx4j.wml.STShd.CLEAR);
                tcPr.setShd(shd);
                tc.setTcPr(tcPr);
            }
            // the text formatting of table cells comes from the table style, not from every paragraph
            P p = F.createP();
            p.getContent().add(run(text, header, marked));
            tc.getContent().add(p);
            tr.getContent().add(tc);
        }
        return tr;
    }

    /**
     * A table of contents as Word writes it: a TOC field whose cached result lists the headings (indented by
     * level), so that it reads at once and Word or LibreOffice can refresh it with page numbers.
     */
    static List<Object> toc(String title, List<String[]> headings) {
        List<Object> out = new java.util.ArrayList<>();
        P head = paragraph("Normal", null);
        head.getContent().add(run(title, true, false));
        out.add(head);
        P begin = F.createP();
        begin.getContent().add(fieldChar(org.docx4j.wml.STFldCharType.BEGIN));
        R instr = F.createR();
        Text it = F.createText();
        it.setValue("TOC \\o \"1-3\" \\h \\z \\u");
        it.setSpace("preserve");
        instr.getContent().add(F.createRInstrText(it));
        begin.getContent().add(instr);
        begin.getContent().add(fieldChar(org.docx4j.wml.STFldCharType.SEPARATE));
        out.add(begin);
        for (String[] h : headings) {
            P p = paragraph("Normal", null);
            PPrBase.Ind ind = F.createPPrBaseInd();
            ind.setLeft(BigInteger.valueOf(360L * (Integer.parseInt(h[0]) - 1)));
            p.getPPr().setInd(ind);
            p.getContent().add(run(h[1], false, false));
            out.add(p);
        }
        P end = F.createP();
        end.getContent().add(fieldChar(org.docx4j.wml.STFldCharType.END));
        out.add(end);
        return out;
    }

    private static R fieldChar(org.docx4j.wml.STFldCharType type) {
        R r = F.createR();
        org.docx4j.wml.FldChar fc = F.createFldChar();
        fc.setFldCharType(type);
        r.getContent().add(F.createRFldChar(fc));
        return r;
    }

    /** A section break: the paragraph ends a section with the given orientation. */
    static P sectionEnd(boolean landscape) {
        P p = F.createP();
        PPr ppr = F.createPPr();
        ppr.setSectPr(section(landscape));
        p.setPPr(ppr);
        return p;
    }

    static SectPr section(boolean landscape) {
        SectPr s = F.createSectPr();
        SectPr.PgSz size = F.createSectPrPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(org.docx4j.wml.STPageOrientation.LANDSCAPE);
        }
        s.setPgSz(size);
        SectPr.PgMar mar = F.createSectPrPgMar();
        for (BigInteger m : new BigInteger[] {BigInteger.valueOf(1134)}) {
            mar.setTop(m);
            mar.setBottom(m);
            mar.setLeft(m);
            mar.setRight(m);
        }
        s.setPgMar(mar);
        return s;
    }
}
