package pira.value;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pira.model.Location;
import pira.model.Status;
import pira.model.StatusKind;

/**
 * Reads the status note of an indicator ("Aggiornato in sede di rolling annuale con deliberazione della Giunta n. 97
 * del 22 luglio 2019"): what it says from its first word, and the deliberation it names. A note that opens with
 * another word is kept as text, without a kind.
 */
public final class StatusNotes {

    private static final Pattern KIND = Pattern.compile(
            "^\\W*(?:(?<inserito>inserit|introdott|nuov)|(?<aggiornato>aggiornat|modificat|rivist)"
                    + "|(?<eliminato>eliminat|soppress|cancellat))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DELIBERATION = Pattern.compile(
            "\\b(?:deliberazione|delibera|determinazione|determina)\\b.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private StatusNotes() {
    }

    /** The note {@code raw} read at {@code location}; null for a blank text. */
    public static Status parse(String raw, Location location) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip().replaceAll("\\s+", " ");
        return new Status(text, kind(text), deliberation(text), location);
    }

    private static StatusKind kind(String text) {
        Matcher m = KIND.matcher(text);
        if (!m.find()) {
            return null;
        }
        return m.group("inserito") != null ? StatusKind.INSERITO
                : m.group("aggiornato") != null ? StatusKind.AGGIORNATO : StatusKind.ELIMINATO;
    }

    private static String deliberation(String text) {
        Matcher m = DELIBERATION.matcher(text);
        return m.find() ? m.group().replaceAll("[\\s.;,]+$", "") : null;
    }
}
