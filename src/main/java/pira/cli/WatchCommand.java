package pira.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import pira.inbox.Failures;
import pira.inbox.InboxProcessor;
import pira.inbox.PassResult;
import pira.inbox.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pira watch WORKSPACE}: stays running, one pass every few seconds; stops cleanly on Ctrl-C. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Resta in ascolto della cartella inbox/ ed elabora i file appena completi; ogni file è detto"
                + " appena il suo esito è registrato. Ctrl-C o SIGTERM per fermarlo: il file in corso viene finito, o"
                + " lasciato in inbox/ se non può finire subito, e dice \"Fermato.\".",
            "",
            "Codici di uscita: 0 fermato; 3 riga di comando sbagliata o cartella che non è di lavoro; 5 errore di pira"
                + " o del sistema, detto in italiano; 143 fermato da SIGTERM. Un passaggio non riuscito è detto e"
                + " ritentato.",
            "",
            "--debug (in qualunque punto della riga) mostra i dettagli tecnici: i messaggi delle librerie e, per un"
                + " errore di pira, la traccia Java."})
final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CARTELLA", description = "La cartella di lavoro (creata con pira init).")
    Path root;

    @Option(names = "--interval-ms", paramLabel = "MS", defaultValue = "2000",
            description = "Pausa tra due passaggi (predefinita ${DEFAULT-VALUE} ms).")
    long interval;

    @Option(names = "--stable-ms", paramLabel = "MS", defaultValue = "5000",
            description = "Un file è completo quando non cambia per MS millisecondi (predefinito ${DEFAULT-VALUE}).")
    long stableMillis;

    @Option(names = "--limite-secondi", paramLabel = "S",
            description = "Tempo massimo per importare un file: oltre, il file va in failed/ con la spiegazione e si"
                    + " passa al successivo (predefinito: limite_secondi di pira.yaml, altrimenti 300).")
    Long limitSeconds;

    /** The longest pause after passes that failed one after another. */
    static final long MAX_PAUSE_MS = 300_000;

    /** Counted down to stop the loop: by Ctrl-C (shutdown hook) or by a test. */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        Workspace workspace = new Workspace(root);
        PrintWriter out = spec.commandLine().getOut();
        if (!workspace.exists()) {
            spec.commandLine().getErr().println("ERRORE " + root + " non è una cartella di lavoro di pira: crearla con"
                    + " pira init " + root);
            return ExitCodes.USAGE;
        }
        CountDownLatch finished = new CountDownLatch(1);
        InboxProcessor processor = processor();
        Thread hook = stopHook(processor, stop::countDown, finished);
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("In ascolto di " + workspace.inbox() + " (Ctrl-C per fermare).");
        out.flush();
        try {
            long pause = interval;
            while (stop.getCount() > 0) {
                // watch survives everything: a pass that fails is said, and tried again later and later
                try {
                    PassResult result = PassPrinter.run(processor, out);
                    PassPrinter.print(result, out);
                    pause = interval;
                } catch (Exception | Error e) {
                    pause = Math.min(Math.max(pause * 2, interval), MAX_PAUSE_MS);
                    out.println("ATTENZIONE il passaggio non è riuscito (" + Failures.describe(e) + "): nuovo"
                            + " tentativo tra " + (pause / 1000) + " s.");
                    out.flush();
                }
                stop.await(pause, TimeUnit.MILLISECONDS);
            }
            out.println("Fermato.");
            out.flush();
            return ExitCodes.OK;
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook is running
            }
        }
    }

    /**
     * The hook of SIGTERM and Ctrl-C: asks the pass to stop (the file being committed is finished, an import or a PDF
     * conversion still running is abandoned), then waits for the command to say "Fermato." and return.
     */
    static Thread stopHook(InboxProcessor processor, Runnable stop, CountDownLatch finished) {
        return new Thread(() -> {
            stop.run();
            processor.requestStop();
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pira-arresto");
    }

    private InboxProcessor processor() {
        return new InboxProcessor(new Workspace(root), stableMillis,
                limitSeconds == null ? null : java.time.Duration.ofSeconds(limitSeconds),
                pira.inbox.FailureInjector.NONE, java.time.Clock.systemUTC());
    }
}
