package pira.achievement;

import java.util.Locale;

/** The outcome a document's words state ("Obiettivo non raggiunto"), as the bands name outcomes. */
public final class DeclaredOutcome {

    public static final String REACHED = "raggiunto";
    public static final String PARTLY = "parzialmente raggiunto";
    public static final String NOT_REACHED = "non raggiunto";

    private DeclaredOutcome() {
    }

    /** "raggiunto", "parzialmente raggiunto", "non raggiunto", or null where the words name none. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        String t = text.toLowerCase(Locale.ITALIAN);
        if (t.contains("non raggiunt")) {
            return NOT_REACHED;
        }
        if (t.contains("parzialmente raggiunt")) {
            return PARTLY;
        }
        return t.contains("raggiunt") ? REACHED : null;
    }
}
