package pira.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pira.mapping.BuiltinMappings;
import pira.pipeline.Importer;
import pira.pipeline.ValidationRun;
import pira.validation.report.TextReport;
import pira.validation.report.ValidationReport;

/**
 * The exact findings of each sample, as the text report prints them ({@code src/test/resources/findings}),
 * and the ones the issue names, asserted one by one.
 */
class SampleFindingsTest {

    private static ValidationReport validate(String sample) throws Exception {
        return new ValidationRun(new Importer(BuiltinMappings.load(), null), ValidationContext.defaults())
                .run(List.of(Path.of("samples", sample)));
    }

    @ParameterizedTest
    @MethodSource("pira.Samples#names")
    void sampleHasItsExpectedFindings(String sample) throws Exception {
        String text = TextReport.render(validate(sample));
        Path expected = Path.of("src/test/resources/findings", sample + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, text, StandardCharsets.UTF_8);
        }
        assertThat(text).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    @Test
    void sondrioMissesObjective32WithItsOrphansAndObjective3WeightsSumTo80() throws Exception {
        List<Finding> f = validate("sondrio-piano-2022-2024.xlsx").files().get(0).findings();
        assertThat(f).filteredOn(x -> x.rule().equals("ORFANO")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERRORE);
            assertThat(x.message()).startsWith("Manca l'obiettivo operativo 3.2").contains("3.2.1", "3.2.2");
            assertThat(x.location().cell()).isEqualTo("L25");
        });
        assertThat(f).filteredOn(x -> x.rule().equals("PESI-SOMMA") && "3".equals(x.code())).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("sommano a 80 invece di 100"));
        assertThat(f).filteredOn(x -> x.rule().equals("CODICE-GERARCHIA")).extracting(Finding::code)
                .containsExactly("2.1.4", "3.3.4");
    }

    @Test
    void milanoOneYearIndicatorsAreReportedOnceEach() throws Exception {
        List<Finding> f = validate("milano-pira-2019-2021.xlsx").files().get(0).findings();
        assertThat(f).filteredOn(x -> x.rule().equals("TARGET-ANNO")).extracting(Finding::code)
                .containsExactly("3.1.2", "4.1.2", "4.3.1", "6.2.1");
        assertThat(f).filteredOn(x -> "3.1.2".equals(x.code())).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.INFORMAZIONE);
            assertThat(x.message()).contains("Progetti strategici").contains("solo per il 2019 (mancano 2020, 2021)");
        });
    }

    @Test
    void alessandriaWeightsWithRoundingPass() throws Exception {
        List<Finding> f = validate("alessandria-kpi-2020.csv").files().get(0).findings();
        assertThat(f).noneMatch(x -> x.rule().startsWith("PESI"));
        assertThat(f).noneMatch(x -> x.severity() == Severity.ERRORE);
    }
}
