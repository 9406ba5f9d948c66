package pira.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One file, name, mapping or journal never stops the inbox for the files after it (issue 12): each case used to
 * stop every pass.
 */
class InboxIsolationTest extends WorkspaceHarness {

    /** A 240-character name: the journal was written, the report's move failed, every later pass died in recovery. */
    @Test
    void aVeryLongNameGetsShortOutputNamesAndKeepsItsOwnInTheAudit() throws IOException {
        String name = "Piano della performance ".repeat(10) + ".csv";
        drop("alessandria-kpi-2020.csv", name);
        PassResult r = pass();
        assertThat(r.imported()).containsExactly(name);
        assertThat(names(ws.processed())).singleElement()
                .satisfies(n -> assertThat(n).hasSize(OutputNames.LONGEST).endsWith(".csv"));
        assertThat(names(ws.reports())).allSatisfy(n -> assertThat(n.length()).isLessThan(150));
        assertThat(new AuditLog(ws.audit()).read()).singleElement().satisfies(e -> assertThat(e.file()).isEqualTo(name));
        drop("sondrio-piano-2022-2024.xlsx", "dopo.xlsx");
        assertThat(pass().imported()).containsExactly("dopo.xlsx");
    }

    /**
     * An accented name under a C locale (cron, a service, env -i): the JVM cannot write the name it lists, and every
     * pass died on InvalidPathException. Run in a JVM of its own started with LC_ALL=C.
     */
    @Test
    void anAccentedNameIsProcessedUnderACLocale() throws Exception {
        drop("alessandria-kpi-2020.csv", "città di Alessandria.csv");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "pira.cli.Main",
                "process", root.toString(), "--stable-ms", "0");
        pb.environment().clear();
        pb.environment().put("LC_ALL", "C");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
        assertThat(names(ws.inbox())).isEmpty();
        assertThat(names(ws.processed())).singleElement().satisfies(n -> assertThat(n).startsWith("citt")
                .endsWith(" di Alessandria.csv"));
        assertThat(names(ws.model())).hasSize(1);
    }

    /**
     * A link is refused (a link to a system file put its first line in a draft mapping), and folders and hidden files
     * are said once, in the pass and the audit, never read and never ignored in silence.
     */
    @Test
    void linksFoldersAndHiddenFilesAreSaidOnceAndNotRead() throws IOException {
        Path secret = Files.writeString(root.resolve("segreto.csv"), "riservato;dati\n");
        Files.createSymbolicLink(ws.inbox().resolve("collegamento.csv"), secret);
        Files.createDirectories(ws.inbox().resolve("sottocartella"));
        Files.writeString(ws.inbox().resolve(".nascosto.csv"), "x");
        PassResult first = pass();
        assertThat(first.problems()).hasSize(3).anySatisfy(p -> assertThat(p).startsWith("collegamento.csv in inbox/:"
                + " è un collegamento (link)")).anySatisfy(p -> assertThat(p).contains("è una cartella"))
                .anySatisfy(p -> assertThat(p).contains("è un file nascosto"));
        assertThat(first.handled()).isZero();
        assertThat(new AuditLog(ws.audit()).read()).extracting(AuditEvent::outcome).containsOnly("non elaborato")
                .hasSize(3);
        assertThat(names(ws.failed())).isEmpty();
        assertThat(pass().problems()).isEmpty();
        assertThat(new AuditLog(ws.audit()).read()).hasSize(3);
    }

    @Test
    void safeNamesReplaceWhatWindowsRefuses() {
        assertThat(OutputNames.safe("piano: 2020/2021 \\ \"bozza\"?.xlsx")).isEqualTo("piano_ 2020_2021 _ _bozza__.xlsx");
        assertThat(OutputNames.safe(".nascosto.csv")).isEqualTo("_.nascosto.csv");
        assertThat(OutputNames.safe("città.csv")).isEqualTo("città.csv");
    }

    /** A file removed from inbox/ while a pass runs (watch used to exit): said, and the pass goes on. */
    @Test
    void aFileRemovedDuringThePassIsSaidAndThePassGoesOn() throws IOException {
        Path gone = drop("alessandria-kpi-2020.csv", "a.csv");
        drop("sondrio-piano-2022-2024.xlsx", "b.xlsx");
        FailureInjector someoneMovesIt = step -> {
            if (step.equals("hash")) {
                try {
                    Files.deleteIfExists(gone);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        PassResult r = new InboxProcessor(ws, 0, someoneMovesIt, java.time.Clock.systemUTC()).process(null, null);
        assertThat(r.problems()).containsExactly("a.csv: è stato tolto da inbox/ durante l'elaborazione; nessun file"
                + " toccato.");
        assertThat(r.imported()).containsExactly("b.xlsx");
    }

    /** A workbook that holds one plan over several sheets goes through the inbox with one mapping (issue 13). */
    @Test
    void aWorkbookOfSeveralSheetsIsImportedThroughOneWorkspaceMapping() throws IOException {
        Files.copy(Path.of("samples/casi/fogli-piano-per-anno.yaml"), ws.mappings().resolve("fogli.yaml"));
        Files.copy(Path.of("samples/casi/fogli-piano-per-anno.xlsx"), ws.inbox().resolve("piano.xlsx"));
        PassResult r = pass();
        assertThat(r.problems()).isEmpty();
        assertThat(r.imported()).containsExactly("piano.xlsx");
        assertThat(audit()).singleElement().satisfies(e -> assertThat(e.mapping()).isEqualTo("fogli-piano-per-anno"));
    }

    /** A workbook of two sheets of different shapes, one mapping with sections, through the inbox (issue 13). */
    @Test
    void aWorkbookOfSectionsIsImportedThroughOneWorkspaceMapping() throws IOException {
        Files.copy(Path.of("samples/casi/cruscotto-e-operativo.yaml"), ws.mappings().resolve("cruscotto.yaml"));
        Files.copy(Path.of("samples/casi/cruscotto-e-operativo.xlsx"), ws.inbox().resolve("piano 2021.xlsx"));
        PassResult r = pass();
        assertThat(r.problems()).isEmpty();
        assertThat(r.imported()).containsExactly("piano 2021.xlsx");
        assertThat(audit()).singleElement().satisfies(e -> assertThat(e.mapping()).isEqualTo("cruscotto-e-operativo"));
    }

    /** A workspace mapping saved as Windows-1252 (MalformedInputException) stopped every pass. */
    @Test
    void aMappingSavedAsWindows1252IsRead() throws IOException {
        String mapping = Files.readString(Path.of("mappings", "alessandria-kpi-csv.yaml"))
                .replace("id: alessandria-kpi-csv", "id: alessandria-ufficio")
                .replace("description: Alessandria", "description: Alessandria, attività");
        Files.write(ws.mappings().resolve("ufficio.yaml"), mapping.getBytes(Charset.forName("windows-1252")));
        drop("sondrio-piano-2022-2024.xlsx", "s.xlsx");
        PassResult r = pass();
        assertThat(r.problems()).isEmpty();
        assertThat(r.imported()).containsExactly("s.xlsx");
    }

    /** A file modified a moment ago waits, even if its size did not change during the wait (a slow copy). */
    @Test
    void aFileModifiedWithinTheWindowWaits() throws IOException {
        Path file = drop("alessandria-kpi-2020.csv", "a.csv");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        PassResult r = new InboxProcessor(ws, 200).process(null, null);
        assertThat(r.waiting()).containsExactly("a.csv");
        assertThat(r.handled()).isZero();
        assertThat(names(ws.inbox())).containsExactly("a.csv");
    }

    /**
     * A file that changes while it is read (a CSV still being written) is not imported half: it waits, and the next
     * pass takes the whole file, whose hash and import are of the bytes archived.
     */
    @Test
    void aFileThatChangesWhileItIsReadWaitsAndIsNotImportedHalf() throws IOException {
        Path file = drop("alessandria-kpi-2020.csv", "a.csv");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 3));
        FailureInjector writerGoesOn = step -> {
            if (step.equals("importazione")) {
                try {
                    Files.write(file, whole);
                    Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 10_000));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        PassResult first = new InboxProcessor(ws, 0, writerGoesOn, java.time.Clock.systemUTC()).process(null, null);
        assertThat(first.waiting()).containsExactly("a.csv");
        assertThat(first.handled()).isZero();
        assertThat(names(ws.model())).isEmpty();
        PassResult second = pass();
        assertThat(second.imported()).containsExactly("a.csv");
        assertThat(new AuditLog(ws.audit()).read()).singleElement().satisfies(e ->
                assertThat(e.sha256()).isEqualTo(pira.pipeline.FileHashes.sha256(ws.processed().resolve("a.csv"))));
        assertThat(Files.readString(ws.model().resolve("a.csv.plan.json"))).contains("\"rows\" : 40");
    }

    /** An import longer than the limit fails that file, with the reason and what to do; the pass goes on. */
    @Test
    void anImportPastTheTimeLimitFailsItsFileAndThePassGoesOn() throws IOException {
        drop("milano-pira-2019-2021.xlsx", "lento.xlsx");
        InboxProcessor hurried = new InboxProcessor(ws, 0, java.time.Duration.ofMillis(1), FailureInjector.NONE,
                java.time.Clock.systemUTC());
        PassResult r = hurried.process(null, null);
        assertThat(r.failed()).containsExactly("lento.xlsx");
        assertThat(Files.readString(ws.failed().resolve("lento.xlsx.errore.txt")))
                .contains("l'importazione ha superato il limite di 0 secondi ed è stata fermata")
                .contains("aumentare il limite di tempo (--limite-secondi)");
        drop("alessandria-kpi-2020.csv", "a.csv");
        assertThat(pass().imported()).containsExactly("a.csv");
    }

    @Test
    void aFullDiskIsRecognised() {
        assertThat(Failures.diskFull(new java.nio.file.FileSystemException("x", null, "No space left on device")))
                .isTrue();
        assertThat(Failures.describe(new IOException(new java.nio.file.FileSystemException("x", null,
                "No space left on device")))).startsWith("il disco è pieno");
        assertThat(Failures.diskFull(new java.nio.file.AccessDeniedException("x"))).isFalse();
    }

    /** A last audit line torn by a power cut is taken off on the next pass; the lines after it are whole. */
    @Test
    void aTornLastAuditLineIsRepaired() throws IOException {
        drop("alessandria-kpi-2020.csv", "a.csv");
        pass();
        Files.writeString(ws.audit(), "{\"id\":\"x\",\"file\":\"mez", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        drop("sondrio-piano-2022-2024.xlsx", "b.xlsx");
        assertThat(pass().imported()).containsExactly("b.xlsx");
        List<String> lines = Files.readAllLines(ws.audit());
        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{").endsWith("}"));
        assertThat(Files.readString(ws.audit())).endsWith("}\n");
    }

    /** A journal that cannot be applied is set aside with an explanation, and the pass goes on. */
    @Test
    void aJournalThatCannotBeAppliedIsSetAside() throws IOException {
        Files.writeString(ws.journal().resolve("rotto.json"), "{ non è un registro", StandardCharsets.UTF_8);
        drop("alessandria-kpi-2020.csv", "a.csv");
        PassResult r = pass();
        assertThat(r.imported()).containsExactly("a.csv");
        assertThat(names(ws.journal())).isEmpty();
        Path aside = ws.internal().resolve("scartati");
        assertThat(names(aside)).containsExactly("rotto.json", "rotto.json.errore.txt");
        assertThat(Files.readString(aside.resolve("rotto.json.errore.txt"))).contains("non si è potuto completare");
    }

    /**
     * A file whose processing breaks (here processed/ is a file, not a folder) goes to failed/ with the explanation;
     * the files after it are processed.
     */
    @Test
    void aFileWhoseProcessingBreaksFailsAloneAndTheOthersGoOn() throws IOException {
        Files.delete(ws.processed());
        Files.writeString(ws.processed(), "non è una cartella");
        drop("alessandria-kpi-2020.csv", "a.csv");
        drop("sondrio-piano-2022-2024.xlsx", "b.xlsx");
        PassResult r = pass();
        assertThat(r.failed()).containsExactly("a.csv", "b.xlsx");
        assertThat(names(ws.failed())).contains("a.csv", "a.csv.errore.txt", "b.xlsx");
        assertThat(Files.readString(ws.failed().resolve("a.csv.errore.txt"))).contains("NON IMPORTATO");
        assertThat(names(ws.inbox())).isEmpty();
    }

    /**
     * A file that can be neither processed nor moved (processed/ and failed/ both broken) is quarantined once: named
     * in the pass and the audit, left in the inbox, not retried until it changes.
     */
    @Test
    void aFileThatCannotEvenBeMovedIsQuarantinedOnce() throws IOException {
        for (Path dir : List.of(ws.processed(), ws.failed())) {
            Files.delete(dir);
            Files.writeString(dir, "non è una cartella");
        }
        Path file = drop("alessandria-kpi-2020.csv", "a.csv");
        PassResult first = pass();
        assertThat(first.problems()).singleElement().satisfies(p -> assertThat(p).startsWith("a.csv: ")
                .endsWith("il file resta in inbox/ e non sarà ripreso finché non cambia."));
        assertThat(names(ws.inbox())).containsExactly("a.csv");
        assertThat(new AuditLog(ws.audit()).read()).extracting(AuditEvent::outcome).containsExactly("in quarantena");
        PassResult second = pass();
        assertThat(second.problems()).isEmpty();
        assertThat(second.handled()).isZero();
        // repaired, and the file saved again: taken up
        for (Path dir : List.of(ws.processed(), ws.failed())) {
            Files.delete(dir);
            Files.createDirectories(dir);
        }
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 5000));
        assertThat(pass().imported()).containsExactly("a.csv");
    }
}
