package pira.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pira confronta}: text on the console, JSON and DOCX files, plan models as inputs, errors and exit codes. */
class CompareCommandTest extends CommandLineHarness {

    @TempDir
    Path dir;

    @Test
    void printsTheChangesGroupedByKind() {
        assertThat(run("confronta", "samples/milano-pira-2019-2021.pdf", "samples/milano-pira-2020-2022.pdf"))
                .isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("Variazioni rispetto al Piano degli indicatori e dei risultati attesi di"
                + " bilancio (PIRA) 2019-2021\n").contains("\nVariazioni degli elementi del piano (1)\n"
                + "  Obiettivo operativo 2.5: eliminato (era sotto Obiettivo strategico 2)\n\n"
                + "Variazioni degli indicatori (9)\n", "\nInseriti (3)\n", "\nEliminati (2)\n",
                "\nRinominati (1)\n", "\nModificati (2)\n", "\nSpostati (1)\n", "\nRilievi sulle note (4)\n",
                "  1.4.1 (Percentuale istanze on line rispetto al tota…): target 2020: 20% → 22%\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void writesJsonAndDocxAndReadsPlanModels() throws Exception {
        Path json = dir.resolve("variazioni.json");
        assertThat(run("import", "samples/milano-pira-2019-2021.pdf", "--out", dir.toString())).isEqualTo(ExitCodes.OK);
        Path model = dir.resolve("milano-pira-2019-2021.pdf.plan.json");
        assertThat(run("confronta", model.toString(), "samples/milano-pira-2020-2022.pdf", "--out", json.toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(json)).isEqualTo(Files.readString(
                Path.of("src/test/resources/golden/confronto/milano-pira-2019-2021-2020-2022.json")));
        Path docx = dir.resolve("variazioni.docx");
        assertThat(run("confronta", model.toString(), "samples/milano-pira-2020-2022.pdf", "-o", docx.toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(Files.size(docx)).isPositive();
        assertThat(out.toString()).contains("Confronto scritto in " + docx + ": 1 variazione degli elementi del piano, 9 degli"
                + " indicatori, 4 rilievi sulle note.");
    }

    @Test
    void twoChambersAreRefused() {
        assertThat(run("confronta", "samples/sondrio-piano-2022-2024.xlsx", "samples/milano-pira-2020-2022.pdf"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).isEqualTo("ERRORE sondrio-piano-2022-2024.xlsx e milano-pira-2020-2022.pdf: i due"
                + " documenti sono di due enti diversi (\"Camera di commercio di Sondrio\" e \"Camera di commercio di"
                + " Milano Monza Brianza Lodi\"): si confrontano solo due versioni del piano della stessa Camera.\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aFileThatIsNotAPlanIsSaidAndExitsTwo() throws Exception {
        Path notes = Files.writeString(dir.resolve("appunti.json"), "{\"files\": []}");
        assertThat(run("confronta", notes.toString(), "samples/milano-pira-2020-2022.pdf"))
                .isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(err.toString()).startsWith("ERRORE appunti.json: ").contains("non un modello di piano")
                .doesNotContain("Exception");
        assertThat(run("confronta", dir.resolve("manca.pdf").toString(), "samples/milano-pira-2020-2022.pdf"))
                .isEqualTo(ExitCodes.INPUT_FAILED);
    }

    @Test
    void anOutputThatIsNeitherDocxNorJsonIsAUsageError() {
        assertThat(run("confronta", "samples/milano-pira-2019-2021.pdf", "samples/milano-pira-2020-2022.pdf", "--out",
                dir.resolve("variazioni.txt").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("il file deve finire con .docx (il documento per la Giunta) o .json");
    }
}
