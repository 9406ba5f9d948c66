package pira.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The documented schema {@code schema/plan.schema.json} describes what pira writes. */
class PlanSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"sondrio-piano-2022-2024.xlsx", "milano-pira-2019-2021.xlsx", "milano-pira-2019-2021.pdf",
        "milano-relazione-2019.pdf", "alessandria-kpi-2020.csv", "alessandria-kpi-operativi-2020.pdf",
        "asti-schede-obiettivi-2020.docx",
        "alessandria-albero-performance-2020.docx",
        "alessandria-albero-performance-2020.pdf"})
    void goldenJsonIsValidAgainstTheSchema(String sample) throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(new ObjectMapper().readTree(Path.of("schema/plan.schema.json").toFile()));
        String json = Files.readString(Path.of("src/test/resources/golden", sample + ".plan.json"));
        assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
        assertThat(schema.validate(json.replace("\"schemaVersion\" : \"1.0\"", "\"schemaVersion\" : \"2.0\""),
                InputFormat.JSON)).isNotEmpty();
    }
}
