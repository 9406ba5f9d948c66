package pira.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a workspace holds now, for the office: the files waiting in inbox/, the originals in failed/ (each with its
 * explanation beside it), the last event of the audit, that is when a pass last did something, when the last pass ran
 * (UTC, or null: none yet), the Giunta documents written, and what is wrong in pira.yaml.
 */
public record WorkspaceStatus(List<String> waiting, List<String> failed, AuditEvent last, int imported,
                              List<String> documents, List<String> settingsProblems, String lastPass) {

    public static WorkspaceStatus of(Workspace workspace) throws IOException {
        List<AuditEvent> events = new AuditLog(workspace.audit()).read();
        List<String> failed = names(workspace.failed()).stream()
                .filter(n -> !n.endsWith(".errore.txt") && !n.endsWith(".bozza-mappatura.yaml")).toList();
        int imported = (int) events.stream().filter(e -> Outcomes.IMPORTED.equals(e.outcome())).count();
        List<String> documents = events.stream().filter(e -> Outcomes.DOCUMENT.equals(e.outcome()))
                .map(AuditEvent::report).toList();
        // another program's temporary files (an open workbook's lock file) do not wait: they go away by themselves
        List<String> waiting = names(workspace.inbox()).stream().filter(n -> !InboxProcessor.temporary(n)).toList();
        return new WorkspaceStatus(waiting, failed, events.isEmpty() ? null
                : events.get(events.size() - 1), imported, documents,
                WorkspaceSettings.load(workspace.root()).problems(), Files.isRegularFile(workspace.lastPass())
                ? Files.readString(workspace.lastPass()).strip() : null);
    }

    /** The visible files of a folder, by name. */
    private static List<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
