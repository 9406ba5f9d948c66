package pira.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import pira.inbox.Workspace;
import pira.inbox.WorkspaceStatus;
import pira.model.Counted;

/** {@code pira status WORKSPACE}: what waits, what failed, when the last pass did something. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Dice che cosa aspetta in inbox/, che cosa è in failed/ e quando un passaggio ha elaborato"
                + " l'ultimo file.")
final class StatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CARTELLA", description = "La cartella di lavoro (creata con pira init).")
    Path root;

    @Override
    public Integer call() throws Exception {
        Workspace workspace = new Workspace(root);
        if (!workspace.exists()) {
            throw new UsageError(root + " non è una cartella di lavoro di pira: crearla con pira init " + root);
        }
        WorkspaceStatus status = WorkspaceStatus.of(workspace);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Cartella di lavoro " + root + ": " + Counted.of(status.imported(), "file importato",
                "file importati") + " finora.");
        out.println(status.lastPass() == null ? "Nessun passaggio finora (pira process o pira watch)."
                : "Ultimo passaggio: il " + when(status.lastPass()) + ".");
        out.println(status.last() == null ? "Nessun passaggio ha ancora elaborato un file."
                : "Ultimo file elaborato: " + pira.model.Shown.escaped(status.last().file()) + " (" + status.last().outcome() + ") il "
                + when(status.last().time()) + ".");
        out.println(status.waiting().isEmpty() ? "In attesa in inbox/: nessun file." : "In attesa in inbox/: "
                + pira.model.Shown.escaped(String.join(", ", status.waiting())) + ".");
        out.println(status.failed().isEmpty() ? "In failed/: nessun file." : "In failed/ (spiegazioni accanto, in"
                + " .errore.txt): " + pira.model.Shown.escaped(String.join(", ", status.failed())) + ".");
        out.println(status.documents().isEmpty() ? "Documenti per la Giunta: nessuno finora." : "Documenti per la"
                + " Giunta: " + String.join(", ", status.documents()) + ".");
        if (status.settingsProblems().isEmpty()) {
            out.println("Impostazioni (pira.yaml): corrette.");
        } else {
            out.println("Impostazioni (pira.yaml) da correggere (finché non lo sono, nessun documento per la Giunta):");
            status.settingsProblems().forEach(p -> out.println("  " + p));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The audit's UTC time as the office reads it: "30/11/2026 alle 13:21:05" in this computer's time zone. */
    private static String when(String time) {
        try {
            return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy 'alle' HH:mm:ss")
                    .format(java.time.Instant.parse(time).atZone(java.time.ZoneId.systemDefault()));
        } catch (java.time.format.DateTimeParseException e) {
            return time;
        }
    }
}
