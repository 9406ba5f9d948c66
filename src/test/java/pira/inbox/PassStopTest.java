package pira.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: a pass stopped in the Giunta document's step, in a process of its own. Killed (SIGKILL), it leaves
 * LibreOffice's folder inside the workspace (cleared at the next pass), nothing in the system's temporary folder;
 * stopped (SIGTERM), it has said its files' lines and "Fermato.". And two workspaces on the same inputs give the same
 * DOCX and PDF, byte for byte.
 */
class PassStopTest extends WorkspaceHarness {

    private static final String PLAN = "milano-pira-2019-2021.pdf";
    private static final String RESULTS = "milano-relazione-2019.pdf";

    private Path tmp;
    private Path output;

    @BeforeEach
    void inputs() throws IOException {
        Assumptions.assumeTrue(pira.report.PdfExport.available(), "LibreOffice non installato");
        tmp = Files.createDirectories(root.resolve("tmp-di-sistema"));
        output = root.resolve("uscita.txt");
    }

    private Process process() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                "pira.cli.Main", "process", root.toString(), "--stable-ms", "0")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    /** Waits until LibreOffice's working folder exists in the staging (the document step is converting). */
    private void waitForConversion(Process p) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (!converting()) {
            assertThat(p.isAlive()).as("the pass reaches the PDF conversion: "
                    + Files.readString(output, StandardCharsets.UTF_8)).isTrue();
            assertThat(System.currentTimeMillis()).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private boolean converting() throws IOException {
        try (Stream<Path> s = Files.walk(ws.staging(), 2)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("pira-pdf"));
        }
    }

    private List<String> leftInTmp() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("pira-pdf")).toList();
        }
    }

    @Test
    void aKillDuringTheDocumentLeavesNothingOutsideTheWorkspace() throws Exception {
        drop(PLAN, PLAN);
        drop(RESULTS, RESULTS);
        Process p = process();
        waitForConversion(p);
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(leftInTmp()).isEmpty();
        PassResult next = pass();
        assertThat(next.documents()).containsExactly("relazione-2019.docx e relazione-2019.pdf");
        assertThat(names(ws.staging())).isEmpty();
    }

    @Test
    void sigtermDuringTheDocumentSaysTheFilesAndFermato() throws Exception {
        drop(PLAN, PLAN);
        drop(RESULTS, RESULTS);
        Process p = process();
        waitForConversion(p);
        p.destroy(); // SIGTERM
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String said = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(said).contains("importato  " + PLAN, "importato  " + RESULTS, "Fermato.")
                .doesNotContain("Exception", "\tat ");
        assertThat(leftInTmp()).isEmpty();
        assertThat(names(ws.reports())).noneMatch(n -> n.startsWith("relazione-"));
        assertThat(pass().documents()).containsExactly("relazione-2019.docx e relazione-2019.pdf");
        assertThat(names(ws.staging())).isEmpty();
    }

    @Test
    void twoWorkspacesOnTheSameInputsGiveTheSameDocxAndPdf() throws Exception {
        drop(PLAN, PLAN);
        drop(RESULTS, RESULTS);
        assertThat(pass().documents()).containsExactly("relazione-2019.docx e relazione-2019.pdf");
        Workspace other = new Workspace(root.resolve("altra-cartella"));
        other.init();
        Files.copy(Path.of("samples", PLAN), other.inbox().resolve(PLAN));
        Files.copy(Path.of("samples", RESULTS), other.inbox().resolve(RESULTS));
        Thread.sleep(1100); // another second on the clock
        assertThat(new InboxProcessor(other, 0).process(null, null).documents()).hasSize(1);
        for (String f : List.of("relazione-2019.docx", "relazione-2019.pdf")) {
            assertThat(Files.readAllBytes(other.reports().resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(ws.reports().resolve(f)));
        }
        String pdf = new String(Files.readAllBytes(ws.reports().resolve("relazione-2019.pdf")),
                StandardCharsets.ISO_8859_1);
        assertThat(pdf).contains("/CreationDate (D:20000101000000");
    }
}
