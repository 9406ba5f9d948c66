package pira.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import pira.pipeline.InputFiles;

/**
 * The files named on a command line, folders expanded; what a folder holds and is not read is said, once each. Nothing
 * to read at all is a usage error.
 */
final class Inputs {

    private Inputs() {
    }

    static List<Path> files(List<Path> named, boolean plans, PrintWriter err) throws IOException {
        InputFiles inputs = InputFiles.expand(named, plans);
        String kinds = " (XLSX, XLS, CSV, PDF, DOCX" + (plans ? ", modelli .plan.json" : "") + ")";
        if (inputs.files().isEmpty()) {
            throw new UsageError("la cartella " + inputs.emptyFolders().get(0) + " non contiene file che pira legge"
                    + kinds + ".");
        }
        // a folder among other inputs (a glob such as samples/*) is said, and the others are read
        inputs.emptyFolders().forEach(f -> err.println("NOTA la cartella " + f + " non contiene file che pira legge"
                + kinds + "."));
        inputs.skipped().forEach(s -> err.println("NOTA non letto: " + s));
        err.flush();
        return inputs.files();
    }
}
