package pira.layout;

/** A regular expression of the mapping that would take too long on a text of the file (see {@link BoundedText}). */
public final class CostlyPatternException extends RuntimeException {

    CostlyPatternException(String text) {
        super("un'espressione regolare della mappatura richiede troppi passi sul testo \""
                + TableMapper.abbreviate(text) + "\" e la lettura è stata fermata: semplificarla (di solito sono"
                + " ripetizioni annidate come (\\w+\\s?){1,40})", null, false, false);
    }
}
