package pira.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import pira.mapping.BuiltinMappings;
import pira.pipeline.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pira demo}: the whole flow on the bundled samples. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Esegue il flusso completo sui file di esempio: importa ogni file di samples/ scegliendo"
                + " la mappatura in base all'intestazione.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples",
            description = "Cartella degli esempi (predefinita: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out/demo",
            description = "Cartella dei risultati (predefinita: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(samples)) {
            spec.commandLine().getErr().println("ERRORE la cartella degli esempi " + samples
                    + " non esiste: eseguire il comando dalla cartella del progetto o indicare --samples.");
            return ExitCodes.USAGE;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(samples)) {
            files = list.filter(p -> p.getFileName().toString().matches("(?i).*\\.(xlsx|xls|csv)$")).sorted().toList();
        }
        spec.commandLine().getOut().println("Esempi in " + samples + ": " + files.size() + " file; risultati in "
                + out.toAbsolutePath().normalize());
        return ImportRun.run(new Importer(BuiltinMappings.load(), null), files, out,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
