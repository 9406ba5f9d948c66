package pira.revision;

/** Two documents that cannot be compared (of two chambers); the message says so in Italian. */
public final class ComparisonException extends Exception {

    public ComparisonException(String message) {
        super(message);
    }
}
