package pira.choice;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import pira.layout.Text;
import pira.source.RawDocument;
import pira.source.RawRow;
import pira.source.RawTable;

/**
 * Whether a file speaks of performance at all: a Piano, a PIRA or a Relazione names objectives, indicators, targets,
 * weights; a workbook of staff evaluation counts or a page of charts does not. Asked only of a file no mapping fits,
 * to tell "a layout pira does not know yet" from "not a performance document".
 */
public final class PlanVocabulary {

    /** The words of a performance document, each as its stems; a file needs two different ones. */
    private static final List<Pattern> TERMS = Stream.of("obiettiv", "indicator", "target", "pes[oi]", "kpi",
            "algoritm", "risultat[oi] attes", "valor[ei] attes", "performance", "strategic", "operativ", "mission[ei]",
            "programm[ai]", "azion[ei]", "consuntiv", "sogli[ae]", "traguard")
            .map(stem -> Pattern.compile("(?<!\\p{L})" + stem)).toList();
    private static final int TERMS_NEEDED = 2;
    private static final int ROWS_LOOKED_AT = 2_000;

    private PlanVocabulary() {
    }

    public static boolean speaksOfPerformance(RawDocument document) {
        Set<Pattern> found = new HashSet<>();
        for (RawTable table : document.tables()) {
            collect(table.name(), found);
            List<RawRow> rows = table.rows();
            for (RawRow row : rows.subList(0, Math.min(ROWS_LOOKED_AT, rows.size()))) {
                for (int c = 1; c <= row.width(); c++) {
                    collect(row.cell(c), found);
                    if (found.size() >= TERMS_NEEDED) {
                        return true;
                    }
                }
            }
        }
        return found.size() >= TERMS_NEEDED;
    }

    private static void collect(String text, Set<Pattern> found) {
        String key = Text.key(text);
        if (!key.isEmpty()) {
            for (Pattern term : TERMS) {
                if (!found.contains(term) && term.matcher(key).find()) {
                    found.add(term);
                }
            }
        }
    }
}
