package pira.inbox;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;

/** Failures of the file system and of the JVM, told in Italian for an explanation or a message: no Java text. */
public final class Failures {

    private Failures() {
    }

    /** Whether the disk (or the user's quota) is full: a passing state, not the file's fault. */
    public static boolean diskFull(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = c instanceof FileSystemException f ? f.getReason() : c.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("Disk quota exceeded")
                    || m.contains("There is not enough space on the disk"))) {
                return true;
            }
        }
        return false;
    }

    /** What went wrong, in Italian, for an explanation: the common system failures by name, else the error's kind. */
    public static String describe(Throwable t) {
        if (diskFull(t)) {
            return "il disco è pieno: liberare spazio, poi ripetere";
        }
        if (t instanceof AccessDeniedException) {
            return "permesso negato: l'account che esegue pira non può leggere o spostare il file";
        }
        if (t instanceof NoSuchFileException) {
            return "il file non c'è più";
        }
        if (t instanceof InvalidPathException) {
            return "il nome del file contiene caratteri che il sistema non accetta con le impostazioni attuali";
        }
        if (t instanceof FileSystemException f && f.getReason() != null && f.getReason().contains("File name too long")) {
            return "il nome del file è troppo lungo per la cartella";
        }
        if (t instanceof java.nio.file.FileAlreadyExistsException f) {
            return "nel percorso " + f.getFile() + " c'è già un file dove serve una cartella";
        }
        if (t instanceof FileSystemException f && f.getReason() != null && f.getReason().contains("Not a directory")) {
            return "un elemento del percorso " + f.getFile() + " è un file, non una cartella";
        }
        if (t instanceof java.nio.charset.CharacterCodingException) {
            return "il testo non è nella codifica attesa (UTF-8)";
        }
        if (t instanceof OutOfMemoryError) {
            return "memoria esaurita durante l'elaborazione";
        }
        if (t instanceof StackOverflowError) {
            return "errore interno (pila esaurita) durante l'elaborazione";
        }
        if ((t.getClass() == java.io.IOException.class || t instanceof pira.report.NotATemplateException)
                && t.getMessage() != null) {
            return t.getMessage(); // pira's own, in Italian
        }
        // the kind of failure, not the Java class's name: that is for --debug
        if (t instanceof java.io.IOException) {
            return "errore di lettura o scrittura su disco";
        }
        return "errore imprevisto";
    }
}
