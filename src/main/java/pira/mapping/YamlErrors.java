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
        for (String[] meaning : MEANINGS) {
            if (lower.contains(meaning[0])) {
                return "riga " + line + ": il testo non è YAML valido: " + meaning[1];
            }
        }
        return "riga " + line + ": il testo non è YAML valido (controllare rientri, due punti e virgolette)";
    }
}
