package pira.report;

import java.io.IOException;

/** The template given with --template is not a Word document: the user's mistake, said as such. */
public final class NotATemplateException extends IOException {

    NotATemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
