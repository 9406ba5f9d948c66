package pira.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import pira.model.ImportNote;
import pira.model.PlanJson;
import pira.pipeline.AtomicFiles;
import pira.pipeline.FailureAdvice;
import pira.pipeline.ImportResult;
import pira.pipeline.Importer;
import pira.pipeline.PlanSummary;

/** Imports files one by one, writes each plan as JSON and prints a short summary. */
final class ImportRun {

    private static final int NOTES_SHOWN = 5;

    private ImportRun() {
    }

    /** Returns the exit code: OK, or INPUT_FAILED when any file could not be imported. */
    static int run(Importer importer, List<Path> files, Path out, PrintWriter stdout, PrintWriter stderr)
            throws IOException {
        return run(importer::importFile, files, out, stdout, stderr, new java.util.ArrayList<>());
    }

    /** As above; every result, imported or not, is also added to {@code results} for the steps that follow. */
    static int run(java.util.function.Function<Path, ImportResult> importer, List<Path> files, Path out,
                   PrintWriter stdout, PrintWriter stderr, List<ImportResult> results) throws IOException {
        int failed = 0;
        try (Progress progress = Progress.of("Importazione", files.size())) {
            for (Path file : files) {
                failed += one(importer.apply(file), out, stdout, stderr, results);
                progress.step();
            }
        }
        stdout.println(files.size() - failed + " file " + (files.size() - failed == 1 ? "importato" : "importati") + ", "
                + failed + (failed == 1 ? " non importato." : " non importati."));
        stdout.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }

    /** Writes one file's plan and summary, or its error; 1 where it was not imported. */
    private static int one(ImportResult result, Path out, PrintWriter stdout, PrintWriter stderr,
                           List<ImportResult> results) throws IOException {
        results.add(result);
        if (!result.ok()) {
            stderr.println("ERRORE " + FailureAdvice.commandLineMessage(result));
            stderr.flush();
            return 1;
        }
        Path target = out.resolve(result.file() + ".plan.json");
        boolean replaces = Files.exists(target);
        AtomicFiles.write(target, stream -> PlanJson.write(result.plan(), stream));
        stdout.println(result.file() + " -> " + target + " (mappatura " + result.mappingId()
                + (result.mappingChosenAutomatically() ? ", scelta in base all'intestazione" : "")
                + (replaces ? "; sostituisce il modello scritto prima con lo stesso nome" : "") + ")");
        stdout.println("  " + PlanSummary.of(result.plan()));
        PlanSummary.balance(result.plan()).forEach(line -> stdout.println("  " + line));
        List<ImportNote> notes = result.plan().notes();
        notes.stream().limit(NOTES_SHOWN).forEach(n -> stdout.println((n.isInformation() ? "  nota: "
                : "  avviso: ") + n.location().describe() + ": " + n.message()));
        if (notes.size() > NOTES_SHOWN) {
            stdout.println("  ... e altri " + (notes.size() - NOTES_SHOWN) + " note e avvisi (nel file JSON)");
        }
        stdout.flush();
        return 0;
    }
}
