package pira.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pira.mapping.MappingLoader;

/** {@code pira mappings suggest}: a draft that loads, or none, with the reason and an exit code that says so. */
class SuggestCommandTest extends CommandLineHarness {

    @TempDir
    Path dir;

    @Test
    void aWordReportWithoutTablesGetsNoDraftAndTheReason() throws Exception {
        Path report = wordReport(dir.resolve("relazione.docx"));
        Path draft = dir.resolve("bozza.yaml");

        assertThat(run("mappings", "suggest", report.toString(), "--out", draft.toString()))
                .isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(err.toString())
                .startsWith("ERRORE relazione.docx: il documento non contiene tabelle: nessuna bozza");
        assertThat(draft).doesNotExist();
        assertThat(run("mappings", "suggest", report.toString())).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(out.toString()).isEmpty();
    }

    /** A file with none of the words of a performance document is not a layout to map: no draft, the reason. */
    @Test
    void aFileThatIsNotAPlanGetsNoDraft() throws Exception {
        Path csv = java.nio.file.Files.writeString(dir.resolve("presenze.csv"),
                "Mese;Giorni lavorati;Assenze;Straordinari\nGennaio;21;3;12\nFebbraio;20;1;8\n");
        assertThat(run("mappings", "suggest", csv.toString(), "--out", dir.resolve("b.yaml").toString()))
                .isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(err.toString()).startsWith("ERRORE presenze.csv: non sembra un documento di performance (non parla"
                + " di obiettivi, indicatori, target o pesi): nessuna bozza.");
        assertThat(dir.resolve("b.yaml")).doesNotExist();
    }

    @Test
    void aDraftIsWrittenOnlyWhenItPassesTheCheck() throws Exception {
        Path draft = dir.resolve("bozza.yaml");
        assertThat(run("mappings", "suggest", "samples/casi/caso2-kpi-per-livello.csv", "--out", draft.toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(MappingLoader.load(draft).levels()).hasSize(3);
        assertThat(run("mappings", "check", draft.toString())).isEqualTo(ExitCodes.OK);
    }

    /** A few paragraphs of prose, as a report written in Word, and no table. */
    static Path wordReport(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String text : new String[] {"Relazione sulla performance 2023",
                "Nel corso dell'anno la Camera ha consolidato i servizi digitali alle imprese.",
                "Gli obiettivi operativi sono stati raggiunti in larga parte, come illustrato di seguito."}) {
                doc.createParagraph().createRun().setText(text);
            }
            doc.write(out);
        }
        return file;
    }
}
