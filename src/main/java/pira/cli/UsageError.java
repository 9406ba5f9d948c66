package pira.cli;

/** A wrong command line or option value: Main prints "ERRORE" and the message, and exits with {@link ExitCodes#USAGE}. */
final class UsageError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message);
    }
}
