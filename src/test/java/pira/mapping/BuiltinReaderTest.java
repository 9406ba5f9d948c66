package pira.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The start-up reader of the built-in mappings gives what Jackson's data binding gives, for every valid mapping of the
 * project (the built-in ones, the cases, the benchmark's, the tests'): a key added to the records and not to the reader
 * fails here, not in an office.
 */
class BuiltinReaderTest {

    @Test
    void readsEveryMappingOfTheProjectAsJacksonDoes() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Stream.of("mappings", "samples", "bench", "src/test/resources").map(Path::of)
                .flatMap(BuiltinReaderTest::walk)) {
            files = all.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        int compared = 0;
        for (Path file : files) {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            Mapping jackson;
            try {
                jackson = MappingLoader.parse(file.toString(), yaml);
            } catch (MappingException | RuntimeException notAMapping) {
                assertThat(file.startsWith("mappings")).as("built-in " + file + " is valid").isFalse();
                continue; // a settings file, a mapping made wrong on purpose
            }
            assertThat(BuiltinReader.read(yaml)).as(file.toString()).isEqualTo(jackson);
            compared++;
        }
        assertThat(compared).isGreaterThan(20);
    }

    /** Unquoted values YAML 1.1 would turn into a date, a sexagesimal number or a boolean read as Jackson reads them. */
    @Test
    void plainValuesAreTypedAsJacksonTypesThem() throws Exception {
        String yaml = Files.readString(Path.of("mappings/sondrio-piano.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^(\\s*words: \\[)", "$1 2019-12-31, 12:30, ");
        assertThat(yaml).contains("2019-12-31, 12:30");
        Mapping jackson = MappingLoader.parse("sondrio.yaml", yaml);
        assertThat(jackson.signature().words()).contains("2019-12-31", "12:30");
        assertThat(BuiltinReader.read(yaml)).isEqualTo(jackson);
    }

    @Test
    void theBuiltinMappingsAreReadByIt() {
        assertThat(BuiltinMappings.load()).extracting(c -> c.mapping().id()).contains("milano-pira", "sondrio-piano");
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
