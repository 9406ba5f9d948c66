package pira.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import pira.achievement.AchievementCalculator;
import pira.mapping.BuiltinMappings;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Plan;
import pira.model.Value;
import pira.pipeline.Importer;
import pira.validation.Finding;
import pira.validation.ValidationContext;
import pira.validation.rules.Validator;

/**
 * The report of the Milano PIRA 2019-2021 joined with the Relazione 2019, read back with POI (not docx4j) and
 * checked cell by cell against the model and the calculator, with its page layout.
 */
class DocxReportTest {

    @TempDir
    static Path dir;

    private static Plan plan;
    private static List<Finding> findings;
    private static XWPFDocument doc;

    @BeforeAll
    static void writeAndReadBack() throws Exception {
        plan = new Importer(BuiltinMappings.load(), null).importWithResults(Path.of("samples/milano-pira-2019-2021.pdf"),
                Path.of("samples/milano-relazione-2019.pdf")).plan();
        findings = new Validator(ValidationContext.defaults()).validate(plan);
        Path docx = dir.resolve("relazione-2019.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxReport(plan, findings, new ReportOptions(2019, null,
                    "Relazione sulla performance 2019 - Tabelle di rendicontazione", "n. 15 del 26/11/2020",
                    LocalDate.of(2020, 11, 26), null, true)).write(out);
        }
        try (InputStream in = Files.newInputStream(docx)) {
            doc = new XWPFDocument(in);
        }
    }

    @Test
    void coverNamesTheChamberTheTitleAndTheResolution() {
        List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).limit(4).toList();
        assertThat(texts).containsExactly("Camera di commercio di Milano Monza Brianza Lodi",
                "Relazione sulla performance 2019 - Tabelle di rendicontazione",
                "Allegato alla deliberazione della Giunta n. 15 del 26/11/2020", "Data: 26/11/2020");
        assertThat(doc.getParagraphs().get(0).getStyle()).isEqualTo("Title");
    }

    /**
     * Issue 24: the year's tables hold the plan's indicators, each once, in the plan's order, compared with the PIRA
     * read alone (the source), not with the joined model; what only the Relazione reports is in its own table.
     */
    @Test
    void theTablesHoldThePlanAndTheRelazioneOnlyIndicatorsStandApart() throws Exception {
        Plan pira = new Importer(BuiltinMappings.load(), null).importFile(Path.of("samples/milano-pira-2019-2021.pdf"))
                .plan();
        Plan relazione = new Importer(BuiltinMappings.load(), null).importFile(
                Path.of("samples/milano-relazione-2019.pdf")).plan();
        List<String> actual = new ArrayList<>();
        for (XWPFTable t : indicatorTables()) {
            for (XWPFTableRow r : t.getRows().subList(1, t.getRows().size())) {
                actual.add(r.getCell(0).getText() + " " + r.getCell(1).getText());
            }
        }
        assertThat(actual).hasSize(38).containsExactlyElementsOf(pira.allIndicators().stream()
                .map(i -> i.code() + " " + i.name()).toList());
        XWPFTable apart = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Obiettivo"))
                .findFirst().orElseThrow();
        // the ten the Relazione 2019 reports and the PIRA 2019-2021 does not have (1.1.5 is another indicator there)
        assertThat(apart.getRows().stream().skip(1).map(r -> r.getCell(1).getText())).containsExactly("1.1.5",
                "1.1.6", "1.1.7", "1.1.8", "1.2.2", "1.4.3", "1.4.4", "2.2.2", "2.2.3", "2.3.1");
        assertThat(relazione.allIndicators()).hasSize(19);
        assertThat(cells(apart, "1.1.5").get(2)).isEqualTo("Riduzione n. solleciti");
        assertThat(cells(apart, "1.1.6")).containsExactly("Obiettivo operativo 1.1", "1.1.6", "% pratiche RI attività"
                + " regolate e artigianato non gestite correttamente (calcolate nel mese di rilevazione)", "-10%",
                "Pratiche RI -11% pratiche attività regolate -16% pratiche artigianato -37%\n(valore considerato: -11%,"
                        + " -16%, -37%)", "100,0 %",
                "raggiunto\n(dichiarato: Obiettivo raggiunto)");
        assertThat(cells(apart, "2.3.1").get(0)).isEqualTo("—");
        // with the bands of the default, and what the Relazione declares beside
        assertThat(cells(indicatorTables(), "1.1.1")).containsExactly("1.1.1", "Grado di utilizzo del budget"
                + " stanziato per gli interventi economici dedicati alla semplificazione e digitalizzazione RI della"
                + " Camera di commercio", "95%", "Grado di utilizzo del budget: 47%", "49,5 %",
                "parzialmente raggiunto (1)\n(dichiarato: Obiettivo non raggiunto)",
                "Registro delle Imprese Registro delle imprese sedi distaccate e back end");
        // both targets, the plan's used: adopted on 2.12.2019, late against 30/09/2019
        assertThat(cells(indicatorTables(), "2.2.1").subList(2, 6)).containsExactly("Target del piano (usato):"
                + "\n30/09/2019\nTarget rendicontato:\nEntro 31.12", "Regolamento adottato con Delibera di Giunta n. 209 del"
                + " 2.12.2019\n(valore considerato: la data 02/12/2019)", "0,0 %",
                "non raggiunto (1)\n(dichiarato: Obiettivo raggiunto)");
        // a value that cannot be judged, with the percentage the Relazione declares: counted, marked, the note says why
        assertThat(cells(indicatorTables(), "1.1.2").get(4)).isEqualTo("55,0 % (dichiarato) (2)");
        assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)).contains("(2) 1.1.2: il valore riportato"
                + " non consente il calcolo (manca il valore conseguito 2019): si conta la percentuale dichiarata nella"
                + " Relazione (55%).");
        // but a result the Relazione declares against a target it changed says nothing of the plan's (OIV review)
        assertThat(cells(indicatorTables(), "1.3.1").get(4)).isEqualTo("non valutabile: serve la data di realizzazione;"
                + " il risultato dichiarato si riferisce al target rendicontato \"Sì - Progettazione e individuazione"
                + " strumento informatico\", non a quello del piano");
        assertThat(cells(indicatorTables(), "1.1.3").get(4)).startsWith("non valutabile: manca il valore conseguito"
                + " 2019; il risultato dichiarato si riferisce al target rendicontato \"-5%\"");
    }

    private static List<String> cells(XWPFTable table, String code) {
        return cells(List.of(table), code);
    }

    private static List<String> cells(List<XWPFTable> tables, String code) {
        List<List<String>> rows = tables.stream().flatMap(t -> t.getRows().stream()).map(r -> r.getTableCells()
                .stream().map(c -> c.getText()).toList()).filter(r -> r.size() > 1 && (r.get(0).equals(code)
                || r.get(1).equals(code))).toList();
        assertThat(rows).as("one row for " + code).hasSize(1);
        return rows.get(0);
    }

    private static List<XWPFTable> indicatorTables() {
        return doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Codice")
                && t.getRow(0).getTableCells().get(t.getRow(0).getTableCells().size() - 1).getText()
                .equals("Responsabile")).toList();
    }

    @Test
    void headerRowsRepeatAndRowsDoNotBreak() {
        assertThat(doc.getTables()).hasSizeGreaterThan(20);
        for (XWPFTable t : doc.getTables()) {
            assertThat(t.getRow(0).isRepeatHeader()).as("header repeated").isTrue();
            // every row kept whole but the first data row, which LibreOffice needs breakable to lay out a table whose
            // introducing line keeps with it
            assertThat(t.getRow(0).isCantSplitRow()).isTrue();
            for (XWPFTableRow r : t.getRows().subList(Math.min(2, t.getRows().size()), t.getRows().size())) {
                assertThat(r.isCantSplitRow()).as("row kept whole").isTrue();
            }
            for (XWPFTableRow r : t.getRows().subList(1, t.getRows().size())) {
                assertThat(r.isRepeatHeader()).isFalse();
            }
        }
    }

    @Test
    void coverIsPortraitAndTheTablesSitInALandscapeSection() {
        CTSectPr last = doc.getDocument().getBody().getSectPr();
        assertThat(last.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
        assertThat(((java.math.BigInteger) last.getPgSz().getW()).intValue()).isEqualTo(16838);
        CTSectPr first = doc.getParagraphs().stream().filter(p -> p.getCTP().getPPr() != null
                && p.getCTP().getPPr().getSectPr() != null).findFirst().orElseThrow().getCTP().getPPr().getSectPr();
        assertThat(((java.math.BigInteger) first.getPgSz().getW()).intValue()).isEqualTo(11906);
        assertThat(first.getPgSz().getOrient()).isNotEqualTo(STPageOrientation.LANDSCAPE);
    }

    @Test
    void summaryAppendicesAndMarks() {
        XWPFTable summary = doc.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText()
                .equals("Obiettivo strategico")).findFirst().orElseThrow();
        // each strategic objective once (3 is under two missions), in code order, with what its score rests on
        assertThat(summary.getRows().stream().map(r -> r.getCell(0).getText()).toList())
                .containsExactly("Codice", "1", "2", "3", "4", "5", "6");
        // 1.1 on the plan's five indicators (not the Relazione's other four): 1.1.1 49,47 %, 1.1.2 55 % declared,
        // 1.1.4 100 % (1.1.3's declared 96 % is against the Relazione's -5%, not the plan's -8%); 1.2 100 %; 1.3 not
        // assessable (its declared outcome is against a changed target); 1.4 100 % (1.4.1): (68,16 + 100 + 100) / 3
        assertThat(summary.getRow(1).getCell(2).getText()).isEqualTo("89,4 % (valutati 3 di 4 obiettivi operativi)");
        // a value a person reads in the Relazione's sentence, said beside it
        XWPFTableRow read = indicatorTables().stream().flatMap(t -> t.getRows().stream()).filter(r -> r.getCell(0)
                .getText().equals("1.4.1")).findFirst().orElseThrow();
        assertThat(read.getCell(3).getText()).endsWith("presentate: 27.\n(valore considerato: 27%)");
        assertThat(read.getCell(4).getText()).isEqualTo("100,0 %");
        // the Relazione's stated 55% where no value lets pira compute it, said as such
        assertThat(indicatorTables().stream().flatMap(t -> t.getRows().stream()).filter(r -> r.getCell(0).getText()
                .equals("1.1.2")).findFirst().orElseThrow().getCell(4).getText())
                .isEqualTo("55,0 % (dichiarato) (2)");
        assertThat(summary.getRow(3).getCell(2).getText()).endsWith("(valutati 0 di 3 obiettivi operativi)");
        XWPFTable sources = doc.getTables().get(doc.getTables().size() - 1);
        assertThat(sources.getRow(0).getCell(2).getText()).isEqualTo("Impronta SHA-256");
        assertThat(sources.getRows().stream().skip(1).map(r -> r.getCell(2).getText()).toList())
                .containsExactlyElementsOf(plan.sources().stream().map(s -> s.sha256()).toList());
        // the findings a Giunta reads: errors and warnings, one table per cause, no informations, no rule ids
        List<XWPFTable> rilievi = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText()
                .equals("Posizione")).toList();
        java.util.function.Predicate<pira.validation.Finding> giunta = f -> f.severity()
                != pira.validation.Severity.INFORMAZIONE && !f.cause().equals("IMPORTAZIONE.COLONNA-ASSENTE");
        long shown = findings.stream().filter(giunta).count();
        assertThat(rilievi.stream().mapToInt(t -> t.getRows().size() - 1).sum()).isEqualTo((int) shown);
        assertThat(rilievi).hasSize((int) findings.stream().filter(giunta).map(f -> f.severity() + f.cause())
                .distinct().count());
        // how a file was read is counted, not listed: no regular expression reaches the Giunta
        assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)).contains("Un'altra nota riguarda la"
                + " lettura dei file e non il contenuto del piano: è riportata nel controllo dei dati a cura"
                + " dell'ufficio.");
        assertThat(doc.getTables().stream().flatMap(t -> t.getRows().stream()).flatMap(r -> r.getTableCells()
                .stream()).map(c -> c.getText())).noneMatch(t -> t.contains("/^"));
        assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                .anyMatch(t -> t.matches("(Avvisi|Errori) \\(\\d+\\) del controllo «.*»: dove non è così"))
                // the import's findings by their cause, in words
                .anyMatch(t -> t.matches("Avvisi \\(\\d+\\): Indicatori del piano senza risultato nella Relazione"))
                .noneMatch(t -> t.contains("docs/") || t.contains("PESI-SOMMA"));
        // "non valutabile" is shaded and italic, not just text
        XWPFTableRow notAssessed = indicatorTables().get(0).getRow(1);
        assertThat(notAssessed.getCell(4).getText()).startsWith("non valutabile");
        // from the styles, that a chamber's template can change: grey italics, numbers right, the header row
        assertThat(notAssessed.getCell(4).getParagraphs().get(0).getStyle()).isEqualTo("PiraNonValutabile");
        assertThat(doc.getStyles().getStyle("PiraNonValutabile").getCTStyle().toString()).contains("EEEEEE")
                .contains("<w:i/>");
        XWPFTableRow assessed = indicatorTables().stream().flatMap(t -> t.getRows().stream().skip(1))
                .filter(r -> r.getCell(4).getText().equals("49,5 %")).findFirst().orElseThrow();
        assertThat(assessed.getCell(4).getParagraphs().get(0).getStyle()).isEqualTo("PiraNumero");
        assertThat(doc.getStyles().getStyle("PiraNumero").getCTStyle().toString()).contains("w:val=\"right\"");
        assertThat(doc.getStyles().getStyle("PiraTabella").getCTStyle().toString()).contains("firstRow")
                .contains("DDE6F0");
        assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)).contains("Metodo di calcolo",
                "Appendice A - Note di riscontro sui dati", "Appendice B - File di origine");
        // the table of contents: a TOC field whose cached result lists every heading, in order
        List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        int start = texts.indexOf("Sommario");
        assertThat(start).isPositive();
        assertThat(doc.getParagraphs().get(start + 1).getCTP().xmlText()).contains("TOC \\o");
        // the contents: the sections and the first two levels of the tree (missions, programmes), as the field says
        List<String> headings = doc.getParagraphs().stream().filter(p -> p.getStyle() != null
                && p.getStyle().matches("Heading[123]")).map(XWPFParagraph::getText).toList();
        assertThat(headings).hasSizeLessThan(30);
        assertThat(doc.getParagraphs().stream().filter(p -> "Heading5".equals(p.getStyle())).map(XWPFParagraph::getText))
                .contains("Obiettivo operativo 3.1 - INNOVAZIONE");
        // each entry: the heading's text, a tab, its page (a PAGEREF field to the heading's bookmark, a link to it)
        assertThat(texts.subList(start + 2, start + 2 + headings.size())).containsExactlyElementsOf(
                headings.stream().map(h -> h + "\t").toList());
        XWPFParagraph entry = doc.getParagraphs().get(start + 3);
        assertThat(entry.getStyle()).isEqualTo("TOC1");
        assertThat(entry.getCTP().xmlText()).contains("w:anchor=\"_Toc").contains("PAGEREF _Toc");
        String anchor = entry.getCTP().xmlText().replaceAll("(?s).*w:anchor=\"(_Toc\\d+)\".*", "$1");
        assertThat(doc.getParagraphs().stream().filter(p -> p.getCTP().xmlText().contains("w:name=\"" + anchor
                + "\"")).map(XWPFParagraph::getText)).containsExactly("Target modificati rispetto al piano");
        assertThat(headings).contains("Sintesi degli obiettivi strategici 2019", "Appendice B - File di origine");
    }
}
