package pira.inbox;

/** Names for what the inbox writes, from names it cannot choose. */
final class OutputNames {

    /** Longest name of an output before its suffixes (".plan.json", " (2)"): well inside every file system's 255. */
    static final int LONGEST = 120;

    /** The charset the JVM encodes file names in, from the locale it was started in. */
    private static final java.nio.charset.Charset FILE_NAMES = fileNames();

    private OutputNames() {
    }

    /**
     * The original's name made safe for every file system and shared folder: characters Windows refuses, control
     * characters and bytes that were not text become "_", and a long name is shortened keeping its extension. The
     * original name stays in the audit and in the explanation.
     */
    static String safe(String name) {
        StringBuilder sb = new StringBuilder();
        // a JVM started in a C or POSIX locale (cron, a service) can name files in ASCII only: an accented name it
        // listed could not be written back
        java.nio.charset.CharsetEncoder names = FILE_NAMES.newEncoder();
        name.codePoints().forEach(c -> sb.appendCodePoint(c < 32 || "\\/:*?\"<>|\uFFFD".indexOf(c) >= 0
                || !names.canEncode(new String(Character.toChars(c))) ? '_' : c));
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

    private static java.nio.charset.Charset fileNames() {
        try {
            return java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException unknown) {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
    }
}
