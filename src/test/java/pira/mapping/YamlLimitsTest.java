package pira.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 25: a mapping too big, too deep, with an alias bomb or a key written twice, said in Italian with the limit. */
class YamlLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aMappingOfSeveralMegabytesIsRefusedBySizeWithoutBeingRead() throws Exception {
        Path big = dir.resolve("grande.yaml");
        try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("id: grande\nname: \"");
            for (int i = 0; i < 5 * 1024; i++) {
                w.write("x".repeat(1024));
            }
            w.write("\"\n");
        }
        long start = System.nanoTime();
        MappingException e = catchThrowableOfType(() -> MappingLoader.load(big), MappingException.class);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(2_000);
        assertThat(e.getMessage()).contains("grande.yaml").contains("il file è troppo grande (5 MB, il limite è 64 KB)");
    }

    @Test
    void aKeyWrittenTwiceIsAnErrorWithItsNameAndLine() {
        MappingException e = catchThrowableOfType(() -> MappingLoader.parse("doppia.yaml",
                "id: doppia\nname: prima\nname: seconda\n"), MappingException.class);
        assertThat(e.problems()).containsExactly("riga 3: la chiave 'name' è scritta due volte: tenerne una sola"
                + " (pira non sceglie quale valore vale)");
    }

    @Test
    void nestingBeyondTheLimitIsSaidAsALimitNotAsASyntaxError() {
        StringBuilder yaml = new StringBuilder("id: profonda\n");
        for (int i = 0; i < 60; i++) {
            yaml.append("  ".repeat(i)).append("a:\n");
        }
        MappingException e = catchThrowableOfType(() -> MappingLoader.parse("profonda.yaml", yaml.toString()),
                MappingException.class);
        assertThat(e.problems()).singleElement().asString().contains("più di " + YamlLimits.MAX_DEPTH
                + " livelli annidati (il limite)").doesNotContain("non è YAML valido");
    }

    @Test
    void anAliasBombIsNeitherExpandedByTheCheckedLoaderNorByTheBuiltinReader() {
        List<String> lines = new ArrayList<>(List.of("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"));
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            lines.add(c + ": &" + c + " [*" + p + ",*" + p + ",*" + p + ",*" + p + ",*" + p + ",*" + p + ",*" + p + "]");
        }
        String bomb = String.join("\n", lines) + "\n";
        long start = System.nanoTime();
        assertThatThrownBy(() -> MappingLoader.parse("bomba.yaml", bomb)).isInstanceOf(MappingException.class);
        assertThatThrownBy(() -> BuiltinReader.read(bomb)).hasMessageContaining("aliases");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(5_000);
    }

    @Test
    void textOverTheCodePointLimitIsSaidAsALimit() {
        String yaml = "id: lunga\nname: \"" + "x".repeat((int) YamlLimits.MAX_BYTES + 10) + "\"\n";
        MappingException e = catchThrowableOfType(() -> MappingLoader.parse("lunga.yaml", yaml),
                MappingException.class);
        assertThat(e.problems()).singleElement().asString().contains("il limite").doesNotContain("non è YAML valido");
    }
}
