package pira.source;

import pira.model.Location;

/** Something a reader noticed that the user should know: a hidden sheet or row, a formula error. */
public record SourceNote(String code, String message, Location location) {
}
