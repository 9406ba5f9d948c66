package pira.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh workspace for each test, and the few things the inbox tests do with it. It holds no test. */
abstract class WorkspaceHarness {

    @TempDir
    Path root;

    Workspace ws;

    @BeforeEach
    void init() throws IOException {
        ws = new Workspace(root);
        ws.init();
    }

    /** One pass, files taken at once. */
    PassResult pass() throws IOException {
        return new InboxProcessor(ws, 0).process(null, null);
    }

    /** A sample copied into the inbox under another name. */
    Path drop(String sample, String as) throws IOException {
        return Files.copy(Path.of("samples", sample), ws.inbox().resolve(as));
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    List<AuditEvent> audit() throws IOException {
        return new AuditLog(ws.audit()).read();
    }
}
