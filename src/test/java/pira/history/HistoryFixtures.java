package pira.history;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Level;
import pira.model.Location;
import pira.model.Plan;
import pira.model.SourceFile;
import pira.model.Value;
import pira.value.ValueParser;

/** Small documents of a chamber built in code: a plan or Relazione with one objective and its indicators. */
final class HistoryFixtures {

    static final String MILANO = "Camera di commercio di Milano Monza Brianza Lodi";

    private HistoryFixtures() {
    }

    /** A value read at row {@code row} of {@code file}. */
    static Value v(String raw, String file, int row) {
        return new Value(raw, ValueParser.parse(raw), Location.of(file, null, 1, row, 5));
    }

    /**
     * An indicator: code, name, then pairs of year and text, targets first; an actual is given as "=TEXT" (the year
     * before it).
     */
    static Indicator ind(String file, int row, String code, String name, Object... values) {
        TreeMap<Integer, Value> targets = new TreeMap<>();
        TreeMap<Integer, Value> actuals = new TreeMap<>();
        for (int k = 0; k < values.length; k += 2) {
            String text = (String) values[k + 1];
            if (text.startsWith("=")) {
                actuals.put((Integer) values[k], v(text.substring(1), file, row));
            } else {
                targets.put((Integer) values[k], v(text, file, row));
            }
        }
        return new Indicator(code, name, null, null, null, null, null, null, false, null, null, targets, List.of(),
                actuals, null, null, null, null, Location.of(file, null, 1, row, 1), null, null, null);
    }

    static Plan doc(String file, String ente, String kind, List<Integer> years, Indicator... indicators) {
        Element objective = new Element(Level.OBIETTIVO_OPERATIVO, "1.4", "SERVIZI ONLINE", null, null,
                Location.of(file, null, 1, 1, 1), new ArrayList<>(List.of(indicators)), List.of());
        return new Plan(pira.model.Plan.SCHEMA_VERSION, ente, kind, years,
                List.of(new SourceFile(file, "0".repeat(64), "pdf", "m")), List.of(objective), List.of(), List.of(),
                List.of());
    }
}
