package pira.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pira.history.report.HistoryHtml;
import pira.history.report.HistoryXlsx;
import pira.mapping.MappingCandidate;
import pira.mapping.MappingLoader;
import pira.model.Plan;
import pira.pipeline.Importer;

/**
 * The history of Milano's documents in samples/ against its golden file (rewritten with
 * {@code -Dgolden.update=true}, the diff reviewed), the schema, and the HTML and XLSX made from it.
 */
class HistorySamplesTest {

    /** Each sample with its mapping, in an order the history must not depend on. */
    static final String[][] MILANO = {
        {"milano-relazione-2019.pdf", "milano-relazione.yaml"},
        {"milano-pira-2019-2021.pdf", "milano-pira.yaml"},
    };
    /** The two revisions of the PIRA and the two Relazioni. */
    static final String[][] MILANO_2019_2020 = {
        {"milano-relazione-2020.pdf", "milano-relazione.yaml"},
        {"milano-pira-2020-2022.pdf", "milano-pira.yaml"},
        {"milano-relazione-2019.pdf", "milano-relazione.yaml"},
        {"milano-pira-2019-2021.pdf", "milano-pira.yaml"},
    };
    private static final Path GOLDEN = Path.of("src/test/resources/golden/storia");

    private static History history;

    @BeforeAll
    static void readTheSamples() throws Exception {
        history = HistoryBuilder.of(read(MILANO));
    }

    static List<Plan> read(String[][] samples) throws Exception {
        List<Plan> plans = new ArrayList<>();
        for (String[] s : samples) {
            MappingCandidate m = new MappingCandidate(MappingLoader.load(Path.of("mappings", s[1])), s[1]);
            plans.add(new Importer(List.of(), m).importFile(Path.of("samples", s[0])).plan());
        }
        return plans;
    }

    @Test
    void historyEqualsItsGoldenFileAndItsSchema() throws Exception {
        String json = matchesGolden(history, "milano-2019.history.json");
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(new ObjectMapper().readTree(Path.of("schema/history.schema.json").toFile()));
        assertThat(schema.validate(json.replace("\"pairedBy\" : \"codice\"", "\"pairedBy\" : \"forse\""),
                InputFormat.JSON)).isNotEmpty();
        // the order the files are given in changes nothing
        String[][] reversed = {MILANO[1], MILANO[0]};
        assertThat(HistoryJson.toJson(HistoryBuilder.of(read(reversed)))).isEqualTo(json);
    }

    /** The golden file's text, after checking the history against it and against the schema. */
    private static String matchesGolden(History h, String name) throws Exception {
        String json = HistoryJson.toJson(h);
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, json, StandardCharsets.UTF_8);
        }
        assertThat(json).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(new ObjectMapper().readTree(Path.of("schema/history.schema.json").toFile()));
        assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
        return json;
    }

    @Test
    void twoRevisionsAndTwoRelazioniJoinYearByYear() throws Exception {
        History four = HistoryBuilder.of(read(MILANO_2019_2020));
        matchesGolden(four, "milano-2019-2020.history.json");
        EnteHistory e = four.entes().get(0);
        assertThat(e.documents()).containsExactly("milano-pira-2019-2021.pdf", "milano-relazione-2019.pdf",
                "milano-pira-2020-2022.pdf", "milano-relazione-2020.pdf");
        // the target of 2020 is 2019's value + 10%: the Relazione 2019 has it
        IndicatorHistory spid = indicator(e, "1.4.4");
        YearHistory y2020 = spid.years().stream().filter(y -> y.year() == 2020).findFirst().orElseThrow();
        assertThat(y2020.targets()).extracting(Statement::document, Statement::resolved).containsExactly(
                org.assertj.core.groups.Tuple.tuple("milano-pira-2020-2022.pdf", "≥ 3.689 (valore 2019: 3.353 + 10%)"),
                org.assertj.core.groups.Tuple.tuple("milano-relazione-2020.pdf", "≥ 3.689 (valore 2019: 3.353 + 10%)"));
        assertThat(y2020.actuals()).extracting(Statement::raw).containsExactly("N. 3.800 nuovi rilasci");
        assertThat(y2020.status()).singleElement().satisfies(s -> assertThat(s.raw()).startsWith("Aggiornato in sede"
                + " di rolling annuale"));
        // the revision renumbered the adesioni of 1.4.3 as 1.4.5: joined by name
        assertThat(indicator(e, "1.4.3").members()).extracting(Member::code, Member::pairedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.4.3", "primo"),
                        org.assertj.core.groups.Tuple.tuple("1.4.5", "nome"),
                        org.assertj.core.groups.Tuple.tuple("1.4.5", "codice"));
        // the revision changed 1.4.1's target of 2020: both sources named
        assertThat(e.discrepancies()).anySatisfy(d -> {
            assertThat(d.indicator()).isEqualTo("1.4.1");
            assertThat(d.year()).isEqualTo(2020);
            assertThat(d.sources()).extracting(Statement::raw).containsExactly("20%", "22%", "22%");
        });
    }

    private static IndicatorHistory indicator(EnteHistory e, String key) {
        return e.indicators().stream().filter(i -> key.equals(i.key())).findFirst().orElseThrow();
    }

    @Test
    void targetsOf2019StatedDifferentlyByThePiraAndTheRelazioneAreFindings() {
        EnteHistory e = history.entes().get(0);
        assertThat(e.documents()).containsExactly("milano-pira-2019-2021.pdf", "milano-relazione-2019.pdf");
        assertThat(e.discrepancies()).extracting(Discrepancy::indicator)
                .containsExactly("1.1.3", "1.3.1", "1.4.1", "1.4.2", "2.2.1");
        assertThat(e.discrepancies().get(0).sources()).extracting(Statement::raw).containsExactly("-8%", "-5%");
        // 1.1.5 names two indicators: not joined, listed
        assertThat(e.uncertain()).extracting(p -> p.first().code(), Pairing::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.1.5", "stesso codice, nomi diversi"));
        assertThat(e.unpaired()).contains("1.4.4", "1.1.5", "1.1.5 (2)");
        IndicatorHistory spid = indicator(e, "1.4.4");
        assertThat(spid.years().get(0).actuals()).extracting(Statement::raw).containsExactly("N. 3.353 nuovi rilasci");
    }

    @Test
    void htmlHasATablePerObjectiveAndAChartPerIndicator() {
        String html = HistoryHtml.render(history);
        assertThat(html).isEqualTo(HistoryHtml.render(history)).doesNotContain("http-equiv", "<script src", "<link");
        assertThat(html).contains("<h3>1.4 - SERVIZI ONLINE E SALONI DEL FUTURO", "<h3>Valori discordanti tra documenti",
                "<h3>Abbinamenti incerti");
        long charts = html.split("<svg ", -1).length - 1;
        long numeric = html.split("nessun valore numerico", -1).length - 1;
        assertThat(charts + numeric).isEqualTo(history.entes().get(0).indicators().size());
        assertThat(charts).isGreaterThan(20);
    }

    @Test
    void xlsxHasOneRowPerIndicatorAndYearWithAFilterAndAFrozenHeader() throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        HistoryXlsx.write(history, first);
        HistoryXlsx.write(history, second);
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(first.toByteArray()))) {
            XSSFSheet sheet = wb.getSheet("Storia");
            long rows = history.entes().get(0).indicators().stream().mapToLong(i -> i.years().size()).sum();
            assertThat(sheet.getLastRowNum()).isEqualTo((int) rows);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K" + (rows + 1));
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Target");
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row.getCell(2).getStringCellValue().equals("1.1.3") && row.getCell(4).getNumericCellValue() == 2019) {
                    assertThat(row.getCell(5).getStringCellValue()).isEqualTo("-8%\n-5%");
                    assertThat(row.getCell(10).getStringCellValue()).isEqualTo("target");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }
}
