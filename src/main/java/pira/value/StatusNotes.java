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

    /** The stems of the verbs of each kind ("Inserito", "Modificato", "Soppresso"...). */
    private static final String INSERTED = "inserit|introdott";
    private static final String UPDATED = "aggiornat|modificat|rivist";
    private static final String ELIMINATED = "eliminat|soppress|cancellat";

    private static final Pattern KIND = Pattern.compile(
            "^\\W*(?:(?<inserito>" + INSERTED + "|nuov)|(?<aggiornato>" + UPDATED + ")|(?<eliminato>" + ELIMINATED
                    + "))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DELIBERATION = Pattern.compile(
            "\\b(?:deliberazione|delibera|determinazione|determina)\\b.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A revision note written into another text: its verb, then "in sede di" (rolling, revisione) or a deliberation;
     * not "nuovo", which a name uses for other things ("N. nuovi comuni").
     */
    private static final Pattern IN_TEXT = Pattern.compile(
            "\\b(?:" + INSERTED + "|" + UPDATED + "|" + ELIMINATED + ")[oaie]\\b"
                    + "(?=[^.]{0,40}\\b(?:in sede di|rolling|con (?:deliberazione|delibera|determinazione))\\b).*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private StatusNotes() {
    }

    /**
     * The revision note a text (an indicator's name) still holds, from its verb to the end ("Aggiornato in sede di
     * rolling annuale ..."), or null: a note the mapping did not take out of the name.
     */
    public static String inText(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = IN_TEXT.matcher(text);
        return m.find() ? m.group().strip() : null;
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
