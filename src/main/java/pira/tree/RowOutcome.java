package pira.tree;

/**
 * What became of a row of a table read through a mapping: each row has exactly one. Declared in the order the
 * balance lists them.
 */
public enum RowOutcome {
    INDICATORE("indicatore", "indicatori"),
    LIVELLO("livello", "livelli"),
    DESCRIZIONE("descrizione", "descrizioni"),
    /** A row that names only elements already read (an export that repeats the hierarchy, a value line). */
    UNITA("unita a un elemento già letto", "unite a elementi già letti"),
    /** A row whose indicator is one already read ({@code group_by}): its values joined that indicator. */
    RAGGRUPPATA("raggruppata in un indicatore già letto", "raggruppate in indicatori già letti"),
    INTESTAZIONE("intestazione", "intestazioni"),
    /** Above the first header, where the mapping reads nothing (titles, logos). */
    TITOLO("titolo sopra l'intestazione", "titoli sopra l'intestazione"),
    IGNORATA("ignorata (ignore_rows)", "ignorate (ignore_rows)"),
    FILTRATA("esclusa da when", "escluse da when"),
    SEGNALATA("segnalata", "segnalate"),
    VUOTA("vuota", "vuote"),
    /**
     * A row of a table the mapping did not read (its header not found, another sheet chosen, a section that reads
     * one table, the tables after the first of a block layout): the balance says why.
     */
    NON_LETTA("non letta", "non lette");

    private final String singular;
    private final String plural;

    RowOutcome(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    /** The key in the plan JSON's balance. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** "1 indicatore", "3 segnalate". */
    public String count(int n) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** The more telling of two outcomes of one row (a row of a Word table may hold several lines). */
    public RowOutcome strongest(RowOutcome other) {
        if (this == SEGNALATA || other == SEGNALATA) {
            return SEGNALATA;
        }
        return other.ordinal() < ordinal() ? other : this;
    }
}
