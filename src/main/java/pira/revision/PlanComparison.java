package pira.revision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Plan;
import pira.model.SourceFile;
import pira.model.Value;
import pira.model.ValueKind;
import pira.value.TextFold;

/**
 * Compares two revisions of a chamber's plan: {@code PlanComparison.compare(before, after)}. The elements of the tree
 * first (inserted, eliminated, renamed, moved, their weights: {@link TreeComparison}), then the indicators. Indicators
 * are joined by
 * their code (by their name where they have none); an indicator the later revision lists as "Eliminato" is
 * eliminated, not kept. Targets are compared for the years both documents cover only: a year one of them does not
 * cover is said once by the comparison ({@link Comparison#onlyBefore()}, {@link Comparison#onlyAfter()}), not for
 * every indicator. The status notes are then checked against what changed ({@link StatusCheck}).
 */
public final class PlanComparison {

    private PlanComparison() {
    }

    /** An indicator where its plan has it: the element it hangs from (null at plan level). */
    record Entry(Indicator indicator, Element parent) {

        String key() {
            Indicator i = indicator;
            return i.code() != null && !i.code().isBlank() ? "codice " + TextFold.fold(i.code())
                    : "nome " + fold(i.name());
        }
    }

    /**
     * What changed from {@code before} to {@code after}.
     *
     * @throws ComparisonException if the two documents are of two chambers
     */
    public static Comparison compare(Plan before, Plan after) throws ComparisonException {
        if (before.ente() != null && after.ente() != null && !fold(before.ente()).equals(fold(after.ente()))) {
            throw new ComparisonException("i due documenti sono di due enti diversi (\"" + before.ente() + "\" e \""
                    + after.ente() + "\"): si confrontano solo due versioni del piano della stessa Camera");
        }
        List<Integer> yearsBefore = years(before);
        List<Integer> yearsAfter = years(after);
        List<Integer> common = yearsBefore.stream().filter(yearsAfter::contains).toList();
        Map<String, Entry> old = index(before);
        Map<String, Entry> now = index(after);
        boolean notesUsed = after.allIndicators().stream().anyMatch(i -> i.status() != null);
        StatusCheck check = new StatusCheck(notesUsed, common);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, Entry> e : now.entrySet()) {
            Entry n = e.getValue();
            Entry o = old.get(e.getKey());
            if (o != null && o.indicator().eliminated()) {
                o = null; // withdrawn already: listed again, it is new again
            }
            if (n.indicator().eliminated()) {
                if (o != null) {
                    changes.add(change(ChangeKind.ELIMINATO, n.indicator(), "elencato come eliminato",
                            targets(o.indicator(), yearsBefore), null));
                }
                check.eliminated(n, o != null);
            } else if (o == null) {
                changes.add(change(ChangeKind.INSERITO, n.indicator(), "inserito", null,
                        targets(n.indicator(), yearsAfter)));
                check.inserted(n);
            } else {
                List<Change> differences = differences(o, n, common);
                changes.addAll(differences);
                check.kept(n, differences);
            }
        }
        for (Map.Entry<String, Entry> e : old.entrySet()) {
            Indicator i = e.getValue().indicator();
            if (!now.containsKey(e.getKey()) && !i.eliminated()) {
                changes.add(new Change(ChangeKind.ELIMINATO, i.code(), i.name(), "non più presente",
                        targets(i, yearsBefore), null, null));
                check.gone(e.getValue());
            }
        }
        changes.sort(Comparator.comparing(Change::kind)); // stable: within a kind, the documents' order
        List<TreeComparison.Node> oldTree = TreeComparison.nodes(before);
        List<TreeComparison.Node> newTree = TreeComparison.nodes(after);
        List<ElementChange> elementChanges = TreeComparison.compare(oldTree, newTree);
        List<NoteFinding> findings = new ArrayList<>(TreeComparison.repeated(oldTree, "precedente"));
        findings.addAll(TreeComparison.repeated(newTree, "nuovo"));
        findings.addAll(repeated(before, "precedente"));
        findings.addAll(repeated(after, "nuovo"));
        findings.addAll(check.findings());
        return new Comparison(Comparison.SCHEMA_VERSION, after.ente() != null ? after.ente() : before.ente(),
                side(before, yearsBefore), side(after, yearsAfter), common,
                yearsBefore.stream().filter(y -> !common.contains(y)).toList(),
                yearsAfter.stream().filter(y -> !common.contains(y)).toList(), notesUsed, elementChanges, changes,
                findings);
    }

    /** The renaming, the changes of targets (of the common years), weight, unit and responsible, and the move. */
    private static List<Change> differences(Entry o, Entry n, List<Integer> common) {
        Indicator a = o.indicator();
        Indicator b = n.indicator();
        List<Change> out = new ArrayList<>();
        if (!fold(a.name()).equals(fold(b.name()))) {
            out.add(new Change(ChangeKind.RINOMINATO, b.code(), b.name(), "nome", a.name(),
                    b.name(), note(b)));
        }
        for (int year : common) {
            Value before = a.targets().get(year);
            Value after = b.targets().get(year);
            if (!same(before, after)) {
                out.add(change(ChangeKind.MODIFICATO, b, "target " + year, raw(before), raw(after)));
            }
        }
        if (!same(a.weight(), b.weight())) {
            out.add(change(ChangeKind.MODIFICATO, b, "peso", raw(a.weight()), raw(b.weight())));
        }
        text(out, b, "unità di misura", a.unit(), b.unit());
        text(out, b, "responsabile", a.responsible(), b.responsible());
        if (!parentKey(o.parent()).equals(parentKey(n.parent()))) {
            out.add(change(ChangeKind.SPOSTATO, b, "livello", parentLabel(o.parent()),
                    parentLabel(n.parent())));
        }
        return out;
    }

    private static void text(List<Change> out, Indicator b, String what, String before, String after) {
        if (!fold(before).equals(fold(after))) {
            out.add(change(ChangeKind.MODIFICATO, b, what, before, after));
        }
    }

    private static Change change(ChangeKind kind, Indicator i, String what, String before, String after) {
        return new Change(kind, i.code(), i.name(), what, before, after, note(i));
    }

    private static String note(Indicator i) {
        return i.status() == null ? null : i.status().raw();
    }

    /** Two values are the same if their texts are, or if both are understood and mean the same. */
    static boolean same(Value a, Value b) {
        if (a == null || b == null || a.kind() == ValueKind.NO_DATA || b.kind() == ValueKind.NO_DATA) {
            return empty(a) == empty(b);
        }
        return fold(a.raw()).equals(fold(b.raw()))
                || a.kind() != ValueKind.NOT_UNDERSTOOD && Objects.equals(a.parsed(), b.parsed());
    }

    private static boolean empty(Value v) {
        return v == null || v.kind() == ValueKind.NO_DATA;
    }

    static String raw(Value v) {
        return empty(v) ? null : v.raw();
    }

    /** The targets of an indicator for the years of its document, "2020: 95%; 2021: 95%", or null without any. */
    private static String targets(Indicator i, List<Integer> years) {
        SortedMap<Integer, Value> targets = i.targets();
        String text = years.stream().filter(y -> !empty(targets.get(y)))
                .map(y -> y + ": " + targets.get(y).raw()).collect(Collectors.joining("; "));
        return text.isEmpty() ? null : text;
    }

    private static String parentKey(Element e) {
        return e == null ? "" : e.level().id() + " " + (e.code() != null ? TextFold.fold(e.code()) : fold(e.name()));
    }

    private static String parentLabel(Element e) {
        return e == null ? "fuori dall'albero del piano" : e.label();
    }

    /**
     * The indicators of a plan by key, in the document's order. A key seen again is kept as its n-th repetition ("codice
     * 1.1.1 #2"): the repetitions of two documents are paired in order, the first with the first, the second with the
     * second, so that none is lost (see {@link #repeated}).
     */
    static Map<String, Entry> index(Plan plan) {
        List<Entry> entries = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            entries.add(new Entry(i, null));
        }
        walk(plan.elements(), entries);
        Map<String, Entry> out = new LinkedHashMap<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (Entry e : entries) {
            int n = seen.merge(e.key(), 1, Integer::sum);
            out.put(n == 1 ? e.key() : e.key() + " #" + n, e);
        }
        return out;
    }

    private static void walk(List<Element> elements, List<Entry> out) {
        for (Element element : elements) {
            for (Indicator i : element.indicators()) {
                out.add(new Entry(i, element));
            }
            walk(element.children(), out);
        }
    }

    /** The codes (or names) {@code plan} lists more than once, each said once with how many times. */
    static List<NoteFinding> repeated(Plan plan, String which) {
        List<Entry> entries = new ArrayList<>();
        for (Indicator i : plan.indicators()) {
            entries.add(new Entry(i, null));
        }
        walk(plan.elements(), entries);
        Map<String, List<Entry>> byKey = new LinkedHashMap<>();
        entries.forEach(e -> byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e));
        List<NoteFinding> out = new ArrayList<>();
        for (List<Entry> same : byKey.values()) {
            if (same.size() > 1) {
                Indicator i = same.get(0).indicator();
                out.add(new NoteFinding(NoteFinding.CODICE_RIPETUTO, i.code(), i.name(), StatusCheck.label(i.code(),
                        i.name()) + " compare " + same.size() + " volte nel documento " + which + ": le ripetizioni"
                        + " sono confrontate nell'ordine del documento (la prima con la prima, la seconda con la"
                        + " seconda...). Correggere il codice ripetuto nel documento, se è un errore."));
            }
        }
        return out;
    }

    /** The plan's years, or where it does not state them the years of its targets. */
    private static List<Integer> years(Plan plan) {
        if (!plan.years().isEmpty()) {
            return new TreeSet<>(plan.years()).stream().toList();
        }
        TreeSet<Integer> years = new TreeSet<>();
        plan.allIndicators().forEach(i -> years.addAll(i.targets().keySet()));
        return List.copyOf(years);
    }

    private static Side side(Plan plan, List<Integer> years) {
        return new Side(plan.documentKind(), years, plan.sources().stream().map(SourceFile::file).toList(),
                title(plan.documentKind(), years));
    }

    /** "Piano degli indicatori e dei risultati attesi di bilancio (PIRA) 2019-2021". */
    private static String title(String kind, List<Integer> years) {
        String name = switch (kind == null ? "" : kind) {
            case "pira" -> "Piano degli indicatori e dei risultati attesi di bilancio (PIRA)";
            case "relazione" -> "Relazione sulla performance";
            case "monitoraggio" -> "Monitoraggio della performance";
            default -> "Piano della performance";
        };
        if (years.isEmpty()) {
            return name;
        }
        boolean consecutive = years.get(years.size() - 1) - years.get(0) == years.size() - 1;
        return name + " " + (years.size() == 1 ? String.valueOf(years.get(0)) : consecutive
                ? years.get(0) + "-" + years.get(years.size() - 1)
                : years.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    static String fold(String s) {
        return s == null ? "" : TextFold.fold(s).toLowerCase(java.util.Locale.ROOT);
    }
}
