package pira.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import pira.inbox.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pira init WORKSPACE}. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Crea una cartella di lavoro: inbox/, processed/, failed/, model/, reports/, mappings/, audit.jsonl,"
                + " pira.yaml (le impostazioni dell'ufficio, spiegate nel file) e un LEGGIMI.txt per il personale.")
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CARTELLA", description = "La cartella di lavoro (creata se non c'è).")
    Path root;

    @Override
    public Integer call() throws Exception {
        try {
            new Workspace(root).init();
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("ERRORE la cartella di lavoro " + root + " non si può creare: "
                    + pira.inbox.Failures.describe(e) + ". Scegliere una cartella dove l'account può scrivere.");
            spec.commandLine().getErr().flush();
            return ExitCodes.INPUT_FAILED;
        }
        spec.commandLine().getOut().println("Cartella di lavoro pronta in " + root + ": copiare i file in "
                + root.resolve("inbox") + " (istruzioni in LEGGIMI.txt).");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
