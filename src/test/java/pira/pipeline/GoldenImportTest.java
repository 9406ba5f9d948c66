package pira.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import pira.mapping.MappingCandidate;
import pira.mapping.MappingLoader;
import pira.model.Plan;
import pira.model.PlanJson;

/**
 * Each sample imports to its checked-in model JSON ({@code src/test/resources/golden}). The golden files
 * were reviewed by hand against the seeds; they are rewritten only on purpose, with
 * {@code mvn verify -Dgolden.update=true}, and the diff is reviewed.
 */
class GoldenImportTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest(name = "{0}")
    @MethodSource("pira.Samples#withMappings")
    void sampleImportsToItsGoldenJson(String sample, String mapping) throws Exception {
        MappingCandidate candidate = new MappingCandidate(MappingLoader.load(Path.of("mappings", mapping)), mapping);
        ImportResult result = new Importer(List.of(), candidate).importFile(Path.of("samples", sample));
        assertThat(result.error()).isNull();
        String json = PlanJson.toJson(result.plan());
        Path golden = GOLDEN.resolve(sample + ".plan.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, json, StandardCharsets.UTF_8);
        }
        assertThat(json).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        // every row of every table of the source has one outcome: each table has its balance, of the source's rows
        BalanceAgainstSourceTest.assertBalanceCoversTheSource(Path.of("samples", sample), Path.of("mappings", mapping));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pira.Samples#names")
    void goldenJsonReadsBackToAnEqualModel(String sample) throws IOException {
        String json = Files.readString(GOLDEN.resolve(sample + ".plan.json"), StandardCharsets.UTF_8);
        Plan plan = PlanJson.fromJson(json);
        assertThat(PlanJson.fromJson(PlanJson.toJson(plan))).isEqualTo(plan);
        assertThat(PlanJson.toJson(plan)).isEqualTo(json);
    }

    /**
     * One block mapping for the Word document and its PDF: Alessandria's lines (stream mode, wrapped names joined
     * back) and Asti's ruled two-column tables (lattice, the lines inside each cell kept apart); only positions differ.
     */
    @ParameterizedTest
    @ValueSource(strings = {"alessandria-albero-performance-2020", "asti-albero-performance-2020"})
    void theAlberoPrintedToPdfGivesTheSameTreeAsTheWordDocument(String albero) throws Exception {
        JsonNode docx = withoutPositions(GOLDEN.resolve(albero + ".docx.plan.json"));
        JsonNode pdf = withoutPositions(GOLDEN.resolve(albero + ".pdf.plan.json"));
        assertThat(pdf).isEqualTo(docx);
    }

    private static JsonNode withoutPositions(Path golden) throws IOException {
        JsonNode tree = new ObjectMapper().readTree(golden.toFile());
        strip(tree);
        return tree;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove(List.of("location", "provenance", "sources", "notes", "balance"));
        }
        node.forEach(GoldenImportTest::strip);
    }
}
