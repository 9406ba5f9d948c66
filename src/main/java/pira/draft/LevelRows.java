package pira.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pira.layout.TableMapper;
import pira.source.RawRow;

/**
 * The levels written on rows of their own, above or between the tables: a dotted code and a name, after a word that
 * says the level or alone in the row ("Obiettivo operativo | 3.1. INNOVAZIONE...", "Missione 011 - Competitività",
 * "1.2 - SUAP"). Rows of the same word and code depth are one level, read with {@code match}.
 */
final class LevelRows {

    private static final Pattern ROW = Pattern.compile("^(?:(?<word>\\p{L}[\\p{L}' ]{0,40}?)[\\t ]+)?"
            + "(?<code>(?:[A-Z]{1,4} ?)?(?<digits>\\d+(?:\\.\\d+)*))\\.?(?:\\s*[-\u2013]\\s*|\\s+)"
            + "(?<name>\\p{L}[^\\t]*)(?:\\t.*)?$");
    /** The rows looked at. */
    private static final int ROWS_LOOKED_AT = 500;

    /** A level found on rows: the word before the code ("" where none), the code's depth, how many rows. */
    record Found(String word, int depth, int rows) {

        /** The level's match: the word, then the code and the name. */
        String match() {
            String code = "(?:[A-Z]{1,4} ?)?\\d+" + "\\.\\d+".repeat(depth - 1);
            String start = word.isEmpty() ? "^" : "^" + MappingDraft.escape(word) + "[\\t ]+";
            // alone in its row, the name runs to the end: a data row that starts with a code is not a level's
            return start + "(?<code>" + code + ")\\.?(?:\\s*[-\u2013]\\s*|\\s+)(?<name>[^\\t]+)"
                    + (word.isEmpty() ? "$" : "");
        }
    }

    private LevelRows() {
    }

    /**
     * The levels on rows of their own, in the order they first appear. A row with a word counts when it has few
     * cells (half the header's at most, two unless the word names a level); one without, when it is alone in the
     * row. A level needs two rows, or one whose word names a level ("Missione").
     */
    static List<Found> find(HeaderGuess header) {
        int columns = (int) header.paths().stream().filter(p -> !p.isEmpty()).count();
        Map<String, Found> found = new LinkedHashMap<>();
        List<RawRow> rows = header.table().rows();
        for (RawRow row : rows.subList(0, Math.min(ROWS_LOOKED_AT, rows.size()))) {
            int filled = HeaderGuess.filled(row);
            Matcher m = ROW.matcher(TableMapper.rowText(row, "\t"));
            if (filled == 0 || filled > Math.max(2, columns / 2) || !m.matches() || Cells.year(m.group("digits"))) {
                continue;
            }
            String word = m.group("word") == null ? "" : m.group("word").strip();
            boolean named = LevelGuess.hinted(word) != null;
            if (word.isEmpty() ? filled > 1 : filled > 2 && !named) {
                continue;
            }
            int depth = m.group("digits").split("\\.").length;
            Found before = found.get(word.toLowerCase(Locale.ROOT) + "|" + depth);
            found.put(word.toLowerCase(Locale.ROOT) + "|" + depth, new Found(word, depth,
                    before == null ? 1 : before.rows + 1));
        }
        List<Found> levels = new ArrayList<>();
        for (Found f : found.values()) {
            if (f.rows() >= 2 || LevelGuess.hinted(f.word()) != null) {
                levels.add(f);
            }
        }
        return levels;
    }
}
