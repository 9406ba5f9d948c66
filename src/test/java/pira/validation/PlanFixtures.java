package pira.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import pira.model.Element;
import pira.model.ImportNote;
import pira.model.Indicator;
import pira.model.Level;
import pira.model.Location;
import pira.model.Plan;
import pira.model.SourceFile;
import pira.model.Value;
import pira.value.ValueParser;

/** Small hand-made plans for rule tests; rows count up so that every item has its own place. */
final class PlanFixtures {

    private static int row = 1;

    private PlanFixtures() {
    }

    static Value v(String raw) {
        return raw == null ? null : new Value(raw, ValueParser.parse(raw), Location.ofCell("f.xlsx", "s", row++, 5));
    }

    static Plan plan(List<Integer> years, Element... elements) {
        return new Plan(Plan.SCHEMA_VERSION, "CCIAA", "piano", years,
                List.of(new SourceFile("f.xlsx", "0".repeat(64), "xlsx", "m")), List.of(elements), List.of(), List.of(), List.of());
    }

    static Plan withNotes(Plan p, ImportNote... notes) {
        return new Plan(p.schemaVersion(), p.ente(), p.documentKind(), p.years(), p.sources(), p.elements(),
                p.indicators(), Arrays.asList(notes), p.balance());
    }

    static Element el(Level level, String code, String weight, List<Indicator> indicators, Element... children) {
        return new Element(level, code, "Elemento " + code, null, v(weight), Location.ofRow("f.xlsx", "s", row++),
                indicators, List.of(children));
    }

    static Element os(String code, String weight, Element... children) {
        return el(Level.OBIETTIVO_STRATEGICO, code, weight, List.of(), children);
    }

    /** The element with its own name, read at row {@code row} (a fixed place, for exact messages). */
    static Element named(Element e, String name, int row) {
        return new Element(e.level(), e.code(), name, e.description(), e.weight(), e.indicatorsWeight(),
                e.childrenWeight(), Location.ofRow("f.xlsx", "s", row), e.indicators(), e.children());
    }

    /** The element with the shares of its indicators and its children ("Peso indicatori 40%"). */
    static Element shares(Element e, String indicators, String children) {
        return new Element(e.level(), e.code(), e.name(), e.description(), e.weight(), v(indicators), v(children),
                e.provenance(), e.indicators(), e.children());
    }

    static Element op(String code, String weight, Indicator... indicators) {
        return el(Level.OBIETTIVO_OPERATIVO, code, weight, List.of(indicators));
    }

    static Element opWith(String code, String weight, Element... actions) {
        return el(Level.OBIETTIVO_OPERATIVO, code, weight, List.of(), actions);
    }

    static Element action(String code, String weight, Indicator... indicators) {
        return el(Level.AZIONE, code, weight, List.of(indicators));
    }

    /** An indicator; targets alternate year and text: ind("1.1.1", "percentuale", null, 2020, "95%"). */
    static Indicator ind(String code, String unit, String weight, Object... yearText) {
        return full(code, unit, weight, null, new Object[0], yearText);
    }

    /** An indicator with a stated achievement and actual values (year, text pairs). */
    static Indicator withStated(String code, String stated, Object[] actuals, Object... targets) {
        Indicator i = full(code, null, null, null, actuals, targets);
        return new Indicator(i.code(), i.name(), null, null, null, null, null, null, false, null, null, i.targets(),
                i.thresholds(), i.actuals(), null, v(stated), null, null, i.provenance(), null, null, null);
    }

    /** An indicator with a stated outcome and actual values (year, text pairs). */
    static Indicator withResult(String code, String outcome, Object[] actuals, Object... targets) {
        return full(code, null, null, outcome, actuals, targets);
    }

    private static Indicator full(String code, String unit, String weight, String outcome, Object[] actuals,
                                  Object... yearText) {
        TreeMap<Integer, Value> targets = new TreeMap<>();
        for (int i = 0; i < yearText.length; i += 2) {
            targets.put((Integer) yearText[i], v((String) yearText[i + 1]));
        }
        TreeMap<Integer, Value> acts = new TreeMap<>();
        for (int i = 0; i < actuals.length; i += 2) {
            acts.put((Integer) actuals[i], v((String) actuals[i + 1]));
        }
        return new Indicator(code, "Indicatore " + code, null, null, unit, null, null, v(weight), false, null, null,
                targets, new ArrayList<>(), acts, v(outcome), null, null, null, Location.ofRow("f.xlsx", "s", row++), null, null, null);
    }

    static final List<Integer> Y3 = List.of(2020, 2021, 2022);
    static final List<Integer> Y1 = List.of(2020);
}
