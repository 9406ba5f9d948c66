package pira.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import pira.model.Plan;
import pira.model.PlanJson;
import pira.model.SourceFile;
import pira.validation.ValidationContext;
import pira.validation.Validator;
import pira.validation.report.ValidatedFile;
import pira.validation.report.ValidationReport;

/**
 * Validates inputs: spreadsheets and CSV are imported first, plan JSON files are read as they are, folders
 * are expanded to the files they hold (sorted by name). Each input is handled on its own.
 */
public final class ValidationRun {

    private final Importer importer;
    private final ValidationContext context;

    public ValidationRun(Importer importer, ValidationContext context) {
        this.importer = importer;
        this.context = context;
    }

    public ValidationReport run(List<Path> inputs) throws IOException {
        return run(inputs, null);
    }

    /** As {@link #run(List)}; with {@code results}, the one input is a plan joined with those results first. */
    public ValidationReport run(List<Path> inputs, Path results) throws IOException {
        List<ValidatedFile> files = new ArrayList<>();
        for (Path input : expand(inputs)) {
            files.add(validate(input, results));
        }
        return new ValidationReport(ValidationReport.SCHEMA_VERSION, context.tolerance(), files);
    }

    private ValidatedFile validate(Path input, Path results) {
        String name = input.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return validated(results == null ? importer.importFile(input) : importer.importWithResults(input, results));
        }
        Plan plan;
        try {
            plan = PlanJson.read(input);
        } catch (IOException | RuntimeException e) {
            return ValidatedFile.unreadable(name, name + ": il file JSON non è un modello di piano valido ("
                    + e.getMessage() + "). Rigenerarlo con pira import.");
        }
        SourceFile source = plan.sources().isEmpty() ? null : plan.sources().get(0);
        return new ValidatedFile(name, source == null ? null : source.sha256(), source == null ? null : source.mapping(),
                null, new Validator(context).validate(plan));
    }

    /** The validation of a file already imported. */
    public ValidatedFile validated(ImportResult result) {
        if (!result.ok()) {
            return ValidatedFile.unreadable(result.file(), FailureAdvice.commandLineMessage(result));
        }
        Plan plan = result.plan();
        SourceFile source = plan.sources().isEmpty() ? null : plan.sources().get(0);
        return new ValidatedFile(result.file(), source == null ? null : source.sha256(), result.mappingId(), null,
                new Validator(context).validate(plan));
    }

    /** Folders become the readable files inside them; other paths stay as given. */
    static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    list.filter(f -> Files.isRegularFile(f)
                                    && f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(xlsx|xls|csv|json)$"))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }
}
