package pira.validation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How serious a finding is; errors make {@code validate} exit with 1. */
public enum Severity {
    ERRORE, AVVISO, INFORMAZIONE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "errori", "avvisi", "informazioni" for counts. */
    public String plural() {
        return switch (this) {
            case ERRORE -> "errori";
            case AVVISO -> "avvisi";
            case INFORMAZIONE -> "informazioni";
        };
    }
}
