package pira.history;

import java.util.List;

/**
 * A chamber's documents over the years, indicator by indicator (schema/history.schema.json): the documents read and,
 * for each chamber apart, its history. Made by {@link HistoryBuilder#of}.
 */
public record History(String schemaVersion, List<HistoryDocument> documents, List<EnteHistory> entes) {

    public static final String SCHEMA_VERSION = "1.0";

    public History {
        documents = List.copyOf(documents);
        entes = List.copyOf(entes);
    }
}
