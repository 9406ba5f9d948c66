package pira.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import pira.pipeline.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pira import FILE... [--mapping M.yaml] [--out DIR]}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Importa file XLSX, XLS, CSV, PDF o DOCX e scrive per ciascuno DIR/<nome file>.plan.json.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|CARTELLA", description = "File da importare, o cartelle: i file che"
            + " pira legge, in ordine di nome.")
    List<Path> files;

    @Mixin
    MappingOptions mappingOptions;

    @Option(names = {"-r", "--results"}, paramLabel = "RELAZIONE",
            description = "I risultati (Relazione) da abbinare al piano, per codice o per nome: con questa opzione si"
                    + " importa un solo FILE, il piano.")
    Path results;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Cartella dei risultati (predefinita: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Importer importer = mappingOptions.importer();
        if (results != null) {
            if (files.size() != 1) {
                throw new UsageError("con --results si importa un solo file, il piano.");
            }
            notOverInputs(files);
            return ImportRun.run(f -> importer.importWithResults(f, results), files, out, spec.commandLine().getOut(),
                    spec.commandLine().getErr(), new java.util.ArrayList<>());
        }
        List<Path> expanded = Inputs.files(files, false, spec.commandLine().getErr());
        notOverInputs(expanded);
        return ImportRun.run(importer, expanded, out, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Neither the folder --out nor a model written into it (NAME.plan.json) is one of the files read. */
    private void notOverInputs(List<Path> expanded) {
        List<Path> read = Outputs.of(files, expanded, results, mappingOptions.mapping, mappingOptions.resultsMapping);
        Outputs.notOverInputs(out, "--out", read);
        for (Path f : expanded) {
            Outputs.notOverInputs(out.resolve(f.getFileName() + ".plan.json"), "il modello", read);
        }
    }
}
