package pira.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import pira.achievement.Assessment;

/** Issue 14: every score says on how much it rests, with one decimal; below half of its parts it is marked. */
class ScoreTest {

    @Test
    void aScoreSaysWhatItRestsOn() {
        Assessment enough = Assessment.of(new BigDecimal("74.66"), "media pesata",
                new Assessment.Coverage(2, 4, "obiettivi operativi"));
        assertThat(DocxReport.score(enough)).isEqualTo("74,7 % (valutati 2 di 4 obiettivi operativi)");
        assertThat(enough.outcome()).isEqualTo("parzialmente raggiunto");
        assertThat(DocxReport.percent(Assessment.of(BigDecimal.valueOf(81), "x"))).isEqualTo("81,0 %");
    }

    @Test
    void aScoreOnFewerThanHalfOfItsPartsIsMarkedAndGivesNoOutcome() {
        Assessment thin = Assessment.of(new BigDecimal("100"), "media pesata",
                new Assessment.Coverage(1, 4, "obiettivi operativi"));
        // no percentage that would read as a result (OIV review, issue 24)
        assertThat(DocxReport.score(thin)).isEqualTo(WordXml.MARK + "non valutabile: copertura insufficiente (valutati"
                + " 1 di 4 obiettivi operativi)");
        assertThat(thin.outcome()).isEqualTo("non valutabile (copertura insufficiente)");
    }

    @Test
    void codesAreInTheirNaturalOrder() {
        assertThat(StrategicObjectives.compareCodes("2", "10")).isNegative();
        assertThat(StrategicObjectives.compareCodes("OS1.10", "OS1.2")).isPositive();
        assertThat(StrategicObjectives.compareCodes("3", "3")).isZero();
    }
}
