package pira.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Level;
import pira.model.Plan;

/**
 * The strategic objectives of a plan, each once: a document that lists an objective under two missions (Milano) has
 * it twice in its tree, each copy with the operational objectives of that mission; for the summary they are one
 * objective with all of them. In the order of their codes ("2" before "10"), those without a code last.
 */
final class StrategicObjectives {

    private static final Pattern CHUNK = Pattern.compile("\\d+|\\D+");

    private StrategicObjectives() {
    }

    static List<Element> of(Plan plan) {
        Map<String, List<Element>> copies = new LinkedHashMap<>();
        collect(plan.elements(), copies);
        List<Element> merged = new ArrayList<>();
        for (List<Element> same : copies.values()) {
            merged.add(same.size() == 1 ? same.get(0) : merge(same));
        }
        merged.sort(Comparator.comparing((Element e) -> e.code() == null).thenComparing(Element::code,
                Comparator.nullsLast(StrategicObjectives::compareCodes)));
        return merged;
    }

    private static void collect(List<Element> elements, Map<String, List<Element>> copies) {
        for (Element e : elements) {
            if (e.level() == Level.OBIETTIVO_STRATEGICO) {
                String key = e.code() != null ? "c:" + e.code() : "n:" + String.valueOf(e.name()).toLowerCase(Locale.ROOT);
                copies.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            } else {
                collect(e.children(), copies);
            }
        }
    }

    /** The copies as one: the first's name and weights, the indicators and children of all, each once. */
    private static Element merge(List<Element> same) {
        Element first = same.get(0);
        List<Indicator> indicators = new ArrayList<>();
        List<Element> children = new ArrayList<>();
        for (Element e : same) {
            e.indicators().stream().filter(i -> !indicators.contains(i)).forEach(indicators::add);
            e.children().stream().filter(c -> !children.contains(c)).forEach(children::add);
        }
        return new Element(first.level(), first.code(), first.name(), first.description(), first.weight(),
                first.indicatorsWeight(), first.childrenWeight(), first.provenance(), indicators, children,
                first.units());
    }

    /** "2" before "10", "OS1.2" before "OS1.10": numbers compared as numbers, the rest as text. */
    static int compareCodes(String a, String b) {
        Matcher x = CHUNK.matcher(a);
        Matcher y = CHUNK.matcher(b);
        while (x.find() && y.find()) {
            String p = x.group();
            String q = y.group();
            boolean numbers = Character.isDigit(p.charAt(0)) && Character.isDigit(q.charAt(0));
            int c = numbers ? new BigInteger(p).compareTo(new BigInteger(q)) : p.compareToIgnoreCase(q);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
