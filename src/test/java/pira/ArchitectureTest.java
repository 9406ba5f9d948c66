package pira;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dependencies point one way: cli -> {inbox, pipeline} -> {draft, choice} -> layout -> {source, mapping, tree,
 * value} and {report, validation, history} -> achievement -> model: the mapping files know no layout, the tree no file
 * format, a source reader nothing of PIRA; the history joins models and knows neither how they were read nor the
 * Giunta's document. Checked on the
 * import lines of the sources, so a stage that reaches the wrong way fails the build.
 */
class ArchitectureTest {

    @ParameterizedTest(name = "{0} does not import {1}")
    @CsvSource({
        "archive, org.apache|org.docx4j|picocli|com.fasterxml|technology.tabula|pira\\.(?!archive)",
        "model, org.apache.poi|picocli|org.apache.commons.csv|com.networknt|pira\\.(source|mapping|value|pipeline|cli)",
        "value, org.apache.poi|picocli|com.fasterxml|pira\\.(source|mapping|pipeline|cli)",
        "source, picocli|com.fasterxml|pira\\.(mapping|value|pipeline|cli)|pira\\.model\\.(?!Location)",
        "mapping, org.apache.poi|org.apache.commons.csv|picocli|pira\\.(pipeline|cli|layout|choice|draft|tree|source)",
        "tree, org.apache|technology.tabula|org.docx4j|picocli|pira\\.(source|mapping|layout|choice|draft|pipeline|cli)",
        "layout, org.apache.poi|org.apache.commons.csv|technology.tabula|picocli|pira\\.(pipeline|cli|choice|draft)",
        "choice, org.apache.poi|org.apache.commons.csv|technology.tabula|picocli|pira\\.(pipeline|cli|draft)",
        "draft, org.apache.poi|org.apache.commons.csv|technology.tabula|picocli|pira\\.(pipeline|cli)",
        "pipeline, org.apache.poi|org.apache.commons.csv|picocli|pira\\.cli",
        "inbox, org.apache.poi|org.apache.commons.csv|picocli|me.tongfei|pira\\.cli",
        "validation, org.apache.poi|org.apache.commons.csv|org.docx4j|picocli|pira\\.(source|mapping|pipeline|cli|report)",
        "achievement, org.apache|org.docx4j|picocli|com.fasterxml|pira\\.(source|mapping|pipeline|cli|validation|report)",
        "history, org.apache.commons.csv|org.docx4j|picocli|technology.tabula|pira\\.(source|mapping|layout|pipeline|cli|inbox|report|validation)",
        "report, org.apache.poi|org.apache.commons.csv|picocli|technology.tabula|pira\\.(source|mapping|pipeline|cli|inbox)",
        "revision, org.apache|org.docx4j|picocli|technology.tabula|pira\\.(source|mapping|layout|tree|pipeline|cli|inbox|report|validation)",
    })
    void stageDoesNotReachTheWrongWay(String pkg, String forbidden) throws IOException {
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/pira", pkg))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("import ") && line.matches("import (static )?(" + forbidden + ").*")) {
                        offending.add(f.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertThat(offending).isEmpty();
    }
}
