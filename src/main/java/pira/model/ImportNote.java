package pira.model;

/**
 * Something the importer noticed in the source and wants the user to know
 * (a hidden row, a formula error, a row it could not place). Validation turns these into findings.
 */
public record ImportNote(String code, String message, Location location) {
}
