package pira.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pira watch}, killed with SIGKILL at random moments while files arrive, then started again: in the end every
 * file is processed exactly once, nothing is lost or doubled, and no journal or staging is left (issue 12).
 */
class WatchCrashTest {

    @TempDir
    Path root;

    private static Process watch(Path workspace) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "pira.cli.Main", "watch",
                workspace.toString(), "--interval-ms", "50", "--stable-ms", "0")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void watchKilledAtRandomMomentsLosesAndDoublesNothing() throws Exception {
        Workspace ws = new Workspace(root);
        ws.init();
        String csv = Files.readString(Path.of("samples/alessandria-kpi-2020.csv"), StandardCharsets.ISO_8859_1);
        Random random = new Random(42);
        List<String> dropped = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            Process running = watch(root);
            for (int f = 0; f < 4; f++) {
                String name = "kpi-" + round + "-" + f + ".csv";
                // each file different (a blank line more), written aside and moved in whole, as a copy tool does
                Path aside = Files.writeString(root.resolve(name + ".tmp"), csv + "\r\n".repeat(dropped.size() + 1),
                        StandardCharsets.ISO_8859_1);
                Files.move(aside, ws.inbox().resolve(name));
                dropped.add(name);
                Thread.sleep(random.nextInt(400));
            }
            Thread.sleep(random.nextInt(800));
            running.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(running.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        Process last = watch(root);
        long deadline = System.currentTimeMillis() + 60_000;
        while (!names(ws.inbox()).isEmpty() || !names(ws.journal()).isEmpty()) {
            assertThat(System.currentTimeMillis()).as("the last watch finishes the files").isLessThan(deadline);
            Thread.sleep(100);
        }
        Thread.sleep(300);
        last.destroyForcibly();
        last.waitFor(20, TimeUnit.SECONDS);

        assertThat(names(ws.processed())).containsExactlyInAnyOrderElementsOf(dropped);
        assertThat(names(ws.failed())).isEmpty();
        assertThat(names(ws.model())).hasSize(dropped.size());
        assertThat(new AuditLog(ws.audit()).read()).extracting(AuditEvent::file)
                .containsExactlyInAnyOrderElementsOf(dropped);
        assertThat(names(ws.staging())).isEmpty();
    }
}
