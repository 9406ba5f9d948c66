package pira.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static pira.validation.PlanFixtures.Y1;
import static pira.validation.PlanFixtures.ind;
import static pira.validation.PlanFixtures.op;
import static pira.validation.PlanFixtures.plan;
import static pira.validation.PlanFixtures.withNotes;

import org.junit.jupiter.api.Test;
import pira.model.ImportNote;
import pira.model.Location;
import pira.model.Plan;
import pira.validation.rules.ImportNotesRule;

/** The notes of the block reader reach the auditor with advice on what to do, not as bare text. */
class ImportNoteAdviceTest {

    @Test
    void blockReaderNotesCarryAdvice() {
        Plan p = withNotes(plan(Y1, op("1.1", null, ind("1.1.1", null, null, 2020, "1"))),
                new ImportNote("VALORE-RIPETUTO", "la riga \"Peso 60 %\" ripete un valore già letto",
                        Location.ofRow("a.docx", "a.docx", 6)),
                new ImportNote("INDICATORE-SENZA-LIVELLO", "l'indicatore \"X\" viene prima di ogni livello",
                        Location.ofFile("a.docx")));
        assertThat(new ImportNotesRule().run(p, ValidationContext.defaults())).extracting(Finding::message)
                .containsExactly("la riga \"Peso 60 %\" ripete un valore già letto. Controllare nel documento quale"
                                + " dei due valori è quello approvato.",
                        "l'indicatore \"X\" viene prima di ogni livello. Aggiungere alla mappatura (blocks.levels) la"
                                + " riga che apre il suo livello.");
    }

    /** The pages that are pictures, and those read by OCR, reach the auditor with what to check. */
    @Test
    void picturePagesAndOcrCarryAdvice() {
        Plan p = withNotes(plan(Y1, op("1.1", null, ind("1.1.1", null, null, 2020, "1"))),
                new ImportNote("PAGINE-IMMAGINE", "pagine 41-56: sono immagini (tabelle o grafici) e non sono state"
                        + " lette", Location.ofFile("r.pdf")),
                new ImportNote("OCR", "pagina 3: testo riconosciuto con l'OCR da immagini", Location.ofFile("r.pdf")));
        assertThat(new ImportNotesRule().run(p, ValidationContext.defaults())).extracting(Finding::message)
                .containsExactly("pagine 41-56: sono immagini (tabelle o grafici) e non sono state lette. Guardare"
                                + " quelle pagine nel documento: se hanno tabelle di obiettivi o indicatori, chiedere il"
                                + " file originale o importare con il riconoscimento del testo.",
                        "pagina 3: testo riconosciuto con l'OCR da immagini. Confrontare i valori segnati con il"
                                + " documento, o chiedere all'ufficio il file originale.");
    }
}
