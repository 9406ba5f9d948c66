package pira.history;

import java.util.List;

/**
 * The history of one chamber: its documents (file names, in order), every indicator, the pairs that may be the same
 * indicator and were not joined ({@code uncertain}), the indicators found in one document only ({@code unpaired}: keys)
 * and the years stated differently by two documents ({@code discrepancies}).
 */
public record EnteHistory(String ente, List<String> documents, List<IndicatorHistory> indicators,
                          List<Pairing> uncertain, List<String> unpaired, List<Discrepancy> discrepancies) {

    public EnteHistory {
        documents = List.copyOf(documents);
        indicators = List.copyOf(indicators);
        uncertain = List.copyOf(uncertain);
        unpaired = List.copyOf(unpaired);
        discrepancies = List.copyOf(discrepancies);
    }
}
