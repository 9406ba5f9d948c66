package pira.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import pira.achievement.OutcomeBands;

/**
 * The outcome bands of a chamber's measurement system (SMVP) from a settings file of two lines, {@code raggiunto: 95}
 * and {@code parzialmente_raggiunto: 60}.
 */
public final class OutcomeSettings {

    private static final Set<String> KEYS = Set.of("raggiunto", "parzialmente_raggiunto");

    private OutcomeSettings() {
    }

    /** Reads a settings file; every mistake is said in Italian with the file's name. */
    public static OutcomeBands load(Path file) throws IOException, IllegalArgumentException {
        JsonNode tree;
        String tooBig = pira.mapping.YamlLimits.tooBig(file, file.toString());
        if (tooBig != null) {
            throw new IllegalArgumentException(tooBig);
        }
        try {
            tree = pira.mapping.YamlLimits.mapper().readTree(Files.readString(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + ", " + pira.mapping.YamlErrors.italian(e));
        }
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException(file + ": il file delle soglie di esito deve avere le righe"
                    + " \"raggiunto: 95\" e \"parzialmente_raggiunto: 60\"");
        }
        return of(tree, file.toString()).from(String.valueOf(file.getFileName()));
    }

    /**
     * The bands of the two keys of {@code tree} (a settings file, or the {@code soglie_esito} of a workspace's
     * pira.yaml); {@code where} names it in the messages.
     */
    public static OutcomeBands of(JsonNode tree, String where) throws IllegalArgumentException {
        for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw new IllegalArgumentException(where + ": chiave sconosciuta '" + name + "'; chiavi valide:"
                        + " raggiunto, parzialmente_raggiunto");
            }
        }
        BigDecimal reached = percent(where, tree, "raggiunto");
        BigDecimal partial = percent(where, tree, "parzialmente_raggiunto");
        if (reached == null) {
            throw new IllegalArgumentException(where + ": manca la soglia 'raggiunto' (per esempio raggiunto: 95)");
        }
        if (partial != null && partial.compareTo(reached) > 0) {
            throw new IllegalArgumentException(where + ": la soglia 'parzialmente_raggiunto' ("
                    + OutcomeBands.it(partial) + ") non può superare 'raggiunto' (" + OutcomeBands.it(reached)
                    + "; uguale a 'raggiunto', nessuna fascia di parzialmente raggiunto)");
        }
        return new OutcomeBands(reached, partial, where.replaceAll(", riga \\d+.*$", ""));
    }

    private static BigDecimal percent(String where, JsonNode tree, String key) {
        JsonNode n = tree.get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isNumber() || n.decimalValue().signum() < 0 || n.decimalValue().compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw new IllegalArgumentException(where + ": la soglia '" + key + "' deve essere una percentuale, per"
                    + " esempio 95 (trovato " + n + ")");
        }
        return n.decimalValue();
    }
}
