package pira.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pira.model.Location;
import pira.model.Status;

/** A status note's kind and deliberation; a note of another kind is kept as text without one. */
class StatusNotesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Aggiornato in sede di rolling annuale con deliberazione della Giunta n. 97 del 26 luglio 2018|aggiornato|deliberazione della Giunta n. 97 del 26 luglio 2018",
        "Eliminato in sede di rolling annuale con deliberazione della Giunta n. 97 del 22 luglio 2019.|eliminato|deliberazione della Giunta n. 97 del 22 luglio 2019",
        "INSERITO in sede di rolling annuale|inserito|-",
        "(Modificato con delibera n. 12/2020)|aggiornato|delibera n. 12/2020)",
        "Soppresso|eliminato|-",
        "Confermato|-|-",
    })
    void kindAndDeliberation(String raw, String kind, String deliberation) {
        Status s = StatusNotes.parse(raw, Location.ofFile("f.pdf"));
        assertThat(s.raw()).isEqualTo(raw);
        assertThat(s.kind() == null ? null : s.kind().json()).isEqualTo(kind);
        assertThat(s.deliberation()).isEqualTo(deliberation);
    }
}
