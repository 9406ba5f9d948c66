package pira.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import pira.mapping.BuiltinMappings;
import pira.model.Plan;
import pira.pipeline.Importer;
import pira.validation.ValidationContext;
import pira.validation.rules.Validator;

/** A plan read from a Word document (Asti's schede) feeds the report: targets 2020 shown, nothing to assess yet. */
class WordPlanReportTest {

    @Test
    void astiSchedeGiveOneTablePerObjectiveWithTheTargetsOfTheYear() throws Exception {
        Plan plan = new Importer(BuiltinMappings.load(), null)
                .importFile(Path.of("samples/asti-schede-obiettivi-2020.docx")).plan();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReport(plan, new Validator(ValidationContext.defaults()).validate(plan), new ReportOptions(2020,
                null, "Piano della performance 2020", null, LocalDate.of(2020, 1, 30), null, true)).write(out);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<XWPFTable> tables = doc.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText()
                    .equals("Indicatore")).toList();
            assertThat(tables).hasSize(5);
            assertThat(tables.stream().mapToInt(t -> t.getRows().size() - 1).sum()).isEqualTo(14);
            XWPFTableRow first = tables.get(0).getRow(1);
            // Asti's schede give no weights: no column of dashes
            assertThat(tables.get(0).getRow(0).getTableCells().stream().map(c -> c.getText())).doesNotContain("Peso");
            assertThat(first.getTableCells().stream().map(c -> c.getText()).toList().subList(0, 4)).containsExactly("",
                    "Numero di report (analisi, documenti, studi) realizzati sull'economia locale diffusi nell'anno",
                    "≥ 2", "—");
            assertThat(first.getCell(4).getText()).startsWith("non valutabile");
            XWPFTableRow benchmark = tables.get(2).getRow(1);
            assertThat(benchmark.getCell(2).getText()).isEqualTo("≥ 10% rispetto alla media nazionale");
            XWPFTable summary = doc.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText()
                    .equals("Obiettivo strategico")).findFirst().orElseThrow();
            assertThat(summary.getRows().stream().skip(1).map(r -> r.getCell(0).getText()).toList())
                    .containsExactly("OS1.1", "OS1.2", "OS2.1", "OS3.1", "OS3.2");
        }
    }

    /** An export by quarter (issue 13): the value shown is the last quarter's, named, and the achievement rests on it. */
    @Test
    void aPlanWithPeriodsShowsTheLastPeriodsProgress() throws Exception {
        Path mapping = Path.of("samples/casi/export-trimestri.yaml");
        Plan plan = new Importer(List.of(), new pira.mapping.MappingCandidate(pira.mapping.MappingLoader.load(mapping),
                mapping.toString())).importFile(Path.of("samples/casi/export-trimestri.csv")).plan();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReport(plan, List.of(), new ReportOptions(2020, null, "Monitoraggio 2020", null,
                LocalDate.of(2020, 12, 31), null, true)).write(out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            XWPFTableRow row = doc.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText()
                    .equals("Indicatore")).flatMap(t -> t.getRows().stream())
                    .filter(r -> r.getCell(1).getText().startsWith("Dipendenti formati")).findFirst().orElseThrow();
            // Avanzamento is the progress the software states, a degree of achievement: 0,93 is 93%
            assertThat(row.getCell(3).getText()).isEqualTo("0,93\n(avanzamento del periodo 4)");
            assertThat(row.getCell(4).getText()).startsWith("93");
        }
    }

    @Test
    void alessandriaAlberoGivesTheAchievementOfItsStatedValues() throws Exception {
        Plan plan = new Importer(BuiltinMappings.load(), null)
                .importFile(Path.of("samples/alessandria-albero-performance-2020.docx")).plan();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReport(plan, List.of(), new ReportOptions(2020, null, "Albero della performance 2020", null,
                LocalDate.of(2020, 1, 30), null, true)).write(out);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(doc.getParagraphs().stream().map(p -> p.getText()))
                    .contains("Obiettivo strategico GARANTIRE IL RAFFORZAMENTO DELLE IMPRESE",
                            "Obiettivo operativo 011-005-001 - Regolamentazione, incentivazione dei settori"
                                    + " imprenditoriali e riassetto industriali");
            List<XWPFTable> tables = doc.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText()
                    .equals("Indicatore")).toList();
            assertThat(tables.stream().mapToInt(t -> t.getRows().size() - 1).sum()).isEqualTo(39);
            XWPFTableRow first = tables.get(0).getRow(1);
            assertThat(first.getTableCells().stream().map(c -> c.getText()).toList().subList(0, 7)).containsExactly("",
                    "Organizzazione momenti formativi per le imprese su tematiche specifiche ed innovative", "40 %",
                    ">= 3", "6", "100,0 %", "raggiunto");
        }
    }

    @Test
    void astiAlberoShowsTheSharesTheProgrammesAndEveryIndicator() throws Exception {
        Plan plan = new Importer(BuiltinMappings.load(), null)
                .importFile(Path.of("samples/asti-albero-performance-2020.docx")).plan();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReport(plan, List.of(), new ReportOptions(2020, null, "Albero della performance 2020", null,
                LocalDate.of(2020, 1, 30), null, true)).write(out);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(p -> p.getText()).toList();
            int os = paragraphs.lastIndexOf("Obiettivo strategico OS1.1 - L'AMMINISTRAZIONE PER LO SVILUPPO E LA"
                    + " COMPETITIVITA' DELLE IMPRESE E DEL TERRITORIO");
            assertThat(os).isPositive(); // the last one: the first is the entry of the contents
            assertThat(paragraphs.get(os + 1)).isEqualTo("Quote del raggiungimento: indicatori 40%, livelli inferiori"
                    + " 60%.");
            assertThat(paragraphs).contains("Programma Politiche di sviluppo, competitività e innovazione, di RSI e"
                    + " movimento cooperativo", "Obiettivo operativo OP 3.2.1 - Prosecuzione dei percorsi formativi"
                    + " legati al riordino delle funzioni e competenze camerale");
            assertThat(paragraphs.stream().filter(p -> p.startsWith("Quote del raggiungimento"))).hasSize(5);
            List<XWPFTable> tables = doc.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText()
                    .equals("Indicatore")).toList();
            assertThat(tables.stream().mapToInt(t -> t.getRows().size() - 1).sum()).isEqualTo(34);
            // "Stato" is the 2019 value: a 2020 report has targets and no actual value yet
            XWPFTableRow first = tables.get(0).getRow(1);
            assertThat(first.getTableCells().stream().map(c -> c.getText()).toList().subList(1, 6)).containsExactly(
                    "N. report (analisi, documenti, studi) sull'economia locale diffusi nell'anno (PIRA)", "25 %",
                    ">= 2", "—", "non valutabile: manca il valore conseguito 2020");
        }
    }
}
