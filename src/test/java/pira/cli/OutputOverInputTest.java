package pira.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pira.archive.ZipBombs;

/**
 * Issue 25: no command writes over one of its inputs (the same path, or the same file through a link): a usage error
 * naming both, and nothing written; a template that is a zip bomb is refused before anything is read.
 */
class OutputOverInputTest extends CommandLineHarness {

    @TempDir
    Path dir;

    private Path plan;
    private byte[] planBytes;

    @BeforeEach
    void aModel() throws Exception {
        Files.copy(Path.of("samples/alessandria-kpi-2020.csv"), dir.resolve("kpi.csv"));
        assertThat(run("import", dir.resolve("kpi.csv").toString(), "-o", dir.toString())).isEqualTo(ExitCodes.OK);
        plan = dir.resolve("kpi.csv.plan.json");
        planBytes = Files.readAllBytes(plan);
    }

    private void refused(Path kept, byte[] before, String option) throws Exception {
        assertThat(err.toString()).contains("ERRORE " + option + " ").contains("è anche un file letto dal comando")
                .contains("nulla è stato scritto");
        assertThat(Files.readAllBytes(kept)).isEqualTo(before);
    }

    @Test
    void reportOverItsWordPlan() throws Exception {
        Path word = Files.copy(Path.of("samples/asti-albero-performance-2020.docx"), dir.resolve("albero.docx"));
        byte[] before = Files.readAllBytes(word);
        assertThat(run("report", "--plan", word.toString(), "--year", "2020", "-o", word.toString()))
                .isEqualTo(ExitCodes.USAGE);
        refused(word, before, "--out");
    }

    @Test
    void reportOverItsPlanThroughALink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("collegamento.json"), plan);
        assertThat(run("report", "--plan", plan.toString(), "--year", "2020", "-o", link.toString()))
                .isEqualTo(ExitCodes.USAGE);
        refused(plan, planBytes, "--out");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void reportWithATemplateThatIsAZipBomb() throws Exception {
        Path bomb = ZipBombs.template(dir.resolve("bomba.dotx"), 200);
        Path out = dir.resolve("relazione.docx");
        assertThat(run("report", "--plan", plan.toString(), "--year", "2020", "-o", out.toString(), "--template",
                bomb.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("bomba.dotx: il file si espande in modo anomalo")
                .contains("possibile \"zip bomb\"");
        assertThat(out).doesNotExist();
    }

    @Test
    void compareOverOneOfItsInputs() throws Exception {
        assertThat(run("confronta", plan.toString(), plan.toString(), "-o", plan.toString()))
                .isEqualTo(ExitCodes.USAGE);
        refused(plan, planBytes, "--out");
    }

    @Test
    void historyOverOneOfItsInputs() throws Exception {
        assertThat(run("storia", plan.toString(), "-o", plan.toString())).isEqualTo(ExitCodes.USAGE);
        refused(plan, planBytes, "--out");
    }

    @Test
    void historyOverAFileOfTheFolderItReads() throws Exception {
        assertThat(run("storia", dir.toString(), "-o", plan.toString())).isEqualTo(ExitCodes.USAGE);
        refused(plan, planBytes, "--out");
    }

    @Test
    void validateOverItsModel() throws Exception {
        assertThat(run("validate", plan.toString(), "-o", plan.toString())).isEqualTo(ExitCodes.USAGE);
        refused(plan, planBytes, "--out");
    }

    @Test
    void suggestOverItsFile() throws Exception {
        Path csv = dir.resolve("kpi.csv");
        byte[] before = Files.readAllBytes(csv);
        assertThat(run("mappings", "suggest", csv.toString(), "-o", csv.toString())).isEqualTo(ExitCodes.USAGE);
        refused(csv, before, "--out");
    }

    @Test
    void importIntoAFolderThatIsItsFile() throws Exception {
        Path csv = dir.resolve("kpi.csv");
        byte[] before = Files.readAllBytes(csv);
        assertThat(run("import", csv.toString(), "-o", csv.toString())).isEqualTo(ExitCodes.USAGE);
        refused(csv, before, "--out");
    }

    @Test
    void statusSaysATemplateThatIsAZipBombIsRefused() throws Exception {
        Path ws = dir.resolve("lavoro");
        assertThat(run("init", ws.toString())).isEqualTo(ExitCodes.OK);
        ZipBombs.template(ws.resolve("bomba.dotx"), 200);
        Files.writeString(ws.resolve("pira.yaml"), "modello: bomba.dotx\n");
        run("status", ws.toString());
        assertThat(out.toString()).doesNotContain("corrette").contains("possibile \"zip bomb\"");
    }
}
