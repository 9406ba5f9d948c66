package pira.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pira} command. */
@Command(name = "pira", mixinStandardHelpOptions = true, resourceBundle = "pira.cli.Messages",
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        footer = {"", "Codici di uscita comuni: 0 tutto bene; 1 rilievi con errori (validate); 2 qualche file non letto o"
                + " non importato; 3 riga di comando sbagliata; 4 cartella di lavoro occupata (process); 5 errore di"
                + " pira o del sistema, detto in italiano. Ogni comando dice i suoi con pira help COMANDO.",
            "--debug, in qualunque punto della riga, mostra i dettagli tecnici: i messaggi delle librerie e la"
                + " traccia Java di un errore di pira (senza, mai)."},
        description = "Converte i documenti di performance delle Camere di commercio (PIRA, Piani e"
                + " Relazioni) nel modello normalizzato.")
public final class Main {

    /** The commands, in the order of the help. */
    private static final java.util.List<Class<?>> COMMANDS = java.util.List.of(ImportCommand.class,
            ValidateCommand.class, DemoCommand.class, InitCommand.class, ProcessCommand.class, WatchCommand.class,
            StatusCommand.class, MappingsCommand.class, ReportCommand.class, CompareCommand.class,
            HistoryCommand.class, TrainCommand.class, CommandLine.HelpCommand.class);

    static final String VERSION = pira.model.Version.NAME;
    private static final String DEBUG_PROPERTY = "pira.debug";

    public static void main(String[] args) {
        // UTF-8 whatever the locale: under cron or a service (C locale) accented letters would come out as "?"
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out,
                java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err,
                java.nio.charset.StandardCharsets.UTF_8), true);
        int code = run(out, err, withoutDebug(args));
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * {@code --debug}, anywhere on the line, shows the libraries' own logs (off otherwise, see
     * simplelogger.properties); it is taken off before the command is parsed, and must act before any library logs.
     */
    static String[] withoutDebug(String[] args) {
        java.util.List<String> rest = new java.util.ArrayList<>(java.util.List.of(args));
        if (rest.remove("--debug")) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
            System.setProperty(DEBUG_PROPERTY, "true");
        }
        return rest.toArray(new String[0]);
    }

    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /** Runs a command line with the given output streams and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(args).setOut(out).setErr(err).execute(args);
    }

    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command tree for {@code args}, with the usage exit code on every subcommand (picocli does not inherit it).
     * Where the first argument names a command, the tree holds only that one: picocli builds the model of every
     * command it holds at start, about a tenth of a second of every run for the other twelve. Anything else (help,
     * -V, a mistyped command that gets a suggestion) gets them all.
     */
    static CommandLine commandLine(String[] line) {
        CommandLine cl = new CommandLine(new Main());
        Class<?> only = line.length == 0 ? null : COMMANDS.stream().filter(c -> !c.equals(CommandLine.HelpCommand.class)
                && c.getAnnotation(Command.class).name().equals(line[0])).findFirst().orElse(null);
        for (Class<?> c : only != null ? java.util.List.of(only, CommandLine.HelpCommand.class) : COMMANDS) {
            cl.addSubcommand(c);
        }
        cl.getCommandSpec().version(VERSION);
        // picocli inherits neither the usage exit code nor the version: -V answers on every command
        cl.getSubcommands().values().forEach(sub -> {
            sub.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE).version(VERSION);
            sub.getSubcommands().values().forEach(s -> s.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE)
                    .version(VERSION));
        });
        // picocli's own help command, said in Italian like the others (its texts are not in the resource bundle)
        cl.getSubcommands().get("help").getCommandSpec().usageMessage()
                .header("Mostra l'aiuto di un comando: pira help import.")
                .description("Senza COMMAND mostra l'aiuto di pira.");
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine command = ex.getCommandLine();
            command.getErr().println("ERRORE " + UsageErrors.italian(ex) + ".");
            command.usage(command.getErr());
            command.getErr().flush();
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, command, parseResult) -> {
            if (ex instanceof UsageError) {
                command.getErr().println("ERRORE " + ex.getMessage());
                command.getErr().flush();
                return ExitCodes.USAGE;
            }
            // no Java trace reaches a user: what happened, in Italian; the trace only with --debug
            command.getErr().println("ERRORE " + pira.inbox.Failures.describe(ex) + ". Se si ripete, segnalarlo"
                    + " allegando il file e il comando usato (con --debug si vedono i dettagli tecnici).");
            if (Boolean.getBoolean(DEBUG_PROPERTY)) {
                ex.printStackTrace(command.getErr());
            }
            command.getErr().flush();
            return ExitCodes.INTERNAL;
        });
        return cl;
    }
}
