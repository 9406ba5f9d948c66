package pira.value;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dotted hierarchical codes ("3.2.1", "OP 1.1.1", "3.1."): their numeric part and the parent it implies. */
public final class Codes {

    private static final Pattern DOTTED = Pattern.compile("(\\d+(?:\\.\\d+)+|\\d+)\\.?$");

    private Codes() {
    }

    /** "3.2.1" for "OP 3.2.1" or "3.2.1."; null for codes of another scheme ("011-005-001"). */
    public static String dotted(String code) {
        if (code == null) {
            return null;
        }
        Matcher m = DOTTED.matcher(code.trim());
        if (!m.find() || code.contains("-")) {
            return null;
        }
        return m.group(1);
    }

    /** Whether an element's code takes part in the objectives' code hierarchy (missions and programmes do not). */
    public static boolean hierarchical(pira.model.Element e) {
        return e.level() == pira.model.Level.OBIETTIVO_STRATEGICO || e.level() == pira.model.Level.OBIETTIVO_OPERATIVO
                || e.level() == pira.model.Level.AZIONE;
    }

    /** The parent a dotted code implies: "3.2" for "3.2.1", "6" for "6.0.1" (".0" is the level above). */
    public static String impliedParent(String dotted) {
        String p = dotted;
        do {
            int dot = p.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            p = p.substring(0, dot);
        } while (p.endsWith(".0"));
        return p;
    }

    /**
     * Whether a dotted child code says it belongs to another parent than {@code parent}: "3.2.1" under "3.1" does,
     * "3.1.2" under "3.1" does not; codes of another scheme, or a child no deeper than the parent, say nothing.
     */
    public static boolean contradicts(String parent, String child) {
        String p = dotted(parent);
        String c = dotted(child);
        if (p == null || c == null || depth(c) <= depth(p)) {
            return false;
        }
        return !c.startsWith(p + ".");
    }

    /** How many segments a dotted code has: 3 for "3.2.1". */
    public static int depth(String dotted) {
        return dotted.split("\\.").length;
    }
}
