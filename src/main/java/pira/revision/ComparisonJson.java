package pira.revision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/**
 * A comparison as JSON ({@code schema/confronto.schema.json}): the same comparison, the same bytes; the changes and
 * findings in the comparison's order.
 */
public final class ComparisonJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ComparisonJson() {
    }

    public static String toJson(Comparison comparison) {
        try {
            return MAPPER.writeValueAsString(comparison) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
