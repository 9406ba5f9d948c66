package pira.mapping;

/** A readable file that does not fit its mapping (header not found, columns missing, sheet absent). */
public class MappingMismatchException extends Exception {

    private static final long serialVersionUID = 1L;

    public MappingMismatchException(String message) {
        super(message);
    }
}
