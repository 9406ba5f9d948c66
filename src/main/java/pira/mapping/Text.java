package pira.mapping;

import java.util.Locale;
import pira.value.TextFold;

/** Text normalisation shared by header matching and field reading. */
final class Text {

    private Text() {
    }

    /** Folds all white space (line breaks inside cells included) to single spaces. */
    static String fold(String s) {
        return s == null ? "" : TextFold.fold(s);
    }

    static String key(String s) {
        return fold(s).toLowerCase(Locale.ROOT);
    }
}
