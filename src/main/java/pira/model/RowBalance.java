package pira.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What became of the rows of one table of a source document: how many rows, and how many of them had each outcome
 * (indicatore, livello, descrizione, unita, raggruppata, intestazione, titolo, ignorata, filtrata, segnalata, vuota,
 * non_letta). The outcomes add up to the rows. A table the mapping did not read has {@code unread}, why (its header
 * not found, not chosen by the mapping, a part read only once): its rows are non_letta, or vuota where blank.
 */
public record RowBalance(String file, String table, int rows, Map<String, Integer> outcomes,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String unread) {

    public RowBalance {
        outcomes = outcomes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
    }

    /** The balance of a table read through the mapping. */
    public RowBalance(String file, String table, int rows, Map<String, Integer> outcomes) {
        this(file, table, rows, outcomes, null);
    }

    /** Whether the mapping read the table (else {@link #unread} says why not). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean read() {
        return unread == null;
    }
}
