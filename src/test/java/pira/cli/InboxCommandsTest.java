package pira.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** init, process, watch and mappings from the command line. */
class InboxCommandsTest extends CommandLineHarness {

    @TempDir
    Path dir;

    @Test
    void initThenProcessTheSamples() throws Exception {
        Path ws = dir.resolve("lavoro");
        assertThat(run("init", ws.toString())).isEqualTo(ExitCodes.OK);
        Files.copy(Path.of("samples/milano-pira-2019-2021.xlsx"), ws.resolve("inbox/milano.xlsx"));
        Files.writeString(ws.resolve("inbox/vuoto.csv"), "");
        assertThat(run("process", ws.toString(), "--stable-ms", "0")).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(out.toString()).contains("importato  milano.xlsx")
                .contains("non importato  vuoto.csv (spiegazione in failed/vuoto.csv.errore.txt)")
                .contains("1 importato, 1 non importato, 0 duplicati, 0 in attesa.");
        assertThat(Files.readString(ws.resolve("failed/vuoto.csv.errore.txt"))).contains("il file è vuoto");
        assertThat(Files.readAllLines(ws.resolve("audit.jsonl"))).hasSize(2);
    }

    @Test
    void processOnAFolderThatIsNotAWorkspace() {
        assertThat(run("process", dir.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("non è una cartella di lavoro di pira: crearla con pira init");
    }

    @Test
    void watchReactsToNewFilesAndStopsCleanly() throws Exception {
        Path ws = dir.resolve("lavoro");
        run("init", ws.toString());
        WatchCommand watch = new WatchCommand();
        CommandLine cl = new CommandLine(watch).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Integer> running = pool.submit(() -> cl.execute(ws.toString(), "--interval-ms", "100", "--stable-ms",
                "50"));
        Files.copy(Path.of("samples/alessandria-kpi-2020.csv"), ws.resolve("inbox/kpi.csv"));
        long deadline = System.currentTimeMillis() + 20_000;
        while (!Files.exists(ws.resolve("model/kpi.csv.plan.json")) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        watch.stop.countDown();
        assertThat(running.get(10, TimeUnit.SECONDS)).isEqualTo(ExitCodes.OK);
        pool.shutdown();
        assertThat(ws.resolve("processed/kpi.csv")).exists();
        assertThat(out.toString()).contains("In ascolto di").contains("importato  kpi.csv").contains("Fermato.");
    }

    /** A pass that fails (here the inbox folder is gone for a while, as a share that drops) no longer ends watch. */
    @Test
    void watchSurvivesAFailingPassAndGoesOn() throws Exception {
        Path ws = dir.resolve("lavoro");
        run("init", ws.toString());
        WatchCommand watch = new WatchCommand();
        CommandLine cl = new CommandLine(watch).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        Path state = ws.resolve("inbox");
        Path away = dir.resolve("inbox-spostata");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Integer> running = pool.submit(() -> cl.execute(ws.toString(), "--interval-ms", "100", "--stable-ms",
                "50"));
        long deadline = System.currentTimeMillis() + 20_000;
        while (!out.toString().contains("In ascolto di") && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        Files.move(state, away);
        while (!out.toString().contains("ATTENZIONE il passaggio non è riuscito")
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        Files.move(away, state);
        Files.copy(Path.of("samples/alessandria-kpi-2020.csv"), ws.resolve("inbox/kpi.csv"));
        while (!Files.exists(ws.resolve("model/kpi.csv.plan.json")) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        watch.stop.countDown();
        assertThat(running.get(10, TimeUnit.SECONDS)).isEqualTo(ExitCodes.OK);
        pool.shutdown();
        assertThat(out.toString()).contains("ATTENZIONE il passaggio non è riuscito (").contains("non è una cartella"
                + " di lavoro di pira").contains("nuovo tentativo tra").contains("importato  kpi.csv");
    }

    @Test
    void mappingsListCheckAndSuggest() throws Exception {
        assertThat(run("mappings", "list")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("sondrio-piano  [xlsx, xls]", "milano-pira", "alessandria-kpi-csv  [csv]");
        assertThat(run("mappings", "check", "mappings/sondrio-piano.yaml")).isEqualTo(ExitCodes.OK);
        Path bad = Files.writeString(dir.resolve("rotta.yaml"), "id: Rotta\n");
        assertThat(run("mappings", "check", bad.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("rotta.yaml: la mappatura non è valida")
                .contains("riga 1, chiave 'id': valore \"Rotta\" non valido");
        Path draft = dir.resolve("bozza.yaml");
        assertThat(run("mappings", "suggest", "samples/alessandria-kpi-2020.csv", "--out", draft.toString()))
                .isEqualTo(ExitCodes.OK);
        out.getBuffer().setLength(0);
        assertThat(run("mappings", "check", draft.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("bozza.yaml: mappatura valida.");
        assertThat(Files.readString(draft)).contains("indicatori_testo: '^Indicatori testo$'")
                .contains("- name: indicatori_testo", "weight: peso", "algorithm: algoritmo");
    }

    /** Ids name one mapping: two files with one id are refused; an office's copy with a built-in's id replaces it. */
    @Test
    void mappingIdsAreUniqueAndAnOfficesCopyTakesTheBuiltInsPlace() throws Exception {
        String milano = Files.readString(Path.of("mappings/milano-pira.yaml"));
        Path a = Files.writeString(dir.resolve("a.yaml"), milano.replaceFirst("(?m)^id: .*$", "id: nostra"));
        Path b = Files.writeString(dir.resolve("b.yaml"), milano.replaceFirst("(?m)^id: .*$", "id: nostra"));
        assertThat(run("mappings", "check", a.toString(), b.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("ERRORE " + b + ": l'id \"nostra\" è già usato da " + a);
        Path workspace = dir.resolve("lavoro");
        assertThat(run("init", workspace.toString())).isEqualTo(ExitCodes.OK);
        Files.writeString(workspace.resolve("mappings/milano-pira.yaml"), milano.replaceFirst("(?m)^description: ",
                "description: Adattata - "));
        out.getBuffer().setLength(0);
        assertThat(run("mappings", "list", "--workspace", workspace.toString())).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("(mappings/milano-pira.yaml, al posto della predefinita)")
                .doesNotContain("milano-pira  [xlsx, xls, pdf]  Piano");
        assertThat(out.toString().lines().filter(l -> l.startsWith("milano-pira ")).count()).isEqualTo(1);
    }

    /** What a person asks of a workspace: what waits, what failed, when the last file was processed. */
    @Test
    void statusSaysWhatWaitsWhatFailedAndTheLastFile() throws Exception {
        Path workspace = dir.resolve("stato");
        assertThat(run("init", workspace.toString())).isEqualTo(ExitCodes.OK);
        out.getBuffer().setLength(0);
        assertThat(run("status", workspace.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("0 file importati finora.", "Nessun passaggio finora",
                "Nessun passaggio ha ancora elaborato un file.", "In attesa in inbox/: nessun file.",
                "In failed/: nessun file.", "Documenti per la Giunta: nessuno finora.", "Impostazioni (pira.yaml): corrette.");
        Files.copy(Path.of("samples/alessandria-kpi-2020.csv"), workspace.resolve("inbox/kpi.csv"));
        Files.writeString(workspace.resolve("inbox/presenze.csv"), "Mese;Giorni\nGennaio;21\n");
        run("process", workspace.toString(), "--stable-ms", "0");
        Files.writeString(workspace.resolve("inbox/nuovo.csv"), "x");
        // an open workbook's lock file is not a file waiting (issue 27: it stayed "in attesa" forever)
        Files.writeString(workspace.resolve("inbox/~$Piano 2021.xlsx"), "blocco");
        out.getBuffer().setLength(0);
        assertThat(run("status", workspace.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("1 file importato finora.", "Ultimo passaggio: il ", "Ultimo file elaborato: ",
                "In attesa in inbox/: nuovo.csv.", "In failed/ (spiegazioni accanto, in .errore.txt): presenze.csv.");
        Files.writeString(workspace.resolve("pira.yaml"), "ocr: forse\n");
        out.getBuffer().setLength(0);
        run("status", workspace.toString());
        assertThat(out.toString()).contains("Impostazioni (pira.yaml) da correggere (finché non lo sono, nessun"
                + " documento per la Giunta):\n  pira.yaml, riga 1, chiave 'ocr': valore \"forse\" non ammesso; valori"
                + " validi: si, no.");
        assertThat(run("status", dir.resolve("nessuna").toString())).isEqualTo(ExitCodes.USAGE);
    }
}
