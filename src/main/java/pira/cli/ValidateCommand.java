package pira.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import pira.pipeline.AtomicFiles;
import pira.pipeline.Importer;
import pira.pipeline.ValidationRun;
import pira.validation.Severity;
import pira.validation.ValidationContext;
import pira.validation.report.HtmlReport;
import pira.validation.report.JsonReport;
import pira.validation.report.TextReport;
import pira.validation.report.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pira validate FILE|DIR|PLAN.json... [--mapping M] [--format text|json|html] [--out F] [--tolerance X]}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Controlla i documenti come farebbe un revisore e riporta i rilievi (regole in docs/regole.md)."
                + " Uscita: 0 senza errori (avvisi ammessi), 1 con errori, 2 se un file non si può leggere.")
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json, html }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|CARTELLA|PIANO.json",
            description = "File da importare e controllare, cartelle, o modelli JSON scritti da pira import.")
    List<Path> inputs;

    @Mixin
    MappingOptions mappingOptions;

    @Option(names = {"-r", "--results"}, paramLabel = "RELAZIONE",
            description = "I risultati (Relazione) da abbinare al piano prima di validarlo: un solo FILE, il piano.")
    Path results;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMATO", defaultValue = "text",
            description = "text (predefinito), json o html.")
    Format format;

    @Option(names = {"-o", "--out"}, paramLabel = "F", description = "Scrive il rapporto in F invece che a video.")
    Path out;

    @Option(names = "--con-data", description = "Scrive nel rapporto (JSON e HTML) la data e l'ora dell'esecuzione;"
            + " senza, lo stesso input dà sempre lo stesso rapporto, byte per byte.")
    boolean withDate;

    @Option(names = "--tolerance", paramLabel = "X", defaultValue = "0,05",
            description = "Tolleranza in punti sulla somma dei pesi (predefinita ${DEFAULT-VALUE}).")
    String tolerance;

    @Override
    public Integer call() throws Exception {
        BigDecimal tol;
        try {
            tol = new BigDecimal(tolerance.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new UsageError("--tolerance: \"" + tolerance + "\" non è un numero (es. 0,05).");
        }
        if (tol.signum() < 0) {
            throw new UsageError("--tolerance: " + tolerance + " è negativa; la tolleranza è uno scarto ammesso, da 0 in"
                    + " su (es. 0,05).");
        }
        Importer importer = mappingOptions.importer();
        if (results != null && inputs.size() != 1) {
            throw new UsageError("con --results si valida un solo file, il piano.");
        }
        List<Path> files = Inputs.files(inputs, true, spec.commandLine().getErr());
        Outputs.notOverInputs(out, "--out", Outputs.of(inputs, files, results, mappingOptions.mapping,
                mappingOptions.resultsMapping));
        ValidationReport report;
        try (Progress progress = Progress.of("Validazione", files.size())) {
            report = new ValidationRun(importer, new ValidationContext(tol)).run(files, results, progress::step);
        }
        if (withDate) {
            report = report.at(java.time.ZonedDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                    .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss xxx")));
        }
        String text = switch (format) {
            case text -> TextReport.render(report);
            case json -> JsonReport.render(report);
            case html -> HtmlReport.render(report);
        };
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.writeString(out, text);
            spec.commandLine().getOut().println("Rapporto scritto in " + out + ": "
                    + pira.model.Counted.of(report.counts().get(Severity.ERRORE), "errore", "errori") + ", "
                    + pira.model.Counted.of(report.counts().get(Severity.AVVISO), "avviso", "avvisi") + ".");
            spec.commandLine().getOut().flush();
        }
        if (report.unreadable() > 0) {
            return ExitCodes.INPUT_FAILED;
        }
        return report.counts().get(Severity.ERRORE) > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
