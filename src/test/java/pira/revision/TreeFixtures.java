package pira.revision;

import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * Small plans built in code for the comparison of two revisions' trees: a plan of 2021-2023 with two strategic
 * objectives, their operational objectives, actions and indicators, and its revisions.
 */
public final class TreeFixtures {

    private static int row = 1;

    private TreeFixtures() {
    }

    static Value v(String raw) {
        return raw == null ? null : new Value(raw, ValueParser.parse(raw), Location.ofCell("f.xlsx", "s", row++, 5));
    }

    /** An indicator with its weight and its targets of 2021, 2022, 2023 (null: none). */
    public static Indicator ind(String code, String name, String weight, String... targets) {
        TreeMap<Integer, Value> t = new TreeMap<>();
        for (int i = 0; i < targets.length; i++) {
            if (targets[i] != null) {
                t.put(2021 + i, v(targets[i]));
            }
        }
        return new Indicator(code, name, null, null, "numero", null, null, v(weight), false, null, null, t, null,
                null, null, null, "Ufficio", null, Location.ofRow("f.xlsx", "s", row++), null, null, null);
    }

    public static Element el(Level level, String code, String name, String weight, List<Indicator> indicators,
                             Element... children) {
        return new Element(level, code, name, null, v(weight), Location.ofRow("f.xlsx", "s", row++), indicators,
                List.of(children));
    }

    public static Element os(String code, String name, String weight, Element... children) {
        return el(Level.OBIETTIVO_STRATEGICO, code, name, weight, List.of(), children);
    }

    public static Element op(String code, String name, String weight, List<Indicator> indicators,
                             Element... actions) {
        return el(Level.OBIETTIVO_OPERATIVO, code, name, weight, indicators, actions);
    }

    public static Element action(String code, String name, String weight) {
        return el(Level.AZIONE, code, name, weight, List.of());
    }

    public static Plan plan(Element... elements) {
        return new Plan(Plan.SCHEMA_VERSION, "Camera di commercio di Prova", "piano", List.of(2021, 2022, 2023),
                List.of(new SourceFile("piano.xlsx", "0".repeat(64), "xlsx", "m")), List.of(elements), List.of(),
                List.of(), List.of());
    }

    /**
     * The plan 2021-2023: OS 1 (OO 1.1 with actions 1.1.1 at 75% and 1.1.2 at 25%, OO 1.3 with indicator 1.3.2
     * targeting 2021-2023, OO 1.4 at 10%), OS 2 (OO 2.4, OO 2.5). {@code changes} names what the revision changes:
     * "pesi" (action 1.1.2 25% → 20%, OO 1.4 10% → 15%), "target" (1.3.2 loses its 2023 target), "albero" (OO 1.5
     * inserted, OO 2.5 eliminated, OO 1.3 renamed, action 1.1.2 moved under OO 1.4, an action without code inserted
     * under 1.4, indicator 1.4.1's weight 50% → 60%).
     */
    public static Plan revision(String... changes) {
        List<String> c = Arrays.asList(changes);
        boolean weights = c.contains("pesi");
        boolean target = c.contains("target");
        boolean tree = c.contains("albero");
        Element a111 = action("1.1.1", "Digitalizzare le pratiche del Registro", "75%");
        Element a112 = action("1.1.2", "Ridurre i tempi di evasione", weights ? "20%" : "25%");
        List<Element> actions11 = tree ? List.of(a111) : List.of(a111, a112);
        Element op11 = op("1.1", "Ecosistema digitale", "40%",
                List.of(ind("1.1.1", "Pratiche evase entro 5 giorni", "100%", "80%", "82%", "85%")),
                actions11.toArray(Element[]::new));
        Element op13 = op("1.3", tree ? "Analisi evoluta del dato" : "Analisi del dato", "50%", List.of(
                ind("1.3.1", "Report pubblicati", "50%", "4", "4", "5"),
                ind("1.3.2", "Utenti del portale dei dati", "50%", "1000", "1200", target ? null : "1400")));
        List<Element> actions14 = new ArrayList<>();
        if (tree) {
            actions14.add(a112);
            actions14.add(action(null, "Campagna informativa sui servizi online", "10%"));
        }
        Element op14 = op("1.4", "Servizi online", weights ? "15%" : "10%", List.of(
                ind("1.4.1", "Istanze online sul totale", tree ? "60%" : "50%", "20%", "22%", "24%"),
                ind("1.4.2", "Utenti SPID", tree ? "40%" : "50%", "100", "110", "120")),
                actions14.toArray(Element[]::new));
        List<Element> os1 = new ArrayList<>(List.of(op11, op13, op14));
        if (tree) {
            os1.add(op("1.5", "Sportello digitale per le imprese", "5%", List.of()));
        }
        List<Element> os2 = new ArrayList<>(List.of(op("2.4", "Risoluzione alternativa delle controversie", "60%",
                List.of(ind("2.4.1", "Mediazioni avviate", "100%", "300", "320", "340")))));
        if (!tree) {
            os2.add(op("2.5", "Economia circolare", "40%", List.of()));
        }
        return plan(os("1", "PA semplice e digitale", "50%", os1.toArray(Element[]::new)),
                os("2", "Ecosistema sostenibile", "50%", os2.toArray(Element[]::new)));
    }
}
