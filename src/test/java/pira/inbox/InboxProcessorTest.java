package pira.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pira.mapping.MappingLoader;

/** The inbox never loses or alters a file, recognises duplicates, takes turns, and survives a crash at any step. */
class InboxProcessorTest extends WorkspaceHarness {

    @Test
    void initCreatesTheLayoutAndTheStaffReadme() throws IOException {
        assertThat(names(root)).contains("inbox", "processed", "failed", "model", "reports", "mappings", "audit.jsonl",
                "LEGGIMI.txt", ".pira");
        assertThat(Files.readString(root.resolve("LEGGIMI.txt"))).contains("Copiare in inbox/");
    }

    @Test
    void samplesBecomeModelsAndReportsAndOriginalsMoveUnchanged() throws IOException {
        byte[] original = Files.readAllBytes(Path.of("samples", "sondrio-piano-2022-2024.xlsx"));
        drop("sondrio-piano-2022-2024.xlsx", "sondrio-piano-2022-2024.xlsx");
        drop("milano-pira-2019-2021.xlsx", "milano-pira-2019-2021.xlsx");
        drop("alessandria-kpi-2020.csv", "alessandria-kpi-2020.csv");
        PassResult r = pass();
        assertThat(r.imported()).hasSize(3);
        assertThat(names(ws.inbox())).isEmpty();
        assertThat(names(ws.processed())).containsExactly("alessandria-kpi-2020.csv", "milano-pira-2019-2021.xlsx",
                "sondrio-piano-2022-2024.xlsx");
        assertThat(Files.readAllBytes(ws.processed().resolve("sondrio-piano-2022-2024.xlsx"))).isEqualTo(original);
        assertThat(names(ws.model())).containsExactly("alessandria-kpi-2020.csv.plan.json",
                "milano-pira-2019-2021.xlsx.plan.json", "sondrio-piano-2022-2024.xlsx.plan.json");
        assertThat(names(ws.reports())).hasSize(6);
        AuditEvent sondrio = audit().stream().filter(e -> e.file().startsWith("sondrio")).findFirst().orElseThrow();
        assertThat(sondrio.outcome()).isEqualTo("importato");
        assertThat(sondrio.mapping()).isEqualTo("sondrio-piano");
        assertThat(sondrio.sha256()).hasSize(64);
        assertThat(sondrio.errors()).isEqualTo(3);
        assertThat(sondrio.model()).isEqualTo("model/sondrio-piano-2022-2024.xlsx.plan.json");
        assertThat(names(ws.journal())).isEmpty();
        assertThat(names(ws.staging())).isEmpty();
    }

    @Test
    void unknownLayoutFailsWithAnExplanationAndAUsableDraftMapping() throws Exception {
        Path csv = ws.inbox().resolve("nuovo.csv");
        Files.writeString(csv, "Obiettivo;Indicatore;Peso;Target 2023;Target 2024\nCrescita;Imprese assistite;50%;10;12\n"
                + "Crescita;Eventi;50%;3;4\n", StandardCharsets.UTF_8);
        PassResult r = pass();
        assertThat(r.failed()).containsExactly("nuovo.csv");
        assertThat(names(ws.failed())).containsExactly("nuovo.csv", "nuovo.csv.bozza-mappatura.yaml",
                "nuovo.csv.errore.txt");
        assertThat(Files.readString(ws.failed().resolve("nuovo.csv.errore.txt")))
                .contains("Esito: NON IMPORTATO", "nessuna mappatura adatta", "Copiarla nella cartella mappings/");
        // the draft loads as it is; copied into mappings/, it imports the file dropped again
        Path draft = ws.failed().resolve("nuovo.csv.bozza-mappatura.yaml");
        assertThat(MappingLoader.load(draft).id()).isEqualTo("bozza-nuovo");
        Files.copy(draft, ws.mappings().resolve("nuovo.yaml"));
        Files.move(ws.failed().resolve("nuovo.csv"), csv);
        PassResult again = pass();
        assertThat(again.imported()).containsExactly("nuovo.csv");
        assertThat(Files.readString(ws.model().resolve("nuovo.csv.plan.json")))
                .contains("\"Imprese assistite\"", "\"2024\"");
        // what failed/ said of it is no longer true: the explanation and the draft are gone
        assertThat(names(ws.failed())).isEmpty();
    }

    @Test
    void sameContentDroppedTwiceIsRecognised() throws IOException {
        drop("alessandria-kpi-2020.csv", "kpi.csv");
        pass();
        drop("alessandria-kpi-2020.csv", "kpi-copia.csv");
        PassResult r = pass();
        assertThat(r.duplicates()).containsExactly("kpi-copia.csv");
        assertThat(names(ws.processed())).containsExactly("kpi-copia.csv", "kpi.csv");
        assertThat(names(ws.model())).containsExactly("kpi.csv.plan.json");
        AuditEvent dup = audit().get(1);
        assertThat(dup.outcome()).isEqualTo("duplicato");
        assertThat(dup.message()).startsWith("stesso contenuto di kpi.csv (");
    }

    @Test
    void aNameClashGetsASuffixAndNothingIsOverwritten() throws IOException {
        drop("alessandria-kpi-2020.csv", "piano.csv");
        pass();
        byte[] first = Files.readAllBytes(ws.model().resolve("piano.csv.plan.json"));
        Path other = ws.inbox().resolve("piano.csv");
        Files.writeString(other, Files.readString(Path.of("samples/alessandria-kpi-2020.csv"),
                java.nio.charset.Charset.forName("windows-1252")).replace("68,72", "70,00"),
                java.nio.charset.Charset.forName("windows-1252"));
        pass();
        assertThat(names(ws.processed())).containsExactly("piano (2).csv", "piano.csv");
        assertThat(names(ws.model())).containsExactly("piano (2).csv.plan.json", "piano.csv.plan.json");
        assertThat(Files.readAllBytes(ws.model().resolve("piano.csv.plan.json"))).isEqualTo(first);
    }

    @Test
    void aFileStillBeingWrittenWaits() throws Exception {
        Path growing = ws.inbox().resolve("in-arrivo.csv");
        Files.writeString(growing, "Area strategica;");
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            try {
                while (writing.get()) {
                    Thread.sleep(40);
                    Files.writeString(growing, "x;", StandardOpenOption.APPEND);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        PassResult r = new InboxProcessor(ws, 400).process(null, null);
        writing.set(false);
        writer.join();
        assertThat(r.waiting()).containsExactly("in-arrivo.csv");
        assertThat(names(ws.inbox())).containsExactly("in-arrivo.csv");
    }

    @Test
    void aPassHeldByAnotherDoesNothing() throws Exception {
        drop("alessandria-kpi-2020.csv", "a.csv");
        try (FileChannel ch = FileChannel.open(ws.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = ch.lock()) {
            assertThat(held.isValid()).isTrue();
            assertThat(pass().locked()).isTrue();
            assertThat(names(ws.inbox())).containsExactly("a.csv");
        }
        assertThat(pass().imported()).containsExactly("a.csv");
    }

    @Test
    void twoPassesAtOnceHandleEachFileOnce() throws Exception {
        for (int i = 0; i < 6; i++) {
            Files.writeString(ws.inbox().resolve("f" + i + ".csv"), csv(i), java.nio.charset.Charset.forName("windows-1252"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<PassResult>> runs = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            runs.add(pool.submit(() -> new InboxProcessor(ws, 0).process(null, null)));
        }
        int handled = 0;
        for (Future<PassResult> f : runs) {
            handled += f.get().handled();
        }
        pool.shutdown();
        while (!names(ws.inbox()).isEmpty()) {
            handled += pass().handled();
        }
        assertThat(handled).isEqualTo(6);
        assertThat(audit()).hasSize(6);
        assertThat(names(ws.processed())).hasSize(6);
    }

    @ParameterizedTest(name = "crash prima di: {0}")
    @ValueSource(strings = {"hash", "importazione", "preparazione", "registro", "uscita model/", "uscita reports/",
        "originale", "audit", "chiusura"})
    void aCrashAtAnyStepLeavesEveryFileInTheInboxOrFullyProcessed(String step) throws Exception {
        drop("alessandria-kpi-2020.csv", "a.csv");
        drop("milano-pira-2019-2021.xlsx", "b.xlsx");
        FailureInjector crash = s -> {
            if (s.startsWith(step)) {
                throw new SimulatedCrash(s);
            }
        };
        InboxProcessor crashing = new InboxProcessor(ws, 0, crash, java.time.Clock.systemUTC());
        assertThatThrownBy(() -> crashing.process(null, null)).isInstanceOf(SimulatedCrash.class);
        assertInboxOrFullyProcessed(List.of("a.csv", "b.xlsx"));
        PassResult after = pass();
        assertThat(after.failed()).isEmpty();
        assertThat(names(ws.inbox())).isEmpty();
        assertThat(names(ws.processed())).containsExactly("a.csv", "b.xlsx");
        assertThat(names(ws.model())).containsExactly("a.csv.plan.json", "b.xlsx.plan.json");
        assertThat(audit()).extracting(AuditEvent::file).containsExactlyInAnyOrder("a.csv", "b.xlsx");
        assertThat(names(ws.journal())).isEmpty();
        assertThat(names(ws.staging())).isEmpty();
    }

    /** Every file is either still in the inbox, or in processed/ with its model, reports and one audit line. */
    private void assertInboxOrFullyProcessed(List<String> files) throws IOException {
        List<String> inbox = names(ws.inbox());
        List<String> processed = names(ws.processed());
        List<AuditEvent> events = audit();
        boolean pendingJournal = !names(ws.journal()).isEmpty();
        for (String f : files) {
            boolean waiting = inbox.contains(f) && !processed.contains(f);
            boolean done = !inbox.contains(f) && processed.contains(f)
                    && Files.exists(ws.model().resolve(f + ".plan.json"))
                    && Files.exists(ws.reports().resolve(f + ".rilievi.html"))
                    && events.stream().filter(e -> e.file().equals(f)).count() == 1;
            // a journal is the commit point: once written, the next pass finishes that file
            assertThat(waiting || done || pendingJournal).as(f + " lost between inbox and processed").isTrue();
        }
        int copies = 0;
        for (Path dir : List.of(ws.inbox(), ws.processed(), ws.failed())) {
            copies += names(dir).size();
        }
        assertThat(copies).as("every original is somewhere, once").isEqualTo(files.size());
    }

    @Test
    void aBatchOfTwoHundredFilesInOnePass() throws IOException {
        for (int i = 0; i < 200; i++) {
            Files.writeString(ws.inbox().resolve(String.format("kpi-%03d.csv", i)), csv(i),
                    java.nio.charset.Charset.forName("windows-1252"));
        }
        PassResult r = pass();
        assertThat(r.imported()).hasSize(200);
        assertThat(names(ws.model())).hasSize(200);
        assertThat(audit()).hasSize(200).allMatch(e -> e.outcome().equals("importato"));
    }

    /** A small CSV in the Alessandria export layout, different for every i. */
    static String csv(int i) {
        return "Area strategica;Obiettivo strategico;Programma;Codice obiettivo operativo;Obiettivo operativo;"
                + "Indicatori testo;Algoritmo;Peso;Stato;Target\r\n"
                + "AREA 1;OBIETTIVO " + i + ";;;;Indicatore " + i + ";Algoritmo;100;" + i + ";Anno: 2020 >= " + i
                + " Anno: 2021 >= " + i + " Anno: 2022 >= " + i + "\r\n";
    }

    static final class SimulatedCrash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(String step) {
            super("crash simulato prima di " + step);
        }
    }

    @Test
    void notAWorkspace() {
        assertThatThrownBy(() -> new InboxProcessor(new Workspace(root.resolve("altro")), 0).process(null, null))
                .hasMessageContaining("non è una cartella di lavoro di pira: crearla con pira init");
    }

}
