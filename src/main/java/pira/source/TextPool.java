package pira.source;

import java.util.HashMap;
import java.util.Map;

/**
 * One copy of each cell text of a document: a long export writes the same area, objective, indicator and unit on
 * thousands of rows, and a table held whole would otherwise keep a copy of each (200,000 rows of an export filled
 * a 256 MB heap with them). Past a size the pool stops growing and texts are kept as they come.
 */
final class TextPool {

    private static final int MAX_TEXTS = 100_000;
    private final Map<String, String> texts = new HashMap<>();

    String of(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String known = texts.get(text);
        if (known != null) {
            return known;
        }
        if (texts.size() < MAX_TEXTS) {
            texts.put(text, text);
        }
        return text;
    }
}
