package pira.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import pira.achievement.AchievementCalculator;
import pira.achievement.ReferenceValues;
import pira.achievement.ResolvedTarget;
import pira.history.EnteHistory;
import pira.history.History;
import pira.history.HistoryBuilder;
import pira.history.HistoryJson;
import pira.history.HistoryReferences;
import pira.history.report.HistoryHtml;
import pira.history.report.HistoryXlsx;
import pira.mapping.BuiltinMappings;
import pira.model.Counted;
import pira.model.Plan;
import pira.pipeline.PlanJoiner;
import pira.report.ComparisonDocx;
import pira.revision.Comparison;
import pira.revision.ComparisonJson;
import pira.revision.PlanComparison;
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
                + " la mappatura in base all'intestazione, poi lo valida e scrive il rapporto dei rilievi; unisce il"
                + " PIRA di Milano alla Relazione e scrive il documento per la Giunta; confronta le due revisioni del"
                + " PIRA, scrive la storia degli indicatori e il documento 2020 con i target relativi risolti.")
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
                List<pira.validation.Finding> findings = new pira.validation.rules.Validator(ValidationContext.defaults())
                        .validate(joined.plan());
                pira.report.DocxReport giunta = new pira.report.DocxReport(joined.plan(), findings,
                        pira.report.ReportOptions.relazione(2019, null, null, MILANO_BANDS,
                                pira.achievement.Choices.DEFAULT));
                AtomicFiles.write(docx, giunta::write);
                stdout.println("  " + docx + " (tabelle di rendicontazione 2019 con il raggiungimento calcolato)");
            }
        }
        yearsOfMilano(imported, stdout);
        stdout.flush();
        return code;
    }

    /**
     * The bands Milano's Relazione uses: what is below 100% is "Obiettivo non raggiunto" (55%, 95% and 96% are), with no
     * band between; with pira's default bands its declared outcomes would read "parzialmente raggiunto".
     */
    static final pira.achievement.OutcomeBands MILANO_BANDS = new pira.achievement.OutcomeBands(
            java.math.BigDecimal.valueOf(100), java.math.BigDecimal.valueOf(100),
            "quelle della Relazione di Milano, in cui ogni risultato sotto il 100% è «Obiettivo non raggiunto»");

    /**
     * The documents of Milano over two years: the changes of the 2020-2022 revision, the history of every indicator,
     * and the 2020 document whose relative targets take last year's values from the Relazione 2019.
     */
    private void yearsOfMilano(List<ImportResult> imported, PrintWriter stdout) throws Exception {
        Plan pira2019 = plan(imported, "milano-pira-2019-2021.pdf");
        Plan pira2020 = plan(imported, "milano-pira-2020-2022.pdf");
        Plan relazione2019 = plan(imported, "milano-relazione-2019.pdf");
        Plan relazione2020 = plan(imported, "milano-relazione-2020.pdf");
        if (pira2019 == null || pira2020 == null || relazione2019 == null || relazione2020 == null) {
            return;
        }
        stdout.println();
        stdout.println("5. Variazioni della revisione annuale (PIRA 2019-2021 e PIRA 2020-2022)");
        Comparison changes = PlanComparison.compare(pira2019, pira2020);
        AtomicFiles.write(out.resolve("variazioni-pira-2020-2022.docx"), new ComparisonDocx(changes, null)::write);
        AtomicFiles.writeString(out.resolve("variazioni-pira-2020-2022.json"), ComparisonJson.toJson(changes));
        stdout.println("  " + Counted.of(changes.elementChanges().size(), "variazione", "variazioni")
                + " degli elementi del piano, " + Counted.of(changes.changes().size(), "variazione", "variazioni")
                + " degli indicatori, " + Counted.of(changes.findings().size(), "rilievo", "rilievi")
                + " sulle note di revisione: "
                + out.resolve("variazioni-pira-2020-2022.docx") + " (anche .json)");
        stdout.println();
        stdout.println("6. Storia degli indicatori (i due PIRA e le due Relazioni)");
        History history = HistoryBuilder.of(List.of(pira2019, pira2020, relazione2019, relazione2020));
        AtomicFiles.writeString(out.resolve("storia.html"), HistoryHtml.render(history));
        AtomicFiles.writeString(out.resolve("storia.json"), HistoryJson.toJson(history));
        AtomicFiles.write(out.resolve("storia.xlsx"), stream -> HistoryXlsx.write(history, stream));
        EnteHistory milano = history.entes().get(0);
        stdout.println("  " + Counted.of(milano.indicators().size(), "indicatore", "indicatori") + ", "
                + Counted.of(milano.discrepancies().size(), "anno dichiarato in modo diverso",
                "anni dichiarati in modo diverso") + ": " + out.resolve("storia.html") + " (anche .json e .xlsx)");
        stdout.println();
        stdout.println("7. Documento per la Giunta 2020 con i target relativi risolti (valori 2019 dalla Relazione 2019)");
        Plan joined = PlanJoiner.join(pira2020, relazione2020);
        ReferenceValues references = HistoryReferences.of(history, joined.ente());
        pira.report.DocxReport giunta = new pira.report.DocxReport(joined,
                new pira.validation.rules.Validator(ValidationContext.defaults()).validate(joined),
                pira.report.ReportOptions.relazione(2020, null, null, MILANO_BANDS,
                        pira.achievement.Choices.DEFAULT),
                references);
        Path docx = out.resolve("relazione-2020.docx");
        AtomicFiles.write(docx, giunta::write);
        AchievementCalculator calculator = new AchievementCalculator(2020, true, references);
        for (pira.model.Indicator i : joined.allIndicators()) {
            calculator.resolvedTarget(i).filter(ResolvedTarget::resolved).ifPresent(r -> stdout.println("  "
                    + i.code() + " \"" + i.targets().get(2020).raw() + "\" -> " + r.target()));
        }
        stdout.println("  " + docx);
    }

    private static Plan plan(List<ImportResult> imported, String file) {
        return imported.stream().filter(r -> r.ok() && r.file().equals(file)).map(ImportResult::plan).findFirst()
                .orElse(null);
    }
}
