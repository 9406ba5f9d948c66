package pira.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes and reads the plan model as JSON, the hand-off between import, validation and report.
 * The format is described by {@code schema/plan.schema.json}; its version is {@link Plan#SCHEMA_VERSION}.
 */
public final class PlanJson {

    private static final ObjectMapper MAPPER = CanonicalJson.MAPPER;

    private PlanJson() {
    }

    public static String toJson(Plan plan) {
        return CanonicalJson.toJson(plan);
    }

    /** Writes the plan to a stream without building the whole text in memory. */
    public static void write(Plan plan, OutputStream out) throws IOException {
        MAPPER.writeValue(new FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                write('\n');
                flush();
            }
        }, plan);
    }

    public static Plan fromJson(String json) throws IOException {
        Plan plan = MAPPER.readValue(json, Plan.class);
        if (!Plan.READABLE_VERSIONS.contains(plan.schemaVersion())) {
            throw new IOException("versione dello schema non supportata: " + plan.schemaVersion()
                    + " (lette: " + String.join(", ", Plan.READABLE_VERSIONS) + ")");
        }
        return plan;
    }

    public static Plan read(Path file) throws IOException {
        return fromJson(Files.readString(file));
    }
}
