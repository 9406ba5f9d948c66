package pira.model;

/** A file the plan was read from, with its SHA-256 and the mapping used. */
public record SourceFile(String file, String sha256, String format, String mapping) {
}
