package pira.layout;

import java.util.Locale;
import pira.value.TextFold;

/** Text normalisation shared by header matching and field reading. */
public final class Text {

    private Text() {
    }

    /** Folds all white space (line breaks inside cells included) to single spaces. */
    public static String fold(String s) {
        return s == null ? "" : TextFold.fold(s);
    }

    public static String key(String s) {
        return fold(s).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a cell says anything: one without a letter or a digit (the "." or "-" an export writes for "none")
     * does not.
     */
    public static boolean saysSomething(String s) {
        return s != null && s.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
