package pira.achievement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pira.model.ParsedValue;
import pira.value.ValueParser;

/** Issue 14: the values a person reads in a Relazione's sentences, and no guess where the sentence leaves doubt. */
class SentenceValueTest {

    private static String read(String text, String target) {
        ParsedValue t = ValueParser.parse(target);
        return SentenceValue.read(text, t, 2019).map(r -> (r.value().parsed().number() == null ? ""
                : r.value().parsed().number().stripTrailingZeros().toPlainString()
                + (r.value().parsed().isPercent() ? "%" : "")) + (r.value().parsed().date() == null ? ""
                : r.value().parsed().date().toString()) + " | " + r.how()).orElse("nessuno");
    }

    @Test
    void onePercentageInASentence() {
        assertThat(read("Verificato il 100% delle imprese e avviato procedimento di inibizione", "100%"))
                .isEqualTo("100% | 100%");
    }

    /** A decimal point in a percentage ("27.5%") is not a thousands separator: it gave 275%. */
    @Test
    void aDecimalPercentageKeepsItsDecimals() {
        assertThat(read("Verificato il 27.5% delle pratiche", "30%")).isEqualTo("27.5% | 27.5%");
        assertThat(read("Verificato il 27,5% delle pratiche", "30%")).isEqualTo("27.5% | 27,5%");
    }

    @Test
    void theNumberAfterAColonOfAPercentageLabel() {
        assertThat(read("% istanze on line rispetto al totale delle istanze presentate: 27.", "22%"))
                .isEqualTo("27% | 27%");
    }

    @Test
    void aPairOfCountsIsTheirRatio() {
        assertThat(read("Imprese da verificare: 7.329 Imprese verificate: 7.329", "100%")).isEqualTo("100% | 7329 su 7329");
        assertThat(read("7.329 / 7.329", "100%")).isEqualTo("100% | 7329 su 7329");
        assertThat(read("Imprese da verificare: 190 – Imprese verificate: 171", "100%")).isEqualTo("90% | 171 su 190");
    }

    @Test
    void aDateInsideASentenceAgainstADeadline() {
        assertThat(read("Regolamento adottato con Delibera di Giunta n. 209 del 2.12.2019", "Entro 31.12"))
                .isEqualTo("2019-12-02 | la data 02/12/2019");
    }

    @Test
    void aDateInWordsAgainstADeadline() {
        assertThat(read("Studio presentato agli stakeholder il 30 settembre", "31/12/2019"))
                .isEqualTo("2019-09-30 | la data 30/09/2019");
        assertThat(read("Adottato il 2 dicembre 2019 dalla Giunta", "Entro 31.12")).isEqualTo("2019-12-02 | la data"
                + " 02/12/2019");
    }

    @Test
    void oneNumberAgainstACount() {
        assertThat(read("Numero di KPI del progetto PID: 117", "100")).isEqualTo("117 | 117");
    }

    @Test
    void noGuessAmongSeveral() {
        assertThat(read("Pratiche RI -11% pratiche attività regolate -16% pratiche artigianato -37%", "-10%"))
                .isEqualTo("nessuno");
        assertThat(read("Realizzati 3 eventi e 2 incontri", "3")).isEqualTo("nessuno");
        assertThat(read("Delibera del 2.12.2019 e del 5.12.2019", "Entro 31.12")).isEqualTo("nessuno");
    }
}
