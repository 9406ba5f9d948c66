package pira.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiConsumer;
import pira.model.Element;
import pira.model.Plan;
import pira.model.Value;
import pira.model.ValueKind;

/** Walking the plan tree, and small formatting helpers the rules share. */
public final class Tree {

    private Tree() {
    }

    /** Visits every element with its parent (null for the outermost ones). */
    public static void walk(Plan plan, BiConsumer<Element, Element> visitor) {
        walk(plan.elements(), null, visitor);
    }

    private static void walk(List<Element> elements, Element parent, BiConsumer<Element, Element> visitor) {
        for (Element e : elements) {
            visitor.accept(e, parent);
            walk(e.children(), e, visitor);
        }
    }

    /** The number of a weight ("20%" and "20" both give 20), or null when it is not a plain number. */
    public static BigDecimal number(Value v) {
        if (v == null || v.parsed() == null) {
            return null;
        }
        return v.kind() == ValueKind.VALUE ? v.parsed().number() : null;
    }

    /** Italian number text: 14.29 as "14,29", 80.00 as "80". */
    public static String it(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return s.toPlainString().replace('.', ',');
    }

    /** "l'obiettivo operativo 3.1" (or its name where it has no code) for messages. */
    public static String label(Element e) {
        String id = e.code() != null ? e.code() : "\"" + shorten(e.name()) + "\"";
        return e.level().withArticle() + " " + id;
    }

    /** "dell'obiettivo operativo 3.1". */
    public static String labelOf(Element e) {
        String id = e.code() != null ? e.code() : "\"" + shorten(e.name()) + "\"";
        return e.level().of() + " " + id;
    }

    private static String shorten(String s) {
        if (s == null) {
            return "(senza nome)";
        }
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
