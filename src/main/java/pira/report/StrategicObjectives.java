package pira.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pira.model.Element;
import pira.model.ElementIdentity;
import pira.model.Indicator;
import pira.model.Level;
import pira.model.Plan;

/**
 * The strategic objectives of a plan, each once, by identity ({@link ElementIdentity}): a document that lists an
 * objective under two missions (Milano) has it twice in its tree, each copy with the operational objectives of that
 * mission; for the summary they are one objective with all of them. Two objectives that share a code under two areas,
 * or with two names, are two, and each comes with its parent, to tell them apart. In the order of their codes ("2"
 * before "10"), those without a code last, those sharing a code in the order of the tree.
 */
final class StrategicObjectives {

    private static final Pattern CHUNK = Pattern.compile("\\d+|\\D+");

    /** An objective of the summary, and the element it sits under where another objective shares its code. */
    record Objective(Element element, Element parent) {
    }

    private StrategicObjectives() {
    }

    static List<Objective> of(Plan plan) {
        ElementIdentity identity = ElementIdentity.of(plan);
        Map<String, List<Element>> copies = new LinkedHashMap<>();
        collect(plan.elements(), identity, copies);
        Map<String, Long> byCode = new HashMap<>();
        copies.values().forEach(same -> byCode.merge(codeKey(same.get(0)), 1L, Long::sum));
        List<Objective> objectives = new ArrayList<>();
        for (List<Element> same : copies.values()) {
            Element first = same.get(0);
            objectives.add(new Objective(same.size() == 1 ? first : merge(same),
                    byCode.get(codeKey(first)) > 1 ? identity.parent(first) : null));
        }
        objectives.sort(Comparator.comparing((Objective o) -> o.element().code() == null)
                .thenComparing(o -> o.element().code(), Comparator.nullsLast(StrategicObjectives::compareCodes)));
        return objectives;
    }

    private static String codeKey(Element e) {
        return e.code() != null ? "c:" + e.code() : "n:" + ElementIdentity.fold(e.name());
    }

    private static void collect(List<Element> elements, ElementIdentity identity, Map<String, List<Element>> copies) {
        for (Element e : elements) {
            if (e.level() == Level.OBIETTIVO_STRATEGICO) {
                copies.computeIfAbsent(identity.key(e), k -> new ArrayList<>()).add(e);
            } else {
                collect(e.children(), identity, copies);
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
