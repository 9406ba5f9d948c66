package pira.mapping;

import java.util.Locale;

/** Text normalisation shared by header matching and field reading. */
final class Text {

    private Text() {
    }

    /** Folds all white space (line breaks inside cells included) to single spaces. */
    static String fold(String s) {
        return s == null ? "" : s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }

    static String key(String s) {
        return fold(s).toLowerCase(Locale.ROOT);
    }
}
