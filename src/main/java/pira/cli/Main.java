package pira.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pira} command. */
@Command(name = "pira", mixinStandardHelpOptions = true, version = "pira 0.1.0",
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = "Converte i documenti di performance delle Camere di commercio (PIRA, Piani e"
                + " Relazioni) nel modello normalizzato.",
        subcommands = {ImportCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (used by tests). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }
}
