package pira.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import pira.mapping.BuiltinMappings;
import pira.mapping.MappingCatalog;
import pira.mapping.MappingCandidate;
import pira.draft.DraftException;
import pira.draft.MappingDraft;
import pira.mapping.MappingException;
import pira.mapping.MappingLoader;
import pira.pipeline.AtomicFiles;
import pira.source.SourceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pira mappings list|check|suggest}. */
@Command(name = "mappings", mixinStandardHelpOptions = true, description = "Le mappature: elenco, controllo, bozza.",
        subcommands = {MappingsCommand.ListMappings.class, MappingsCommand.Check.class, MappingsCommand.Suggest.class})
final class MappingsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Elenca le mappature predefinite e quelle di una cartella di lavoro.")
    static final class ListMappings implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-w", "--workspace"}, paramLabel = "CARTELLA",
                description = "Aggiunge le mappature in CARTELLA/mappings.")
        Path workspace;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<String> problems = new ArrayList<>();
            List<MappingCandidate> all = MappingCatalog.withFolder(workspace == null ? null
                    : workspace.resolve("mappings"), problems);
            problems.forEach(p -> spec.commandLine().getErr().println("ERRORE " + p));
            int code = problems.isEmpty() ? ExitCodes.OK : ExitCodes.USAGE;
            java.util.Set<String> builtin = builtinIds();
            for (MappingCandidate c : all) {
                out.println(c.id() + "  [" + String.join(", ", c.mapping().signature().formats()) + "]  "
                        + (c.mapping().description() == null ? "" : c.mapping().description()) + "  (" + c.origin()
                        + (!c.builtin() && builtin.contains(c.id()) ? ", al posto della predefinita" : "") + ")");
            }
            out.flush();
            return code;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Controlla un file di mappatura: sintassi, schema, campi e espressioni.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "M.yaml")
        List<Path> files;

        @Override
        public Integer call() throws Exception {
            int code = ExitCodes.OK;
            java.util.Map<String, Path> ids = new java.util.HashMap<>();
            java.util.Set<String> builtin = builtinIds();
            for (Path f : files) {
                try {
                    String id = MappingLoader.load(f).id();
                    Path earlier = ids.putIfAbsent(id, f);
                    if (earlier != null) {
                        spec.commandLine().getErr().println("ERRORE " + f + ": l'id \"" + id + "\" è già usato da "
                                + earlier + ": in una cartella di lavoro la seconda sarebbe saltata. Dare a una delle"
                                + " due un id diverso.");
                        code = ExitCodes.USAGE;
                        continue;
                    }
                    spec.commandLine().getOut().println(f + ": mappatura valida." + (builtin.contains(id)
                            ? " Ha l'id di una mappatura predefinita: nella cartella mappings/ di una cartella di"
                            + " lavoro ne prende il posto." : ""));
                } catch (MappingException e) {
                    spec.commandLine().getErr().println("ERRORE " + e.getMessage());
                    code = ExitCodes.USAGE;
                } catch (java.io.IOException e) {
                    spec.commandLine().getErr().println("ERRORE " + f + ": il file non si può leggere.");
                    code = ExitCodes.USAGE;
                }
            }
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().flush();
            return code;
        }
    }

    @Command(name = "suggest", mixinStandardHelpOptions = true,
            description = "Scrive una bozza di mappatura da completare: dall'intestazione di una tabella, oppure a"
                    + " blocchi per un documento come l'Albero della performance (righe Peso, Target ANNO).")
    static final class Suggest implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = {"-o", "--out"}, paramLabel = "M.yaml", description = "Scrive la bozza in M.yaml invece che a video.")
        Path out;

        @Override
        public Integer call() throws Exception {
            Outputs.notOverInputs(out, "--out", Outputs.of(file));
            String draft;
            try {
                draft = MappingDraft.suggest(file);
            } catch (SourceException e) {
                return failed(e.getMessage());
            } catch (DraftException e) {
                return failed(file.getFileName() + ": " + e.getMessage());
            }
            if (out == null) {
                spec.commandLine().getOut().print(draft);
            } else {
                AtomicFiles.writeString(out, draft);
                spec.commandLine().getOut().println("Bozza scritta in " + out + ": completarla e controllarla con"
                        + " pira mappings check " + out);
            }
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }

        /** The file is what cannot become a draft, as a file that cannot be read: not the command line (USAGE). */
        private int failed(String message) {
            spec.commandLine().getErr().println("ERRORE " + message);
            spec.commandLine().getErr().flush();
            return ExitCodes.INPUT_FAILED;
        }
    }

    /** The ids of the mappings shipped with pira: an office's mapping with one of them takes its place. */
    private static java.util.Set<String> builtinIds() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        BuiltinMappings.load().forEach(c -> ids.add(c.id()));
        return ids;
    }
}
