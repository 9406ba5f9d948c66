package pira.history;

import pira.model.CanonicalJson;

/** The history as JSON (schema/history.schema.json): keys in a fixed order, numbers as written, the same bytes. */
public final class HistoryJson {

    private HistoryJson() {
    }

    public static String toJson(History history) {
        return CanonicalJson.toJson(history);
    }
}
