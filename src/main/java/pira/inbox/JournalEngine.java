package pira.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import pira.pipeline.AtomicFiles;

/**
 * The journal of each file's or document's outcome: written whole before any move, then applied step by step, each
 * step only if not done yet, so that a journal can be applied again after a crash at any point; at the start of a pass
 * the journals a crash left are completed, and one that cannot be is set aside with an explanation. Nothing is ever
 * moved over an existing file.
 */
final class JournalEngine {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Workspace workspace;
    private final AuditLog audit;
    /** The failure injector's hook before each step (see {@link InboxProcessor}). */
    private final Consumer<String> step;
    /** The ids of the events in the audit, read once a pass: a journal completed again is not recorded twice. */
    private Set<String> recorded = new HashSet<>();

    JournalEngine(Workspace workspace, AuditLog audit, Consumer<String> step) {
        this.workspace = workspace;
        this.audit = audit;
        this.step = step;
    }

    /** The events already in the audit, read at the start of a pass. */
    void recorded(List<AuditEvent> events) {
        recorded = new HashSet<>();
        events.forEach(e -> recorded.add(e.id()));
    }

    /** Writes the journal, then applies it. */
    void commit(Journal journal) throws IOException {
        writeJournal(journal);
        apply(journal);
    }

    /** Applies a journal: every step only if not done yet, so it can run again after a crash. */
    private void apply(Journal journal) throws IOException {
        // where a file took another name (its place was taken since the journal was written), the audit says that one
        java.util.Map<String, String> renamed = new java.util.HashMap<>();
        for (Journal.Move m : journal.outputs()) {
            step.accept("uscita " + m.to());
            renamed.put(m.to(), doMove(m));
        }
        if (journal.original() != null) {
            step.accept("originale");
            renamed.put(journal.original().to(), doMove(journal.original()));
        }
        step.accept("audit");
        if (recorded.add(journal.id())) {
            AuditEvent e = journal.event();
            audit.append(new AuditEvent(e.id(), e.time(), e.file(), e.sha256(), e.mapping(), e.outcome(),
                    renamed.getOrDefault(e.original(), e.original()), renamed.getOrDefault(e.model(), e.model()),
                    renamed.getOrDefault(e.report(), e.report()), e.errors(), e.warnings(), e.information(),
                    e.message(), e.sources(), e.key()));
        }
        step.accept("chiusura");
        Files.deleteIfExists(workspace.journal().resolve(journal.id() + ".json"));
        Folders.deleteTree(workspace.staging().resolve(journal.id()));
    }

    /** Moves, never over an existing file; returns where the file went, relative to the workspace. */
    private String doMove(Journal.Move m) throws IOException {
        Path from = workspace.root().resolve(m.from());
        Path to = workspace.root().resolve(m.to());
        if (!Files.exists(from)) {
            return m.to(); // done before a crash (under another name, if its place was taken: not known any more)
        }
        if (Files.exists(to)) {
            // someone put a file there since the journal was written: never overwrite, take another name
            String base = Folders.freeBase(to.getFileName().toString(), List.of(to.getParent()), List.of(""));
            to = to.resolveSibling(base);
        }
        Files.createDirectories(to.getParent());
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        AtomicFiles.syncDirectory(to.getParent());
        AtomicFiles.syncDirectory(from.getParent());
        return workspace.root().relativize(to).toString().replace('\\', '/');
    }

    private void writeJournal(Journal journal) throws IOException {
        AtomicFiles.writeString(workspace.journal().resolve(journal.id() + ".json"),
                JSON.writeValueAsString(journal));
    }

    /** Completes the journals a crash left, then drops staging folders that never reached their journal. */
    void recover() throws IOException {
        Files.createDirectories(workspace.journal());
        Files.createDirectories(workspace.staging());
        List<Path> journals = Folders.list(workspace.journal());
        for (Path j : journals) {
            if (!j.getFileName().toString().endsWith(".json")) {
                Files.deleteIfExists(j); // a temporary file of a journal that was never written whole
                continue;
            }
            try {
                apply(JSON.readValue(Files.readString(j), Journal.class));
            } catch (SimulatedKill killed) {
                throw killed;
            } catch (IOException | RuntimeException e) {
                setAside(j, e);
            }
        }
        for (Path stage : Folders.list(workspace.staging())) {
            Folders.deleteTree(stage);
        }
    }

    /**
     * A journal that cannot be completed (its files are gone, a name the system refuses, a damaged journal) is moved
     * to .pira/scartati with an explanation, instead of stopping every later pass before any file.
     */
    private void setAside(Path journal, Exception e) throws IOException {
        Path aside = workspace.internal().resolve("scartati");
        Files.createDirectories(aside);
        String base = Folders.freeBase(journal.getFileName().toString(), List.of(aside), List.of(""));
        AtomicFiles.writeString(aside.resolve(base + ".errore.txt"), "Il registro di lavoro " + journal.getFileName()
                + " non si è potuto completare (" + Failures.describe(e) + ").\nI file che nomina sono dove il"
                + " registro dice, oppure ancora in inbox/: controllarli e, se serve, rimetterli in inbox/.\n");
        Files.move(journal, aside.resolve(base), StandardCopyOption.ATOMIC_MOVE);
    }
}
