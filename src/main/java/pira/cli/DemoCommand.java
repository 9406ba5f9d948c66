package pira.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import pira.mapping.BuiltinMappings;
import java.io.PrintWriter;
import pira.pipeline.AtomicFiles;
import pira.pipeline.ImportResult;
import pira.pipeline.Importer;
import pira.pipeline.ValidationRun;
import pira.validation.Severity;
import pira.validation.ValidationContext;
import pira.validation.report.HtmlReport;
import pira.validation.report.JsonReport;
import pira.validation.report.TextReport;
import pira.validation.report.ValidatedFile;
import pira.validation.report.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pira demo}: the whole flow on the bundled samples. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Esegue il flusso completo sui file di esempio: importa ogni file di samples/ scegliendo"
                + " la mappatura in base all'intestazione, poi lo valida e scrive il rapporto dei rilievi.")
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
            files = list.filter(p -> p.getFileName().toString().matches("(?i).*\\.(xlsx|xls|csv|pdf|docx)$")).sorted().toList();
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Esempi in " + samples + ": " + files.size() + " file; risultati in "
                + out.toAbsolutePath().normalize());
        stdout.println();
        stdout.println("1. Importazione");
        Importer importer = new Importer(BuiltinMappings.load(), null);
        List<ImportResult> imported = new java.util.ArrayList<>();
        int code = ImportRun.run(importer::importFile, files, out, stdout, spec.commandLine().getErr(), imported);
        stdout.println();
        stdout.println("2. Validazione");
        ValidationRun validation = new ValidationRun(importer, ValidationContext.defaults());
        ValidationReport report = new ValidationReport(ValidationReport.SCHEMA_VERSION,
                ValidationContext.DEFAULT_TOLERANCE, imported.stream().map(validation::validated).toList());
        AtomicFiles.writeString(out.resolve("rilievi.txt"), TextReport.render(report));
        AtomicFiles.writeString(out.resolve("rilievi.html"), HtmlReport.render(report));
        AtomicFiles.writeString(out.resolve("rilievi.json"), JsonReport.render(report));
        for (ValidatedFile f : report.files()) {
            stdout.println("  " + f.file() + ": " + (f.error() != null ? "non letto"
                    : pira.validation.report.ValidationReport.describe(f.counts())));
        }
        stdout.println("  Rapporto dei rilievi: " + out.resolve("rilievi.html") + " (anche .txt e .json)");
        Path plan = samples.resolve("milano-pira-2019-2021.pdf");
        Path results = samples.resolve("milano-relazione-2019.pdf");
        if (Files.exists(plan) && Files.exists(results)) {
            stdout.println();
            stdout.println("3. Piano e risultati insieme (PIRA 2019-2021 con la Relazione 2019)");
            Path joinedOut = out.resolve("piano-e-risultati");
            List<ImportResult> joinedResults = new java.util.ArrayList<>();
            code = Math.max(code, ImportRun.run(f -> importer.importWithResults(f, results), List.of(plan), joinedOut,
                    stdout, spec.commandLine().getErr(), joinedResults));
            stdout.println();
            stdout.println("4. Documento per la Giunta (DOCX)");
            ImportResult joined = joinedResults.get(0);
            if (joined.ok()) {
                Path docx = out.resolve("relazione-2019.docx");
                List<pira.validation.Finding> findings = new pira.validation.Validator(ValidationContext.defaults())
                        .validate(joined.plan());
                pira.report.DocxReport giunta = new pira.report.DocxReport(joined.plan(), findings,
                        new pira.report.ReportOptions(2019, null,
                                "Relazione sulla performance 2019 - Tabelle di rendicontazione", null, null, null,
                                true, null, null, false, pira.achievement.OutcomeBands.DEFAULT, false));
                AtomicFiles.write(docx, giunta::write);
                stdout.println("  " + docx + " (tabelle di rendicontazione 2019 con il raggiungimento calcolato)");
            }
        }
        stdout.flush();
        return code;
    }
}
