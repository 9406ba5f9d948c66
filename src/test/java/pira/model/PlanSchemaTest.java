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
import org.junit.jupiter.params.provider.MethodSource;

/** The documented schema {@code schema/plan.schema.json} describes what pira writes. */
class PlanSchemaTest {

    @ParameterizedTest
    @MethodSource("pira.Samples#names")
    void goldenJsonIsValidAgainstTheSchema(String sample) throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(new ObjectMapper().readTree(Path.of("schema/plan.schema.json").toFile()));
        String json = Files.readString(Path.of("src/test/resources/golden", sample + ".plan.json"));
        assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
        assertThat(schema.validate(json.replace("\"schemaVersion\" : \"" + Plan.SCHEMA_VERSION + "\"", "\"schemaVersion\" : \"2.0\""),
                InputFormat.JSON)).isNotEmpty();
    }
}
