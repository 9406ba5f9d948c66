package pira.pipeline;

import pira.achievement.Assessment;
import pira.achievement.OutcomeBands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: the outcome bands of a chamber's measurement system, from a settings file. */
class OutcomeSettingsTest {

    @TempDir
    Path dir;

    private static Assessment at(String percent) {
        return Assessment.of(new BigDecimal(percent), "x");
    }

    @Test
    void theDefaultBandsAreAHundredAndAboveZero() {
        assertThat(OutcomeBands.DEFAULT.outcome(at("100"))).isEqualTo("raggiunto");
        assertThat(OutcomeBands.DEFAULT.outcome(at("96"))).isEqualTo("parzialmente raggiunto");
        assertThat(OutcomeBands.DEFAULT.outcome(at("0"))).isEqualTo("non raggiunto");
        assertThat(OutcomeBands.DEFAULT.describe()).isEqualTo("raggiunto da 100%, parzialmente raggiunto sopra lo 0%,"
                + " non raggiunto sotto");
    }

    @Test
    void aSettingsFileGivesTheChambersBands() throws Exception {
        Path file = Files.writeString(dir.resolve("smvp.yaml"), "# SMVP 2019\nraggiunto: 95\nparzialmente_raggiunto: 60\n");
        OutcomeBands bands = pira.pipeline.OutcomeSettings.load(file);
        assertThat(bands.outcome(at("96"))).isEqualTo("raggiunto");
        assertThat(bands.outcome(at("60"))).isEqualTo("parzialmente raggiunto");
        assertThat(bands.outcome(at("59.9"))).isEqualTo("non raggiunto");
        assertThat(bands.describe()).isEqualTo("raggiunto da 95%, parzialmente raggiunto da 60%, non raggiunto sotto");
    }

    @Test
    void mistakesInTheFileAreSaidInItalian() throws Exception {
        Path typo = Files.writeString(dir.resolve("a.yaml"), "raggiunto: 95\nparziale: 60\n");
        assertThatThrownBy(() -> pira.pipeline.OutcomeSettings.load(typo)).hasMessageEndingWith("chiave sconosciuta 'parziale';"
                + " chiavi valide: raggiunto, parzialmente_raggiunto");
        Path inverted = Files.writeString(dir.resolve("b.yaml"), "raggiunto: 60\nparzialmente_raggiunto: 95\n");
        assertThatThrownBy(() -> pira.pipeline.OutcomeSettings.load(inverted)).hasMessageContaining("non può superare");
        // equal bands leave no band between: what is not reached is not reached (Milano)
        Path equal = Files.writeString(dir.resolve("d.yaml"), "raggiunto: 100\nparzialmente_raggiunto: 100\n");
        pira.achievement.OutcomeBands none = pira.pipeline.OutcomeSettings.load(equal);
        assertThat(none.outcome(at("99.9"))).isEqualTo("non raggiunto");
        assertThat(none.describe()).isEqualTo("raggiunto da 100%, non raggiunto sotto (nessuna fascia di parzialmente"
                + " raggiunto)");
        assertThat(none.origin()).isEqualTo("d.yaml");
        Path text = Files.writeString(dir.resolve("c.yaml"), "raggiunto: tanto\n");
        assertThatThrownBy(() -> pira.pipeline.OutcomeSettings.load(text)).hasMessageContaining("deve essere una percentuale");
    }
}
