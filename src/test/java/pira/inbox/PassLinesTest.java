package pira.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: each file's line is said when its outcome is committed, not at the end of a pass that may end badly; an
 * unreadable file says so; control characters of names are shown escaped, on the console and in the audit.
 */
class PassLinesTest extends WorkspaceHarness {

    @Test
    void eachFilesLineIsSaidBeforeALaterFailureOfThePass() throws Exception {
        drop("alessandria-kpi-2020.csv", "a.csv");
        drop("milano-pira-2019-2021.xlsx", "b.xlsx");
        int[] hashes = {0};
        FailureInjector second = step -> {
            if (step.equals("hash") && ++hashes[0] == 2) {
                throw new OutOfMemoryError("simulato"); // an Error, as a kill or a full heap, on the second file
            }
        };
        List<String> said = new ArrayList<>();
        PassListener listener = new PassListener() {
            @Override
            public void file(String outcome, String name) {
                said.add(outcome + " " + name);
            }
        };
        InboxProcessor processor = new InboxProcessor(ws, 0, second, java.time.Clock.systemUTC());
        assertThatThrownBy(() -> processor.process(null, null, listener)).isInstanceOf(OutOfMemoryError.class);
        assertThat(said).containsExactly("importato a.csv");
        assertThat(names(ws.processed())).containsExactly("a.csv");
    }

    @Test
    void controlCharactersInNamesAreShownEscaped() throws Exception {
        String name = "a\nb\u001B[31m\u202Ec.csv";
        drop("alessandria-kpi-2020.csv", name);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = pira.cli.Main.run(new PrintWriter(out), new PrintWriter(err), "process", root.toString(),
                "--stable-ms", "0");
        assertThat(code).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("importato  a\\nb\\u001B[31m\\u202Ec.csv")
                .doesNotContain("\u202E", "\u001B", "a\nb");
        String audit = Files.readString(ws.audit(), StandardCharsets.UTF_8);
        assertThat(audit).doesNotContain("\u202E", "\u001B").contains("\\u202E");
        // the JSON means the name as it is
        assertThat(audit()).extracting(AuditEvent::file).containsExactly(name);
        StringWriter status = new StringWriter();
        pira.cli.Main.run(new PrintWriter(status), new PrintWriter(new StringWriter()), "status", root.toString());
        assertThat(status.toString()).contains("a\\nb\\u001B[31m\\u202Ec.csv").doesNotContain("\u202E");
    }

    @Test
    void anUnreadableFileSaysSoInsteadOfStillBeingWritten() throws Exception {
        Path f = drop("alessandria-kpi-2020.csv", "chiuso.csv");
        Files.setPosixFilePermissions(f, java.util.Set.of());
        Assumptions.assumeTrue(InboxProcessor.unreadable(f) != null, "chi esegue i test legge tutto (root)");
        StringWriter out = new StringWriter();
        pira.cli.Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "process", root.toString(),
                "--stable-ms", "0");
        assertThat(out.toString()).contains("chiuso.csv in inbox/: non si può leggere (permessi)")
                .doesNotContain("ancora in scrittura");
        Files.setPosixFilePermissions(f, java.util.Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE));
        assertThat(pass().imported()).containsExactly("chiuso.csv");
    }

    @Test
    void theHelpOfProcessSaysEveryExitCodeAndDebug() {
        StringWriter out = new StringWriter();
        pira.cli.Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "help", "process");
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("0 tutti importati", "2 qualche file non importato",
                "3 riga di comando sbagliata", "4 cartella occupata", "5 errore di pira o del sistema", "--debug",
                "Fermato.");
    }
}
