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
        description = "Resta in ascolto della cartella inbox/ ed elabora i file appena completi. Ctrl-C per fermarlo:"
                + " il file in corso viene finito.")
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
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                finished.await(30, TimeUnit.SECONDS); // let the current file finish
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("In ascolto di " + workspace.inbox() + " (Ctrl-C per fermare).");
        out.flush();
        InboxProcessor processor = processor();
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

    private InboxProcessor processor() {
        return new InboxProcessor(new Workspace(root), stableMillis,
                limitSeconds == null ? null : java.time.Duration.ofSeconds(limitSeconds),
                pira.inbox.FailureInjector.NONE, java.time.Clock.systemUTC());
    }
}
