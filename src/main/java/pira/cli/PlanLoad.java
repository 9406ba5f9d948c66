package pira.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import pira.model.Plan;
import pira.pipeline.FailureAdvice;
import pira.pipeline.ImportResult;
import pira.pipeline.Importer;

/** A plan a command needs whole (report, confronta): a document imported now, or a model written by pira import. */
final class PlanLoad {

    private PlanLoad() {
    }

    /** The plan of {@code file}; null where it cannot be read, said on {@code err} with what to do. */
    static Plan of(Path file, Importer importer, PrintWriter err) {
        ImportResult r = importer.importFile(file);
        if (!r.ok()) {
            err.println("ERRORE " + FailureAdvice.commandLineMessage(r));
            return null;
        }
        return r.plan();
    }
}
