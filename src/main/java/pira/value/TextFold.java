package pira.value;

import java.util.regex.Pattern;

/** Folds white space to single spaces without a regular expression when there is nothing to fold (most cells). */
public final class TextFold {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextFold() {
    }

    /** The text with runs of white space (line breaks, tabs, no-break spaces) as one space, trimmed. */
    public static String fold(String s) {
        return isFolded(s) ? s : SPACES.matcher(s.replace('\u00a0', ' ')).replaceAll(" ").trim();
    }

    private static boolean isFolded(String s) {
        int n = s.length();
        if (n > 0 && (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean bad = c == ' ' ? i + 1 < n && s.charAt(i + 1) == ' '
                    : c < ' ' || c == '\u00a0' || Character.isWhitespace(c);
            if (bad) {
                return false;
            }
        }
        return true;
    }
}
