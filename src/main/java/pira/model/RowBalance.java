package pira.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What became of the rows of one table read through a mapping: how many rows, and how many of them had each
 * outcome (indicatore, livello, descrizione, unita, intestazione, titolo, ignorata, filtrata, segnalata, vuota).
 * The outcomes add up to the rows.
 */
public record RowBalance(String file, String table, int rows, Map<String, Integer> outcomes) {

    public RowBalance {
        outcomes = outcomes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
    }
}
