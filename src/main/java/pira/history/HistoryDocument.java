package pira.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A document of the history: its name (the file, or the files it was joined from), chamber, kind, years, SHA-256. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryDocument(String document, String ente, String kind, List<Integer> years, String sha256) {

    public HistoryDocument {
        years = List.copyOf(years);
    }
}
