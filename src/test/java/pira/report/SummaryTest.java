package pira.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Level;
import pira.model.Location;
import pira.model.Plan;
import pira.model.SourceFile;
import pira.model.Value;
import pira.value.ValueParser;

/**
 * The summary the Giunta reads first, on a small plan: objective 1.1 of area 1 and another 1.1 of area 2 (two
 * objectives, two rows, each with its area), objective 3 listed under two missions (one objective, one row, its
 * indicators each counted once), an objective and an operational objective with nothing for the year (not written);
 * the counts by outcome, and the chart: one PNG part, the same bytes at every render.
 */
class SummaryTest {

    private static int row = 1;
    private static Plan plan;
    private static byte[] docx;
    private static XWPFDocument doc;

    @BeforeAll
    static void render() throws Exception {
        plan = plan();
        docx = write(plan);
        doc = new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static Plan plan() {
        // the objective's own indicator, listed with each copy of objective 3: one indicator
        Indicator own = ind("3.0.1", "100", "100");
        Element area1 = el(Level.AREA, "1", "Competitività", List.of(),
                el(Level.OBIETTIVO_STRATEGICO, "1.1", "Rafforzamento della competitività", List.of(),
                        el(Level.OBIETTIVO_OPERATIVO, "1.1.1", "Digitale", List.of(ind("1.1.1.1", "100", "100"),
                                ind("1.1.1.2", ">= 10", "5")))));
        Element area2 = el(Level.AREA, "2", "Trasparenza", List.of(),
                el(Level.OBIETTIVO_STRATEGICO, "1.1", "Puntuale attuazione della trasparenza", List.of(),
                        el(Level.OBIETTIVO_OPERATIVO, "1.1.2", "Pubblicazioni", List.of(ind("1.1.2.1", "10", "0"),
                                ind("1.1.2.2", "qualitativa", "buono"), ind2021("1.1.2.3"))),
                        // nothing for 2020: not written
                        el(Level.OBIETTIVO_OPERATIVO, "1.1.3", "Solo il 2021", List.of(ind2021("1.1.3.1")))),
                el(Level.MISSIONE, "011", "Competitività e sviluppo delle imprese", List.of(),
                        el(Level.OBIETTIVO_STRATEGICO, "3", "Imprese solide", List.of(own),
                                el(Level.OBIETTIVO_OPERATIVO, "3.1", "Innovazione", List.of(ind("3.1.1", "100",
                                        "100"))))),
                el(Level.MISSIONE, "016", "Commercio internazionale", List.of(),
                        el(Level.OBIETTIVO_STRATEGICO, "3", "Imprese solide", List.of(own),
                                el(Level.OBIETTIVO_OPERATIVO, "3.3", "Export", List.of(ind("3.3.1", "100", "50"))))),
                // nothing for 2020 at any depth: not in the summary, not written
                el(Level.OBIETTIVO_STRATEGICO, "4", "Obiettivo del 2021", List.of(),
                        el(Level.OBIETTIVO_OPERATIVO, "4.1", "Dal 2021", List.of(ind2021("4.1.1")))));
        return new Plan(Plan.SCHEMA_VERSION, "CCIAA di prova", "relazione", List.of(2020, 2021),
                List.of(new SourceFile("f.xlsx", "0".repeat(64), "xlsx", "m")), List.of(area1, area2), List.of(),
                List.of(), List.of());
    }

    static byte[] write(Plan plan) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReport(plan, List.of(), new ReportOptions(2020, null, ReportOptions.title("Relazione sulla"
                + " performance", 2020), null, null, null, true)).write(out);
        return out.toByteArray();
    }

    @Test
    void twoObjectivesSharingACodeAreTwoRowsEachWithItsAreaTheSameObjectiveUnderTwoMissionsIsOne() {
        List<List<String>> rows = cells(summary());
        assertThat(rows.get(0)).containsExactly("Codice", "Obiettivo strategico", "Raggiungimento 2020", "Esito",
                "Raggiunti", "Parzialmente raggiunti", "Non raggiunti", "Non valutabili");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0)).containsExactly("1.1", "1.1", "3");
        assertThat(rows.get(1).get(1)).isEqualTo("Rafforzamento della competitività\n(Area strategica 1 -"
                + " Competitività)");
        assertThat(rows.get(2).get(1)).isEqualTo("Puntuale attuazione della trasparenza\n(Area strategica 2 -"
                + " Trasparenza)");
        // one objective: no parent to tell it apart, and its score rests on its own indicator (once) and the
        // operational objectives of both missions: (100 + 100 + 50) / 3
        assertThat(rows.get(3).get(1)).isEqualTo("Imprese solide");
        assertThat(rows.get(3).get(2)).isEqualTo("83,3 % (valutati 3 di 3 tra indicatori e obiettivi operativi)");
    }

    @Test
    void theCountsAreTheIndicatorsAtEveryDepthEachOnceByOutcome() {
        List<List<String>> rows = cells(summary());
        // 1.1 of area 1: 100 on 100, 5 on >= 10
        assertThat(rows.get(1).subList(4, 8)).containsExactly("1", "1", "0", "0");
        // 1.1 of area 2: 0 on 10, a qualitative target; the 2021 indicator is not the year's
        assertThat(rows.get(2).subList(4, 8)).containsExactly("0", "0", "1", "1");
        // 3: its own indicator once (listed with both copies), 3.1.1 reached, 3.3.1 at 50%
        assertThat(rows.get(3).subList(4, 8)).containsExactly("2", "1", "0", "0");
    }

    @Test
    void elementsWithNothingForTheYearAreNotWritten() {
        List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        assertThat(texts).contains("Obiettivo operativo 1.1.2 - Pubblicazioni")
                .noneMatch(t -> t.startsWith("Obiettivo operativo 1.1.3") || t.startsWith("Obiettivo strategico 4")
                        || t.startsWith("Obiettivo operativo 4.1"));
        assertThat(doc.getTables().stream().flatMap(t -> t.getRows().stream()).map(r -> r.getCell(0).getText()))
                .doesNotContain("4", "4.1.1", "1.1.3.1");
    }

    @Test
    void theChartIsTheOnePngPartShownAfterTheSummaryAndTheDocumentIsTheSameAtEveryRender() throws Exception {
        List<String> media = new ArrayList<>();
        byte[] png = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().startsWith("word/media/")) {
                    media.add(e.getName());
                    png = zip.readAllBytes();
                }
            }
        }
        assertThat(media).singleElement().satisfies(n -> assertThat(n).endsWith(".png"));
        assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89 - 256, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        assertThat(doc.getAllPictures()).singleElement().satisfies(p -> assertThat(p.getData()).isEqualTo(
                SummaryChart.png(List.of(new SummaryChart.Bar("1.1 (Area strategica 1)", 1, 1, 0, 0),
                        new SummaryChart.Bar("1.1 (Area strategica 2)", 0, 0, 1, 1),
                        new SummaryChart.Bar("3", 2, 1, 0, 0)))));
        // the picture sits between the summary's table and the first table of the year, with its caption
        List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        int caption = texts.indexOf("Figura 1 - Indicatori per esito di ogni obiettivo strategico, 2020 (i numeri"
                + " sono nella tabella).");
        assertThat(caption).isPositive().isLessThan(texts.indexOf("Tabelle di rendicontazione 2020"))
                .isGreaterThan(texts.indexOf("Sintesi degli obiettivi strategici 2020"));
        assertThat(doc.getParagraphs().get(caption - 1).getRuns().get(0).getEmbeddedPictures()).hasSize(1);
        assertThat(write(plan)).isEqualTo(docx);
    }

    @Test
    void somethingForTheYearIsATargetAValueAPeriodOrAUnitsValue() {
        TreeMap<String, Value> periods = new TreeMap<>(Map.of("1", v("50")));
        Indicator onlyPeriods = new Indicator("p", "p", null, null, null, null, null, null, false, null, null, null,
                null, null, null, null, null, null, null, new TreeMap<>(Map.of(2020, periods)), null, null);
        assertThat(onlyPeriods.hasSomethingFor(2020)).isTrue();
        assertThat(onlyPeriods.hasSomethingFor(2021)).isFalse();
        Indicator onlyUnits = new Indicator("u", "u", null, null, null, null, null, null, false, null, null, null,
                null, null, null, null, null, null, null, null, List.of(new pira.model.AssignedUnit("Segreteria",
                new TreeMap<>(Map.of(2021, v("10"))), null, null, null)), null);
        assertThat(onlyUnits.hasSomethingFor(2021)).isTrue();
        assertThat(onlyUnits.hasSomethingFor(2020)).isFalse();
        assertThat(ind2021("x").hasSomethingFor(2020)).isFalse();
    }

    private static XWPFTable summary() {
        return doc.getTables().get(0);
    }

    private static List<List<String>> cells(XWPFTable t) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow r : t.getRows()) {
            rows.add(r.getTableCells().stream().map(c -> c.getText()).toList());
        }
        return rows;
    }

    private static Element el(Level level, String code, String name, List<Indicator> indicators, Element... children) {
        return new Element(level, code, name, null, null, Location.ofRow("f.xlsx", "s", row++), indicators,
                List.of(children));
    }

    private static Value v(String raw) {
        return new Value(raw, ValueParser.parse(raw), Location.ofRow("f.xlsx", "s", row++));
    }

    /** An indicator with the target and actual value of 2020. */
    private static Indicator ind(String code, String target, String actual) {
        return indicator(code, new TreeMap<>(Map.of(2020, v(target))), new TreeMap<>(Map.of(2020, v(actual))));
    }

    /** An indicator with a target for 2021 only. */
    private static Indicator ind2021(String code) {
        return indicator(code, new TreeMap<>(Map.of(2021, v("5"))), new TreeMap<>());
    }

    private static Indicator indicator(String code, TreeMap<Integer, Value> targets, TreeMap<Integer, Value> actuals) {
        return new Indicator(code, "Indicatore " + code, null, null, null, null, null, null, false, null, null, targets,
                List.of(), actuals, null, null, null, null, Location.ofRow("f.xlsx", "s", row++), null, null, null);
    }
}
