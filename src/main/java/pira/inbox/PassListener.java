package pira.inbox;

/**
 * Told what a pass does as it happens, so that each file's line is said when its outcome is committed (moved and
 * written in the audit), not at the end of a pass that may not end well (a kill, a full disk).
 */
public interface PassListener {

    /** A problem of the workspace or of a file, in Italian. */
    default void problem(String text) {
    }

    /**
     * A file's outcome, committed: "importato", "duplicato", "fallito" (with its name in failed/), or "in attesa" (left
     * for the next pass).
     */
    default void file(String outcome, String name) {
    }

    /** A Giunta document written (its name, and the PDF's where there is one). */
    default void document(String described) {
    }

    PassListener NONE = new PassListener() {
    };
}
