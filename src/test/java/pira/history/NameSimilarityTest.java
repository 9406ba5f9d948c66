package pira.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSimilarityTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Riduzione tempo medio di evasione pratiche RI | Riduzione tempo medio di evasione partiche | 0.67",
        "N. nuovi rilasci SPID | Numero nuovi rilasci SPID | 0.75",
        "Percentuale istanze on line | % istanze on line | 0.67",
        "Attività è già | ATTIVITA E GIA' | 1.0",
        "Riduzione n. solleciti | Ricognizione dei crediti | 0.0",
    })
    void jaccardOfTheWordsThatCount(String a, String b, double expected) {
        assertThat(NameSimilarity.of(a, b)).isCloseTo(expected, within(0.01));
        assertThat(NameSimilarity.of(b, a)).isEqualTo(NameSimilarity.of(a, b));
    }
}
