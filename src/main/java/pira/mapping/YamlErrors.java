package pira.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error said in Italian, with the line where the problem is (SnakeYAML's problem mark, not the start of
 * the block it was reading): "riga 2: c'è un carattere di tabulazione ...". The parser's English never reaches a user.
 */
public final class YamlErrors {

    /** The parser's words for a problem, and what they mean to a person writing the file. */
    private static final List<String[]> MEANINGS = List.of(
            new String[] {"cannot start any token", "c'è un carattere di tabulazione o un simbolo che non può iniziare"
                    + " un valore: in YAML i rientri si fanno con gli spazi, e un testo che inizia con un simbolo va"
                    + " tra virgolette"},
            new String[] {"mapping values are not allowed", "ci sono i due punti dove non ci vanno: manca un a capo, o"
                    + " un testo che contiene \": \" va tra virgolette"},
            new String[] {"expected ',' or ']'", "una lista tra [ ] non è chiusa o manca una virgola"},
            new String[] {"expected ',' or '}'", "un oggetto tra { } non è chiuso o manca una virgola"},
            new String[] {"end of stream", "un testo tra virgolette non è chiuso"},
            new String[] {"expected <block end>", "il rientro di questa riga non corrisponde a quello delle righe"
                    + " vicine"},
            new String[] {"duplicate key", "una chiave è scritta due volte"},
            new String[] {"could not find expected ':'", "manca il \":\" dopo una chiave"});

    /** The parser's words for a limit of {@link YamlLimits} passed: not a mistake of syntax, and not said as one. */
    private static final List<String[]> LIMITS = List.of(
            new String[] {"exceeds the limit", "il testo è troppo lungo (più di " + YamlLimits.MAX_BYTES / 1024
                    + " KB, il limite) e non viene letto: un file di impostazioni o di mappatura è di pochi KB"},
            new String[] {"nesting depth", "il testo ha più di " + YamlLimits.MAX_DEPTH + " livelli annidati (il"
                    + " limite) e non viene letto: controllare i rientri"},
            new String[] {"number of aliases", "il testo usa più di " + YamlLimits.MAX_ALIASES + " alias (*nome), il"
                    + " limite, e non viene letto: scrivere i valori per esteso"},
            new String[] {"value length", "un valore è troppo lungo (più di " + YamlLimits.MAX_BYTES / 1024
                    + " KB, il limite) e il file non viene letto"});

    private YamlErrors() {
    }

    /** "riga N: what is wrong", in Italian. */
    public static String italian(JsonProcessingException e) {
        int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
        String english = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e.getCause() instanceof MarkedYAMLException marked) {
            if (marked.getProblemMark() != null) {
                line = marked.getProblemMark().getLine() + 1;
            }
            english = marked.getMessage();
        }
        String lower = english.toLowerCase(Locale.ROOT);
        java.util.regex.Matcher duplicate = java.util.regex.Pattern.compile("duplicate (?:field|key) '?([^'\\s]*)'?",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(english);
        if (duplicate.find()) {
            return "riga " + line + ": la chiave '" + duplicate.group(1) + "' è scritta due volte: tenerne una sola"
                    + " (pira non sceglie quale valore vale)";
        }
        for (String[] limit : LIMITS) {
            if (lower.contains(limit[0])) {
                return "riga " + line + ": " + limit[1];
            }
        }
        for (String[] meaning : MEANINGS) {
            if (lower.contains(meaning[0])) {
                return "riga " + line + ": il testo non è YAML valido: " + meaning[1];
            }
        }
        return "riga " + line + ": il testo non è YAML valido (controllare rientri, due punti e virgolette)";
    }
}
