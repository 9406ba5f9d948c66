package pira.model;

/**
 * A file name (or any text from outside) as the console and the log show it: control characters (a newline, ESC) and
 * invisible format characters (a right-to-left override U+202E, a zero-width space) written as escapes ({@code \n},
 * {@code \t}, {@code \r}, else {@code \u202E}), so a name can neither break a line, colour the terminal, nor reverse
 * what follows it.
 */
public final class Shown {

    private Shown() {
    }

    /** Whether {@code c} is shown escaped. */
    public static boolean hidden(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }

    /** {@code text} with its control and format characters escaped; null stays null. */
    public static String escaped(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (!hidden(c)) {
                if (sb != null) {
                    sb.appendCodePoint(c);
                }
                i = next;
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(String.format("\\u%04X", c));
            }
            i = next;
        }
        return sb == null ? text : sb.toString();
    }
}
