package pira.source;

/**
 * A file that cannot be read at all (corrupt, protected, of another kind). The message is in
 * Italian, names the file and says what to do.
 */
public class SourceException extends Exception {

    private static final long serialVersionUID = 1L;

    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
