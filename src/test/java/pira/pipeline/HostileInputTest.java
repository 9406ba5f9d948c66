package pira.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import pira.mapping.MappingCandidate;
import pira.mapping.MappingLoader;

/** Inputs that used to stop everything (issue 12): each ends as the file's own result, soon. */
class HostileInputTest {

    private static final String MAPPING = """
            id: prova
            document: piano
            signature: {formats: [csv], words: [Indicatore]}
            header: {find: [Obiettivo, Indicatore]}
            columns:
              os: "^Obiettivo$"
              name: "^Indicatore$"
              target: "^Target (?<year>20\\\\d\\\\d)$"
            levels:
              - {level: obiettivo_strategico, name: os}
            %s
            indicators:
              - name: name
                targets: target
            """;

    @TempDir
    Path dir;

    private ImportResult importCsv(String mappingExtra, String... rows) throws Exception {
        Path file = dir.resolve("piano.csv");
        Files.writeString(file, "Obiettivo;Indicatore;Target 2020\n" + String.join("\n", rows) + "\n",
                StandardCharsets.UTF_8);
        MappingCandidate m = new MappingCandidate(MappingLoader.parse("prova.yaml", MAPPING.formatted(mappingExtra)),
                "prova");
        return new Importer(List.of(), m).importFile(file);
    }

    /** A bounded repetition in ignore_rows on a 91-character row used to hang the import with no limit. */
    @Test
    @Timeout(20)
    void aPatternWithCatastrophicBacktrackingStopsWithAnItalianMessage() throws Exception {
        String row = "Crescita;" + "abcde fghij ".repeat(7) + "klmno!;10";
        ImportResult result = importCsv("ignore_rows: [\"(\\\\w+\\\\s?){1,40}$\"]", row);
        assertThat(result.ok()).isFalse();
        assertThat(result.failure()).isEqualTo(ImportResult.Failure.MISMATCH);
        assertThat(result.error()).startsWith("piano.csv: un'espressione regolare della mappatura richiede troppi"
                + " passi sul testo");
    }

    /** An 8 KB number-like cell threw StackOverflowError out of the import, past its per-file boundary. */
    @Test
    void anEnormousNumberLikeCellIsReadAsText() throws Exception {
        ImportResult result = importCsv("", "Crescita;Imprese;" + "1.000".repeat(1700));
        assertThat(result.ok()).isTrue();
        assertThat(result.plan().elements().get(0).indicators().get(0).targets().get(2020).parsed().kind().json())
                .isEqualTo("not_understood");
    }
}
