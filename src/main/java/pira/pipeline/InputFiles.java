package pira.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files a command reads from what was named on its command line: a file as it is; a folder as the files in it
 * that pira reads (every source format, and plan models where the command reads them), in name order. What a folder
 * holds and is not read (pira's own outputs, other kinds of files) is named with the reason, never skipped silently.
 */
public record InputFiles(List<Path> files, List<String> skipped, List<Path> emptyFolders) {

    private static final String SOURCES = ".*\\.(xlsx|xlsm|xls|csv|pdf|docx)$";
    private static final String OUTPUTS = ".*(\\.rilievi\\.(html|txt|json)|^rilievi\\.(html|txt|json)|\\.errore\\.txt"
            + "|\\.bozza-mappatura\\.ya?ml)$";

    /**
     * @param plans whether models written by pira ({@code .plan.json}) are inputs too (validate reads them; import
     *              would only read its own output again)
     */
    public static InputFiles expand(List<Path> inputs, boolean plans) throws IOException {
        List<Path> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Path> empty = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            List<Path> inside;
            try (Stream<Path> list = Files.list(input)) {
                inside = list.sorted().toList();
            }
            int taken = 0;
            for (Path f : inside) {
                String name = f.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                String why = why(f, name, lower, plans);
                if (why == null) {
                    files.add(f);
                    taken++;
                } else if (!why.isEmpty()) {
                    skipped.add(input.resolve(name) + ": " + why);
                }
            }
            if (taken == 0) {
                empty.add(input);
            }
        }
        return new InputFiles(files, skipped, empty);
    }

    /** Null where the file is read; otherwise why not ("" where not worth saying: hidden files, temporary ones). */
    private static String why(Path f, String name, String lower, boolean plans) {
        if (name.startsWith(".") || name.startsWith("~$")) {
            return "";
        }
        if (Files.isDirectory(f)) {
            return "è una cartella: le cartelle dentro le cartelle non si leggono (indicarla a parte)";
        }
        if (lower.endsWith(".plan.json")) {
            return plans ? null : "è un modello scritto da pira (si controlla con pira validate)";
        }
        if (lower.matches(OUTPUTS)) {
            return "è un rapporto o una spiegazione scritti da pira";
        }
        if (lower.matches(SOURCES)) {
            return null;
        }
        if (plans && lower.endsWith(".json")) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        return "non è un formato che pira legge (" + (dot < 0 ? "senza estensione" : name.substring(dot)) + ")";
    }
}
