package pira.mapping;

import java.util.Map;

/**
 * The errors of Java's regular expressions, said in Italian: the JDK's description is English and reaches no user.
 * An error not listed is named by its position alone.
 */
final class RegexErrors {

    private static final Map<String, String> ITALIAN = Map.ofEntries(
            Map.entry("Unclosed group", "gruppo non chiuso (manca una parentesi ')')"),
            Map.entry("Unmatched closing ')'", "parentesi ')' senza la sua '('"),
            Map.entry("Unclosed character class", "classe di caratteri non chiusa (manca ']')"),
            Map.entry("Illegal repetition", "ripetizione non valida (una '{' si scrive \\\\{)"),
            Map.entry("Unclosed counted closure", "ripetizione non chiusa (manca '}')"),
            Map.entry("Illegal/unsupported escape sequence", "sequenza con '\\\\' non valida"),
            Map.entry("Unexpected internal error", "espressione incompleta"),
            Map.entry("named capturing group is missing trailing '>'", "manca '>' dopo il nome del gruppo"),
            Map.entry("capturing group name does not start with a Latin letter",
                    "il nome di un gruppo deve cominciare con una lettera"),
            Map.entry("Unknown inline modifier", "modificatore (?...) sconosciuto"),
            Map.entry("Unknown look-behind group", "gruppo (?<...) sconosciuto"),
            Map.entry("Illegal character range", "intervallo di caratteri non valido"));

    private RegexErrors() {
    }

    static String italian(String description) {
        if (description == null) {
            return "errore di sintassi";
        }
        if (description.startsWith("Dangling meta character")) {
            return "carattere speciale " + description.substring(description.indexOf('\'')) + " senza nulla prima (per"
                    + " il carattere stesso scrivere \\\\ davanti)";
        }
        if (description.startsWith("Named capturing group <") && description.endsWith("is already defined")) {
            return "due gruppi con lo stesso nome";
        }
        if (description.startsWith("named capturing group <") && description.contains("does not exist")) {
            return "un riferimento a un gruppo che non c'è";
        }
        return ITALIAN.getOrDefault(description, "errore di sintassi");
    }
}
