package pira.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import pira.pipeline.InputFiles;

/** The files named on a command line, folders expanded; what a folder holds and is not read is said, once each. */
final class Inputs {

    private Inputs() {
    }

    static List<Path> files(List<Path> named, boolean plans, PrintWriter err) throws IOException {
        InputFiles inputs = InputFiles.expand(named, plans);
        if (!inputs.emptyFolders().isEmpty()) {
            throw new UsageError("la cartella " + inputs.emptyFolders().get(0) + " non contiene file che pira legge"
                    + " (XLSX, XLS, CSV, PDF, DOCX" + (plans ? ", modelli .plan.json" : "") + ").");
        }
        inputs.skipped().forEach(s -> err.println("NOTA non letto: " + s));
        err.flush();
        return inputs.files();
    }
}
