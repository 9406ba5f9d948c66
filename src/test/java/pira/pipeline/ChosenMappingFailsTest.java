package pira.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pira.mapping.BuiltinMappings;
import pira.mapping.MappingCandidate;
import pira.mapping.MappingLoader;

/** A mapping chosen by its words that then does not fit the file is named, with the next candidates and scores. */
class ChosenMappingFailsTest {

    @TempDir
    Path dir;

    @Test
    void theMessageNamesTheChosenMappingAndTheOtherCandidates() throws Exception {
        // the office's copy of the Milano mapping, whose indicator name column was renamed by mistake: it wins the
        // choice over the built-in one it ties with, and then misses the column it cannot do without
        String yaml = Files.readString(Path.of("mappings/milano-pira.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^id: .*$", "id: milano-nostra")
                .replace("name: {header: \"^Indicatori$\", nth: 2}", "name: \"^Nome indicatore$\"");
        Path file = Files.writeString(dir.resolve("milano-nostra.yaml"), yaml);
        List<MappingCandidate> candidates = new ArrayList<>(BuiltinMappings.load());
        candidates.add(new MappingCandidate(MappingLoader.load(file), "mappings/milano-nostra.yaml"));
        ImportResult result = new Importer(candidates, null).importFile(Path.of("samples/milano-pira-2019-2021.xlsx"));
        assertThat(result.failure()).isEqualTo(ImportResult.Failure.MISMATCH);
        assertThat(result.error()).contains("Nome indicatore").endsWith("\n  La mappatura milano-nostra"
                + " (mappings/milano-nostra.yaml) era stata scelta in base alle parole chiave (100%); le altre"
                + " candidate:\n    milano-pira: 100% delle parole chiave\n    sondrio-piano: 17% delle parole chiave,"
                + " mancano \"Prospettiva\", \"Obiettivi strategici\", \"Azioni\", \"Soglie\", \"Relatore\"");
    }
}
