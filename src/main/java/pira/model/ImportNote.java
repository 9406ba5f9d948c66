package pira.model;

/**
 * Something the importer noticed in the source and wants the user to know
 * (a hidden row, a formula error, a row it could not place). Validation turns these into findings.
 */
public record ImportNote(String code, String message, Location location) {

    /**
     * The notes that only inform (nothing is wrong): hidden rows and sheets, columns and sheets not read, a row split
     * by a page break and joined back.
     */
    private static final java.util.List<String> INFORMATION =
            java.util.List.of("RIGA-NASCOSTA", "FOGLIO-NASCOSTO", "COLONNE-NON-LETTE", "FOGLI-NON-LETTI",
                    "RIGA-SPEZZATA");

    /** Whether the note only informs, rather than warns. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isInformation() {
        return INFORMATION.contains(code);
    }
}
