package pira.revision;

/**
 * A status note that does not agree with what changed, or a change without one: the rule (a stable id), the
 * indicator, and what to do, in Italian.
 */
public record NoteFinding(String rule, String code, String name, String message) {

    /** Marked "Aggiornato" but nothing of it changed. */
    public static final String AGGIORNATO_SENZA_VARIAZIONI = "AGGIORNATO-SENZA-VARIAZIONI";
    /** Changed (renamed, a target, weight, unit or responsible, moved) without a note. */
    public static final String VARIAZIONE_SENZA_NOTA = "VARIAZIONE-SENZA-NOTA";
    /** New without the note "Inserito". */
    public static final String INSERITO_SENZA_NOTA = "INSERITO-SENZA-NOTA";
    /** Gone from the later revision without being listed as "Eliminato". */
    public static final String ELIMINATO_SENZA_NOTA = "ELIMINATO-SENZA-NOTA";
    /** A note that says another thing than what happened: "Aggiornato" on a new indicator, "Inserito" on an old one. */
    public static final String NOTA_INCOERENTE = "NOTA-INCOERENTE";
    /** A code (or a name without code) that a document lists more than once: its repetitions are paired in order. */
    public static final String CODICE_RIPETUTO = "CODICE-RIPETUTO";
}
