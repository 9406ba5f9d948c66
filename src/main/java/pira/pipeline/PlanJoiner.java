package pira.pipeline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import pira.model.Element;
import pira.model.ImportNote;
import pira.model.Indicator;
import pira.model.Plan;
import pira.model.SourceFile;
import pira.model.Value;
import pira.value.TargetMeaning;

/**
 * Joins a plan with the results read from a Relazione: each plan indicator takes the actual values, the stated
 * outcome and the stated achievement of the results indicator with the same code (whose name must resemble its
 * own: a code reused for another indicator is not joined), or, where the layout has no codes, with the same name.
 * What cannot be matched is reported. The plan is what the Giunta adopted: a results indicator that matches nothing
 * is kept beside the plan's, never among them, as an unplanned indicator of the element its dotted code names (1.2.2
 * under 1.2) or, where the plan has no such element, of the plan. A target the Relazione restates with the same
 * meaning ("95%" and ">=95%", "4000" and "4.000") is the same target; a changed one stays beside the adopted one as
 * the reported target, and which of the two the results are judged against is the report's choice.
 */
public final class PlanJoiner {

    /** Share of name words two indicators with the same code must have in common to be the same indicator. */
    static final double SAME_NAME = 0.3;

    private PlanJoiner() {
    }

    public static Plan join(Plan plan, Plan results) {
        List<Indicator> pool = new ArrayList<>(results.allIndicators());
        Map<Indicator, Indicator> matched = new IdentityHashMap<>();
        List<ImportNote> notes = new ArrayList<>(plan.notes());
        notes.addAll(results.notes());
        Set<Indicator> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Indicator p : plan.allIndicators()) {
            Indicator r = find(p, pool, used, notes);
            if (r != null) {
                matched.put(p, r);
                used.add(r);
            }
        }
        for (Indicator p : plan.allIndicators()) {
            if (!matched.containsKey(p)) {
                notes.add(new ImportNote("SENZA-RISULTATO", "l'indicatore " + label(p) + " del piano non ha un"
                        + " risultato nella relazione " + results.sources().get(0).file(), p.provenance()));
            }
        }
        List<Indicator> unmatched = new ArrayList<>();
        Map<Element, List<Indicator>> placed = new IdentityHashMap<>();
        for (Indicator r : pool) {
            if (used.contains(r)) {
                continue;
            }
            Element owner = ownerByCode(plan, r.code());
            if (owner != null) {
                placed.computeIfAbsent(owner, o -> new ArrayList<>()).add(r);
                notes.add(new ImportNote("RISULTATO-SOLO-RELAZIONE", "l'indicatore " + label(r) + " è nella relazione"
                        + " e non nel piano: è riportato a parte, con " + owner.level().withArticle() + " "
                        + owner.code() + " che il suo codice indica, e non conta nel suo raggiungimento",
                        r.provenance()));
            } else {
                unmatched.add(r);
                notes.add(new ImportNote("RISULTATO-NON-ABBINATO", "l'indicatore " + label(r) + " della relazione"
                        + " non corrisponde a nessun indicatore del piano: è riportato a parte e non conta nel"
                        + " raggiungimento del piano",
                        r.provenance()));
            }
        }
        List<Indicator> planLevel = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            planLevel.add(merge(i, matched.get(i)));
        }
        List<SourceFile> sources = new ArrayList<>(plan.sources());
        sources.addAll(results.sources());
        List<Integer> years = new ArrayList<>(new java.util.TreeSet<>(plan.years()));
        return new Plan(plan.schemaVersion(), plan.ente(), plan.documentKind(), years, sources,
                mergeElements(plan.elements(), matched, placed), planLevel, notes,
                java.util.stream.Stream.concat(plan.balance().stream(), results.balance().stream()).toList(),
                plan.singleYearTargets(), unmatched);
    }

    private static Indicator find(Indicator p, List<Indicator> pool, Set<Indicator> used, List<ImportNote> notes) {
        boolean codeInResults = p.code() != null && pool.stream().anyMatch(r -> p.code().equals(r.code()));
        if (codeInResults) {
            for (Indicator r : pool) {
                if (!used.contains(r) && p.code().equals(r.code())) {
                    if (similarity(p.name(), r.name()) >= SAME_NAME) {
                        return r;
                    }
                    notes.add(new ImportNote("CODICE-CONFLITTO", "il codice " + p.code() + " indica nel piano \""
                            + p.name() + "\" e nella relazione \"" + r.name() + "\": i nomi non si somigliano e i due"
                            + " indicatori non sono stati abbinati", r.provenance()));
                    return null;
                }
            }
            return null;
        }
        Indicator best = null;
        double bestScore = 0.6;
        for (Indicator r : pool) {
            // by name only where one side has no codes
            double s = used.contains(r) || r.code() != null && p.code() != null ? 0 : similarity(p.name(), r.name());
            if (s > bestScore) {
                best = r;
                bestScore = s;
            }
        }
        return best;
    }

    /** The element of the plan a dotted indicator code names ("1.2" for "1.2.2"), the first where two have it. */
    private static Element ownerByCode(Plan plan, String code) {
        String dotted = pira.value.Codes.dotted(code);
        String parent = dotted == null ? null : pira.value.Codes.impliedParent(dotted);
        if (parent == null) {
            return null;
        }
        return plan.allElements().stream().filter(pira.value.Codes::hierarchical)
                .filter(e -> parent.equals(pira.value.Codes.dotted(e.code()))).findFirst().orElse(null);
    }

    private static List<Element> mergeElements(List<Element> elements, Map<Indicator, Indicator> matched,
                                               Map<Element, List<Indicator>> placed) {
        List<Element> out = new ArrayList<>();
        for (Element e : elements) {
            List<Indicator> indicators = new ArrayList<>();
            for (Indicator i : e.indicators()) {
                indicators.add(merge(i, matched.get(i)));
            }
            out.add(new Element(e.level(), e.code(), e.name(), e.description(), e.weight(), e.indicatorsWeight(),
                    e.childrenWeight(), e.provenance(), indicators, mergeElements(e.children(), matched, placed),
                    e.units(), placed.getOrDefault(e, List.of())));
        }
        return out;
    }

    private static Indicator merge(Indicator p, Indicator r) {
        if (r == null) {
            return p;
        }
        TreeMap<Integer, Value> actuals = new TreeMap<>(p.actuals());
        actuals.putAll(r.actuals());
        // the adopted targets stay; what the Relazione writes differently stays beside them
        TreeMap<Integer, Value> reported = new TreeMap<>();
        for (Map.Entry<Integer, Value> t : r.targets().entrySet()) {
            Value planned = p.targets().get(t.getKey());
            if (planned == null || !TargetMeaning.same(planned, t.getValue())) {
                reported.put(t.getKey(), t.getValue());
            }
        }
        return new Indicator(p.code(), p.name(), p.description(), p.type(), p.unit(), p.source(), p.algorithm(),
                p.weight(), p.pira() || r.pira(), p.paretoCode(), p.baseline(), p.targets(), p.thresholds(), actuals,
                r.outcome() != null ? r.outcome() : p.outcome(),
                r.statedAchievement() != null ? r.statedAchievement() : p.statedAchievement(),
                p.responsible() != null ? p.responsible() : r.responsible(), p.notes(), p.provenance(),
                p.periods().isEmpty() ? r.periods() : p.periods(), p.units().isEmpty() ? r.units() : p.units(),
                p.unitsRollup() != null ? p.unitsRollup() : r.unitsRollup(),
                p.progress().isEmpty() ? r.progress() : p.progress(), p.status() != null ? p.status() : r.status(),
                reported);
    }

    /** Share of the words (four letters or more, accents ignored) that two names have in common. */
    static double similarity(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(wa);
        common.retainAll(wb);
        Set<String> all = new HashSet<>(wa);
        all.addAll(wb);
        return (double) common.size() / all.size();
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        if (s == null) {
            return out;
        }
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        for (String w : ascii.split("[^a-z0-9]+")) {
            if (w.length() >= 4) {
                out.add(w);
            }
        }
        return out;
    }

    private static String label(Indicator i) {
        return i.code() != null ? i.code() : "\"" + i.name() + "\"";
    }
}
