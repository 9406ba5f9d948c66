package pira.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import pira.model.Plan;
import pira.model.SourceFile;
import pira.validation.ValidationContext;
import pira.validation.rules.Validator;
import pira.validation.report.ValidatedFile;
import pira.validation.report.ValidationReport;

/**
 * Validates inputs: source files are imported first, plan JSON files are read as they are (folders are expanded by
 * {@link InputFiles} before). Each input is handled on its own.
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
        return run(inputs, results, () -> { });
    }

    /** As above, calling {@code step} after each input (for a progress line). */
    public ValidationReport run(List<Path> inputs, Path results, Runnable step) throws IOException {
        List<ValidatedFile> files = new ArrayList<>();
        for (Path input : inputs) {
            files.add(validate(input, results));
            step.run();
        }
        return new ValidationReport(ValidationReport.SCHEMA_VERSION, context.tolerance(), files);
    }

    private ValidatedFile validate(Path input, Path results) {
        return validated(results == null ? importer.importFile(input) : importer.importWithResults(input, results));
    }

    /** The validation of a file already imported. */
    public ValidatedFile validated(ImportResult result) {
        if (!result.ok()) {
            return ValidatedFile.unreadable(result.file(), FailureAdvice.commandLineMessage(result));
        }
        Plan plan = result.plan();
        SourceFile source = plan.sources().isEmpty() ? null : plan.sources().get(0);
        return new ValidatedFile(result.file(), source == null ? null : source.sha256(), result.mappingId(), null,
                new Validator(context).validate(plan), source == null ? null : source.mappingSha256());
    }

}
