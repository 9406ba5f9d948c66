package pira.inbox;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;

/** Names for what the inbox writes, from names it cannot choose; and failures told in Italian. */
final class OutputNames {

    /** Longest name of an output before its suffixes (".plan.json", " (2)"): well inside every file system's 255. */
    static final int LONGEST = 120;

    private OutputNames() {
    }

    /**
     * The original's name made safe for every file system and shared folder: characters Windows refuses, control
     * characters and bytes that were not text become "_", and a long name is shortened keeping its extension. The
     * original name stays in the audit and in the explanation.
     */
    static String safe(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().forEach(c -> sb.appendCodePoint(c < 32 || "\\/:*?\"<>|\uFFFD".indexOf(c) >= 0 ? '_' : c));
        String safe = sb.toString().strip();
        if (safe.isEmpty() || safe.startsWith(".")) {
            safe = "_" + safe;
        }
        if (safe.length() <= LONGEST) {
            return safe;
        }
        int dot = safe.lastIndexOf('.');
        String extension = dot > 0 && safe.length() - dot <= 10 ? safe.substring(dot) : "";
        return safe.substring(0, LONGEST - extension.length()).strip() + extension;
    }

    /** What went wrong, in Italian, for an explanation: the common system failures by name, else the error's kind. */
    static String describe(Throwable t) {
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
        if (t instanceof java.nio.charset.CharacterCodingException) {
            return "il testo non è nella codifica attesa (UTF-8)";
        }
        if (t instanceof OutOfMemoryError) {
            return "memoria esaurita durante l'elaborazione";
        }
        if (t instanceof StackOverflowError) {
            return "errore interno (pila esaurita) durante l'elaborazione";
        }
        return "errore imprevisto (" + t.getClass().getSimpleName() + ")";
    }
}
