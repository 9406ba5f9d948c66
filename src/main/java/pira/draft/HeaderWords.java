package pira.draft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import pira.layout.TableMapper;
import pira.layout.Text;
import pira.source.RawRow;

/** The words of a draft's header: those that find it ({@code header.find}) and those of its signature. */
final class HeaderWords {

    private HeaderWords() {
    }

    /**
     * The words of {@code header.find}: labels of the header's first row, as many as needed for no other row to
     * have them all (the mapper takes the first row that has them as the header, and any later one as the header
     * repeated).
     */
    static List<String> find(HeaderGuess header) {
        List<String> labels = labels(List.of(header.headerRows().get(0)));
        for (int n = Math.min(3, labels.size()); n < labels.size(); n++) {
            if (onlyHeaderHas(header, labels.subList(0, n))) {
                return labels.subList(0, n);
            }
        }
        return labels;
    }

    /** Whether a row has all the words, as the mapper finds a header. */
    static boolean has(RawRow row, List<String> words) {
        String text = TableMapper.headerText(row);
        return words.stream().allMatch(w -> TableMapper.wordPattern(w).matcher(text).find());
    }

    private static boolean onlyHeaderHas(HeaderGuess header, List<String> words) {
        RawRow top = header.headerRows().get(0);
        String topText = TableMapper.headerText(top);
        for (RawRow row : header.table().rows()) {
            if (row != top && !TableMapper.headerText(row).equals(topText) && has(row, words)) {
                return false;
            }
        }
        return true;
    }

    /** The distinct labels of rows, the years last. */
    static List<String> labels(List<RawRow> rows) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> years = new LinkedHashSet<>();
        for (RawRow row : rows) {
            for (int c = 1; c <= row.width(); c++) {
                String text = Text.fold(row.cell(c));
                if (Cells.kind(text) == Cells.Kind.LABEL) {
                    (Cells.year(text) ? years : words).add(text);
                }
            }
        }
        words.addAll(years);
        return new ArrayList<>(words);
    }
}
