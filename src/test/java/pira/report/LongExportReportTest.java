package pira.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import pira.achievement.AchievementCalculator;
import pira.achievement.AchievementOptions;
import pira.achievement.Assessment;
import pira.achievement.PeriodRule;
import pira.achievement.ReferenceValues;
import pira.mapping.MappingCandidate;
import pira.mapping.MappingLoader;
import pira.model.Element;
import pira.model.Plan;
import pira.pipeline.Importer;
import pira.validation.Finding;
import pira.validation.ValidationContext;
import pira.validation.rules.Validator;

/**
 * Issue 24, long exports ({@code samples/casi/export-risultati.csv}): every score says the period and the units it
 * rests on, with their targets and progress in the Target and Valore cells; a unit whose progress falls in the last
 * quarter is a finding; the year exported before any monitoring is "non ancora rilevato"; the strategic objective's
 * result is the mean of its own indicators, as the body's Relazione states it (37,50 %).
 */
class LongExportReportTest {

    private static final Path CSV = Path.of("samples/casi/export-risultati.csv");
    private static final Path MAPPING = Path.of("samples/casi/export-risultati.yaml");

    private static Plan plan(String yaml) throws Exception {
        return new Importer(List.of(), new MappingCandidate(MappingLoader.parse("m.yaml", yaml), "m"))
                .importFile(CSV).plan();
    }

    private static Plan plan() throws Exception {
        return plan(Files.readString(MAPPING, StandardCharsets.UTF_8));
    }

    private static XWPFDocument docx(Plan plan, int year, PeriodRule rule) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReport(plan, new Validator(ValidationContext.defaults()).validate(plan), new ReportOptions(year, null,
                "Relazione " + year, null, LocalDate.of(year + 1, 6, 30), null, true).withPeriods(rule)).write(out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<XWPFTableRow> rows(XWPFDocument doc) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText().equals("Indicatore"))
                .flatMap(t -> t.getRows().stream().skip(1)).toList();
    }

    private static XWPFTableRow row(XWPFDocument doc, String name) {
        return rows(doc).stream().filter(r -> r.getCell(1).getText().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> cells(XWPFTableRow row) {
        // no weights in the export: Codice, Indicatore, Target, Valore, Raggiungimento, Esito, Responsabile
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    @Test
    void everyScoreNamesItsPeriodAndUnitsAndShowsTargetsAndProgress() throws Exception {
        try (XWPFDocument doc = docx(plan(), 2020, PeriodRule.LAST)) {
            assertThat(rows(doc)).hasSize(5).allSatisfy(r -> {
                assertThat(r.getCell(2).getText()).isNotEqualTo("—");
                assertThat(r.getCell(3).getText()).isNotEqualTo("—").contains("(avanzamento del periodo 4)");
                assertThat(r.getCell(4).getText()).contains("avanzamento del periodo 4, l'ultimo rilevato")
                        .containsPattern("media di 2 strutture|struttura [A-Z]");
            });
            assertThat(cells(row(doc, "Pratiche SUAP gestite on line")).subList(2, 6)).containsExactly(
                    "100%\n(per ognuna delle 2 strutture)",
                    "Sportello SUAP: 1 (avanzamento del periodo 4)\nUfficio personale: 0 (avanzamento del periodo 4)",
                    "50,0 %\n(media di 2 strutture, avanzamento del periodo 4, l'ultimo rilevato)",
                    "parzialmente raggiunto");
            assertThat(cells(row(doc, "Imprese con domicilio digitale attivo")).subList(2, 5)).containsExactly(
                    "60%\n(della struttura Registro imprese)", "Registro imprese: 0,25 (avanzamento del periodo 4)",
                    "25,0 %\n(struttura Registro imprese, avanzamento del periodo 4, l'ultimo rilevato)");
            // an indicator at 0 in every quarter while the others progress is a real 0, not "non ancora rilevato"
            assertThat(cells(row(doc, "Convenzioni con i Comuni per lo sportello")).subList(4, 6)).containsExactly(
                    "0,0 %\n(struttura Sportello SUAP, avanzamento del periodo 4, l'ultimo rilevato)", "non raggiunto");
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .anyMatch(p -> p.contains("il periodo su cui poggia il raggiungimento è l'ultimo periodo rilevato"));
        }
    }

    @Test
    void aUnitFallingBackInItsLastPeriodIsAFinding() throws Exception {
        List<Finding> findings = new Validator(ValidationContext.defaults()).validate(plan());
        assertThat(findings).filteredOn(f -> f.rule().equals("AVANZAMENTO-IN-CALO")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("\"Pratiche SUAP gestite on line\"", "struttura Ufficio personale",
                    "scende a 0 nel periodo 4", "da 1 nel periodo 3", "(periodi 1: 0; 2: 0; 3: 1; 4: 0)");
            assertThat(f.expected()).isEqualTo("almeno 1 (periodo 3)");
            assertThat(f.observed()).isEqualTo("0 (periodo 4)");
            assertThat(f.location().cell()).isEqualTo("I27");
        });
    }

    @Test
    void aYearNotMonitoredYetIsNotAssessedAsNotReached() throws Exception {
        Plan plan = plan();
        assertThat(AchievementOptions.of(plan, PeriodRule.LAST).notYetMonitored(2021)).isTrue();
        assertThat(AchievementOptions.of(plan, PeriodRule.LAST).notYetMonitored(2020)).isFalse();
        try (XWPFDocument doc = docx(plan, 2021, PeriodRule.LAST)) {
            assertThat(rows(doc)).hasSize(5).allSatisfy(r -> {
                assertThat(r.getCell(4).getText()).startsWith("non ancora rilevato");
                assertThat(r.getCell(5).getText()).isEqualTo("non ancora rilevato");
            });
            assertThat(doc.getTables().stream().flatMap(t -> t.getRows().stream())
                    .flatMap(r -> r.getTableCells().stream()).map(c -> c.getText()))
                    .noneMatch(t -> t.contains("non raggiunto") || t.contains("0,0 %"));
        }
    }

    @Test
    void theStrategicObjectiveIsTheMeanOfItsOwnIndicatorsAsTheBodyStatesIt() throws Exception {
        Plan plan = plan();
        Element area = plan.elements().get(0);
        Element os = area.children().get(0);
        assertThat(os.code()).isEqualTo("6.1");
        assertThat(os.indicators()).hasSize(2);
        assertThat(os.children()).extracting(Element::code).containsExactly("6.1.1");
        AchievementCalculator calculator = new AchievementCalculator(2020, true, ReferenceValues.NONE,
                pira.achievement.Choices.DEFAULT,
                AchievementOptions.of(plan, PeriodRule.LAST));
        // the Relazione's 37,50 % for objective 6.1 and area 6
        assertThat(calculator.element(os).percent()).isEqualByComparingTo(new BigDecimal("37.5"));
        assertThat(calculator.element(area).percent()).isEqualByComparingTo(new BigDecimal("37.5"));
        // without result_shares the operational objective (50 %) is mixed in: 41,67 %, not the official figure
        Plan mixed = plan(Files.readString(MAPPING, StandardCharsets.UTF_8).replaceAll("(?s)result_shares:.*", ""));
        Assessment m = new AchievementCalculator(2020, true, ReferenceValues.NONE,
                pira.achievement.Choices.DEFAULT,
                AchievementOptions.of(mixed, PeriodRule.LAST)).element(mixed.elements().get(0).children().get(0));
        assertThat(m.percent().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("41.67");
        try (XWPFDocument doc = docx(plan, 2020, PeriodRule.LAST)) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)).contains(
                    "Quote del raggiungimento: indicatori 100%, livelli inferiori 0%.",
                    "Raggiungimento 2020: 37,5 % (valutati 2 di 2 indicatori), solo gli indicatori propri (quote:"
                            + " indicatori 100%, livelli inferiori 0%)");
        }
    }

    @Test
    void thePeriodRuleChoosesTheBestOrTheNamedPeriod() throws Exception {
        Plan plan = plan();
        try (XWPFDocument doc = docx(plan, 2020, PeriodRule.BEST)) {
            assertThat(cells(row(doc, "Pratiche SUAP gestite on line")).subList(3, 5)).containsExactly(
                    "Sportello SUAP: 1 (avanzamento del periodo 4)\nUfficio personale: 1 (avanzamento del periodo 3)",
                    "100,0 %\n(media di 2 strutture, avanzamento dei periodi 3, 4 (il periodo con il raggiungimento"
                            + " migliore di ogni struttura))");
        }
        try (XWPFDocument doc = docx(plan, 2020, PeriodRule.parse("2"))) {
            assertThat(cells(row(doc, "Webinar per le imprese")).subList(3, 5)).containsExactly(
                    "Promozione: 0,5 (avanzamento del periodo 2)",
                    "50,0 %\n(struttura Promozione, avanzamento del periodo 2, quello scelto)");
        }
        try (XWPFDocument doc = docx(plan, 2020, PeriodRule.parse("5"))) {
            assertThat(row(doc, "Webinar per le imprese").getCell(4).getText())
                    .isEqualTo("non valutabile: nessuna delle 1 strutture assegnatarie è valutabile: manca l'avanzamento del"
                            + " periodo 5 (periodi: 1, 2, 3, 4)");
        }
    }
}
