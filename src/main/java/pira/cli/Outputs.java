package pira.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The checks every command that writes makes before it reads or writes anything: an output is never one of its inputs
 * (nothing of the input is lost, DESIGN.md section 4), and a Word template is a Word file that is not a zip bomb. Each
 * refusal is a {@link UsageError}: nothing is written.
 */
final class Outputs {

    private Outputs() {
    }

    /**
     * Refuses {@code out} (the file a command writes, named by {@code option}) where it is one of {@code inputs}: the
     * same path, the same file through a link, or the same file under another case on a file system that ignores case.
     * Inputs may be folders (a folder given to read): their files are not outputs, so only the folder itself counts.
     * Null entries are ignored.
     */
    static void notOverInputs(Path out, String option, Collection<Path> inputs) {
        if (out == null) {
            return;
        }
        for (Path in : inputs) {
            if (in != null && same(out, in)) {
                throw new UsageError(option + " " + out + " è anche un file letto dal comando (" + in + "): verrebbe"
                        + " sovrascritto. Indicare un altro file da scrivere; nulla è stato scritto.");
            }
        }
    }

    /** The inputs as a list without nulls, for {@link #notOverInputs}. */
    static List<Path> of(Object... pathsOrLists) {
        List<Path> all = new ArrayList<>();
        for (Object o : pathsOrLists) {
            if (o instanceof Path p) {
                all.add(p);
            } else if (o instanceof Collection<?> c) {
                c.stream().filter(Objects::nonNull).map(Path.class::cast).forEach(all::add);
            }
        }
        return all;
    }

    /** Whether {@code a} and {@code b} name the same file (or would: where the output does not exist yet). */
    static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // compared by name below
        }
        // where one of the two does not exist (an output not written yet), by the real path of its folder and its name
        Path pa = a.toAbsolutePath().normalize();
        Path pb = b.toAbsolutePath().normalize();
        if (pa.equals(pb)) {
            return true;
        }
        if (pa.getFileName() == null || pb.getFileName() == null
                || !pa.getFileName().toString().equals(pb.getFileName().toString())) {
            return false;
        }
        try {
            return pa.getParent().toRealPath().equals(pb.getParent().toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Refuses a template (of {@code --template}) that is not a file, or that {@link pira.archive.ArchiveGuard} refuses,
     * before any input is read.
     */
    static void template(Path template) {
        if (template == null) {
            return;
        }
        if (!Files.isRegularFile(template)) {
            throw new UsageError("il modello " + template + " non esiste.");
        }
        try {
            pira.archive.ArchiveGuard.check(template, template.toString());
        } catch (pira.archive.ArchiveGuard.Refused e) {
            throw new UsageError(e.getMessage());
        }
    }
}
