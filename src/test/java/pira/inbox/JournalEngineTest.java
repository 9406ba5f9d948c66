package pira.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalEngineTest {

    @TempDir
    Path root;

    /** Issue 26: an output renamed because its name was taken was audited under the name it did not get. */
    @Test
    void aFileThatTookAnotherNameIsAuditedUnderIt() throws IOException {
        Workspace ws = new Workspace(root);
        ws.init();
        Files.createDirectories(ws.staging().resolve("j1"));
        Files.writeString(ws.staging().resolve("j1/piano.pdf"), "originale");
        Files.writeString(ws.processed().resolve("piano.pdf"), "un altro file, messo lì da qualcuno");
        AuditEvent event = new AuditEvent("j1", "2026-12-08T00:00:00Z", "piano.pdf", null, null, Outcomes.IMPORTED,
                "processed/piano.pdf", null, null, null, null, null, null);
        AuditLog audit = new AuditLog(ws.audit());
        String staged = root.relativize(ws.staging().resolve("j1/piano.pdf")).toString();
        new JournalEngine(ws, audit, step -> { }).commit(new Journal("j1", List.of(),
                new Journal.Move(staged, "processed/piano.pdf"), event));
        // the file there before is untouched; the original is beside it, and the audit names where it is
        assertThat(Files.readString(ws.processed().resolve("piano.pdf"))).startsWith("un altro file");
        assertThat(Files.readString(ws.processed().resolve("piano (2).pdf"))).isEqualTo("originale");
        assertThat(audit.read()).singleElement().satisfies(e -> assertThat(e.original())
                .isEqualTo("processed/piano (2).pdf"));
    }
}
