package pira.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import pira.inbox.InboxProcessor;
import pira.inbox.PassResult;
import pira.inbox.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pira process WORKSPACE}: one pass, for a scheduler. */
@Command(name = "process", mixinStandardHelpOptions = true,
        description = {"Elabora una volta i file in inbox/ della cartella di lavoro (per un'attività pianificata)."
                + " Ogni file è detto appena il suo esito è registrato. Fermato (SIGTERM, Ctrl-C), finisce il file in"
                + " corso o lo lascia in inbox/ e dice \"Fermato.\".",
            "",
            "Codici di uscita: 0 tutti importati; 2 qualche file non importato; 3 riga di comando sbagliata o cartella"
                + " che non è di lavoro; 4 cartella occupata da un'altra elaborazione; 5 errore di pira o del sistema"
                + " (per esempio disco pieno), detto in italiano; 143 fermato da SIGTERM.",
            "",
            "--debug (in qualunque punto della riga) mostra i dettagli tecnici: i messaggi delle librerie e, per un"
                + " errore di pira, la traccia Java."})
final class ProcessCommand implements Callable<Integer> {

    /** Another pass holds the workspace. */
    static final int BUSY = 4;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CARTELLA", description = "La cartella di lavoro (creata con pira init).")
    Path root;

    @Option(names = "--stable-ms", paramLabel = "MS", defaultValue = "5000",
            description = "Un file è completo quando dimensione e data non cambiano per MS millisecondi"
                    + " (predefinito ${DEFAULT-VALUE}).")
    long stableMillis;

    @Option(names = "--limite-secondi", paramLabel = "S",
            description = "Tempo massimo per importare un file: oltre, il file va in failed/ con la spiegazione e si"
                    + " passa al successivo (predefinito: limite_secondi di pira.yaml, altrimenti 300).")
    Long limitSeconds;

    @Override
    public Integer call() throws Exception {
        Workspace workspace = new Workspace(root);
        if (!workspace.exists()) {
            spec.commandLine().getErr().println("ERRORE " + root + " non è una cartella di lavoro di pira: crearla con"
                    + " pira init " + root);
            return ExitCodes.USAGE;
        }
        InboxProcessor processor = processor();
        java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
        Thread hook = WatchCommand.stopHook(processor, () -> { }, finished);
        Runtime.getRuntime().addShutdownHook(hook);
        PassResult result;
        try {
            result = PassPrinter.run(processor, spec.commandLine().getOut());
            PassPrinter.print(result, spec.commandLine().getOut());
            if (processor.stopRequested()) {
                spec.commandLine().getOut().println("Fermato.");
                spec.commandLine().getOut().flush();
            }
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook is running
            }
        }
        if (result.locked()) {
            return BUSY;
        }
        if (result.diskFull()) {
            return ExitCodes.INTERNAL;
        }
        return result.failed().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }

    private InboxProcessor processor() {
        return new InboxProcessor(new Workspace(root), stableMillis,
                limitSeconds == null ? null : java.time.Duration.ofSeconds(limitSeconds),
                pira.inbox.FailureInjector.NONE, java.time.Clock.systemUTC());
    }
}
