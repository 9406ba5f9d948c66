package pira.report;

import java.io.IOException;

/**
 * The template given with --template (or as {@code modello:}) is not a Word document, or is refused by
 * {@link pira.archive.ArchiveGuard}: the user's mistake, said as such.
 */
public final class NotATemplateException extends IOException {

    NotATemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
