package pira.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import pira.mapping.BuiltinMappings;
import pira.pipeline.Importer;
import pira.pipeline.ValidationRun;
import pira.validation.ValidationContext;
import pira.validation.report.HtmlReport;
import pira.validation.report.JsonReport;
import pira.validation.report.TextReport;
import pira.validation.report.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code pira allena DIR}, hidden: the launcher's training run. Imports and validates every file of DIR (one of each
 * kind pira reads, shipped in the release's lib/allenamento) and renders the reports, writing nothing, so that the
 * class-data-sharing archive the launcher asks the JVM to write at its exit holds the classes of every command's
 * common path, not only those of whichever command happened to run first.
 */
@Command(name = "allena", hidden = true)
final class TrainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CARTELLA")
    Path dir;

    @Override
    public Integer call() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.sorted().toList();
        }
        ValidationReport report = new ValidationRun(new Importer(BuiltinMappings.load(), null),
                ValidationContext.defaults()).run(files);
        // rendered for their classes only
        TextReport.render(report);
        JsonReport.render(report);
        HtmlReport.render(report);
        return ExitCodes.OK;
    }
}
