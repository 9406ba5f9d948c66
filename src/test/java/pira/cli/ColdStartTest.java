package pira.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cold {@code pira import} of an XLSX pays for no library it does not use: in a JVM of its own it loads no class
 * of docx4j, tabula, PDFBox, commons-csv or the schema validator (the built-in mappings are checked by the build).
 */
class ColdStartTest {

    @TempDir
    Path dir;

    @Test
    void importingAWorkbookLoadsNoUnusedLibrary() throws Exception {
        Path log = dir.resolve("classi.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("java.class.path"), "pira.cli.Main", "import",
                "samples/sondrio-piano-2022-2024.xlsx", "--out", dir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        List<String> loaded = Files.readAllLines(log).stream().filter(l -> l.contains("[class,load]")).toList();
        assertThat(loaded).as("classes loaded").hasSizeGreaterThan(1000);
        // the pattern below finds what is loaded: pira itself and POI are
        assertThat(loaded).anyMatch(l -> l.contains("] pira.cli.Main")).anyMatch(l -> l.contains("] org.apache.poi."));
        for (String library : List.of("org.docx4j.", "technology.tabula.", "org.apache.pdfbox.", "org.apache.commons.csv.",
                "com.networknt.")) {
            assertThat(loaded).as(library).noneMatch(l -> l.contains("] " + library));
        }
    }
}
