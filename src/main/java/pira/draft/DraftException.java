package pira.draft;

/** No draft can be written for a file: the message says why, in Italian, for the person who asked for one. */
public final class DraftException extends Exception {

    private static final long serialVersionUID = 1L;

    public DraftException(String message) {
        super(message);
    }
}
