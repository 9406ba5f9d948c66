package pira.history;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Plan;
import pira.model.SourceFile;
import pira.model.Value;
import pira.model.ValueKind;
import pira.value.TargetMeaning;

/**
 * Joins the indicators of a chamber's documents over the years (plans, PIRA, Relazioni, monitoring) into one history
 * per indicator. Documents are taken in order of their first year, plans before Relazioni; chambers are kept apart.
 * An indicator joins the history of one already seen, in a document that does not have it yet:
 * <ol>
 *   <li>by code, where the names are alike ({@link NameSimilarity#SAME_CODE}); a code naming two unlike indicators is
 *       listed as uncertain and not joined;</li>
 *   <li>by name, where the codes differ (its code is not in the other's documents, nor the other's in its own), with
 *       a similarity of {@link NameSimilarity#SAME} or more and no other candidate as alike; from
 *       {@link NameSimilarity#UNCERTAIN} the pair is listed as uncertain and not joined.</li>
 * </ol>
 * Every indicator stays in the history: one that joins nothing has its own, listed among the unpaired.
 */
public final class HistoryBuilder {

    static final String NO_ENTE = "(ente non indicato)";

    private HistoryBuilder() {
    }

    /** The history of the documents given, in any order. */
    public static History of(List<Plan> plans) {
        List<Named> named = names(plans);
        named.sort(Comparator.comparingInt((Named n) -> n.plan.years().isEmpty() ? Integer.MAX_VALUE
                : n.plan.years().get(0)).thenComparing(n -> "relazione".equals(n.plan.documentKind()))
                .thenComparing(n -> n.name));
        Map<String, List<Named>> byEnte = new LinkedHashMap<>();
        for (Named n : named) {
            byEnte.computeIfAbsent(fold(n.plan.ente()), k -> new ArrayList<>()).add(n);
        }
        List<HistoryDocument> documents = new ArrayList<>();
        for (Named n : named) {
            documents.add(new HistoryDocument(n.name, n.plan.ente(), n.plan.documentKind(), n.plan.years(),
                    n.plan.sources().size() == 1 ? n.plan.sources().get(0).sha256() : null));
        }
        List<EnteHistory> entes = new ArrayList<>();
        for (List<Named> docs : byEnte.values()) {
            String ente = docs.get(0).plan.ente();
            entes.add(new EnteJoin(docs).history(ente == null ? NO_ENTE : ente));
        }
        return new History(History.SCHEMA_VERSION, documents, entes);
    }

    /** A document with the name the history gives it: its files, or "documento N" for a model without them. */
    record Named(String name, Plan plan) {
    }

    private static List<Named> names(List<Plan> plans) {
        List<Named> out = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int k = 0; k < plans.size(); k++) {
            Plan p = plans.get(k);
            String name = p.sources().isEmpty() ? "documento " + (k + 1)
                    : String.join(" + ", p.sources().stream().map(SourceFile::file).toList());
            int n = seen.merge(name, 1, Integer::sum);
            out.add(new Named(n == 1 ? name : name + " (" + n + ")", p));
        }
        return out;
    }

    static String fold(String ente) {
        return ente == null ? "" : ente.toLowerCase(Locale.ITALIAN).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The join of one chamber's documents. */
    private static final class EnteJoin {

        private final List<Named> docs;
        private final List<Entry> entries = new ArrayList<>();
        private final List<Pairing> uncertain = new ArrayList<>();
        /** The codes of each document's indicators, as they are read. */
        private final Map<String, java.util.Set<String>> codesByDocument = new LinkedHashMap<>();
        /**
         * The entries by the codes and by the words of their members' names: the only candidates of a join (an entry
         * without the code nor a word of the name has a similarity of 0 and is never chosen), so that a document of
         * thousands of indicators is not compared with every other one.
         */
        private final Map<String, List<Entry>> byCode = new java.util.HashMap<>();
        private final Map<String, List<Entry>> byWord = new java.util.HashMap<>();

        EnteJoin(List<Named> docs) {
            this.docs = docs;
        }

        EnteHistory history(String ente) {
            for (Named d : docs) {
                List<Member> inDoc = new ArrayList<>();
                List<Indicator> indicators = new ArrayList<>();
                collect(d.name, d.plan.indicators(), null, inDoc, indicators);
                collect(d.name, d.plan.elements(), inDoc, indicators);
                java.util.Set<String> codes = new java.util.HashSet<>();
                indicators.forEach(i -> codes.add(i.code()));
                codesByDocument.put(d.name, codes);
                for (int k = 0; k < indicators.size(); k++) {
                    join(d.name, indicators.get(k), inDoc.get(k), codes);
                }
            }
            List<IndicatorHistory> out = new ArrayList<>();
            List<String> unpaired = new ArrayList<>();
            List<Discrepancy> discrepancies = new ArrayList<>();
            Map<String, Integer> keys = new LinkedHashMap<>();
            for (Entry e : entries) {
                String base = e.members.get(0).code() != null ? e.members.get(0).code() : e.members.get(0).name();
                int n = keys.merge(base, 1, Integer::sum);
                String key = n == 1 ? base : base + " (" + n + ")";
                IndicatorHistory h = e.history(key, discrepancies);
                out.add(h);
                if (docs.size() > 1 && e.members.size() == 1) {
                    unpaired.add(key);
                }
            }
            return new EnteHistory(ente, docs.stream().map(Named::name).toList(), out, uncertain, unpaired,
                    discrepancies);
        }

        private static void collect(String doc, List<Element> elements, List<Member> members,
                                    List<Indicator> indicators) {
            for (Element e : elements) {
                collect(doc, e.indicators(), e, members, indicators);
                collect(doc, e.children(), members, indicators);
            }
        }

        private static void collect(String doc, List<Indicator> list, Element owner, List<Member> members,
                                    List<Indicator> indicators) {
            String objective = owner == null ? null : owner.code() == null ? owner.name()
                    : owner.code() + (owner.name() == null ? "" : " - " + owner.name());
            for (Indicator i : list) {
                indicators.add(i);
                members.add(new Member(doc, i.code(), i.name(), owner == null ? null : owner.code(), objective, null,
                        null,
                        i.provenance() == null ? null : i.provenance().describe()));
            }
        }

        /** The entries among {@code lists}, each once, in the order they were made. */
        private static List<Entry> candidates(List<List<Entry>> lists) {
            java.util.TreeMap<Integer, Entry> out = new java.util.TreeMap<>();
            for (List<Entry> list : lists) {
                for (Entry e : list) {
                    out.putIfAbsent(e.index, e);
                }
            }
            return List.copyOf(out.values());
        }

        /** {@code e}, with {@code i} and its member, indexed by code and words. */
        private void add(Entry e, String doc, Indicator i, Member m) {
            boolean newCode = i.code() != null && !e.codes().contains(i.code());
            java.util.Set<String> before = e.words();
            e.add(doc, i, m);
            if (newCode) {
                byCode.computeIfAbsent(i.code(), k -> new ArrayList<>()).add(e);
            }
            for (String w : e.wordsOf(e.members.size() - 1)) {
                if (!before.contains(w)) {
                    byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(e);
                }
            }
        }

        private void join(String doc, Indicator i, Member m, java.util.Set<String> codesInDoc) {
            Entry byCode = null;
            java.util.Set<String> words = NameSimilarity.words(i.name());
            if (i.code() != null) {
                for (Entry e : candidates(List.of(this.byCode.getOrDefault(i.code(), List.of())))) {
                    if (e.has(doc)) {
                        continue;
                    }
                    double s = e.similarity(words);
                    if (s >= NameSimilarity.SAME_CODE) {
                        byCode = e;
                        break;
                    }
                    uncertain.add(new Pairing("stesso codice, nomi diversi", round(s), e.members.get(0),
                            m));
                }
            }
            if (byCode != null) {
                add(byCode, doc, i, paired(m, "codice", null));
                return;
            }
            Entry best = null;
            double bestScore = 0;
            boolean tie = false;
            List<List<Entry>> lists = new ArrayList<>();
            words.forEach(w -> lists.add(byWord.getOrDefault(w, List.of())));
            for (Entry e : candidates(lists)) {
                if (e.has(doc) || i.code() != null && e.inDocumentsWithCode(i.code(), codesByDocument)
                        || e.codes().stream().anyMatch(codesInDoc::contains)) {
                    continue;
                }
                double s = e.similarity(words);
                if (s > bestScore) {
                    best = e;
                    bestScore = s;
                    tie = false;
                } else if (s == bestScore && s > 0) {
                    tie = true;
                }
            }
            if (best != null && bestScore >= NameSimilarity.SAME && !tie) {
                add(best, doc, i, paired(m, "nome", round(bestScore)));
                return;
            }
            if (best != null && bestScore >= NameSimilarity.UNCERTAIN) {
                uncertain.add(new Pairing(tie ? "nomi simili, più candidati" : "nomi simili", round(bestScore),
                        best.members.get(0), m));
            }
            Entry e = new Entry(docs, entries.size());
            add(e, doc, i, paired(m, "primo", null));
            entries.add(e);
        }

        private static Member paired(Member m, String how, Double similarity) {
            return new Member(m.document(), m.code(), m.name(), m.objectiveCode(), m.objective(), how, similarity,
                    m.place());
        }

        private static double round(double s) {
            return Math.round(s * 100) / 100.0;
        }
    }

    /** One indicator's history while the documents are joined. */
    private static final class Entry {

        private final List<Named> docs;
        /** Its place among the entries, in the order they were made. */
        private final int index;
        private final List<Member> members = new ArrayList<>();
        /** The words of each member's name ({@link NameSimilarity#words}), computed once. */
        private final List<java.util.Set<String>> words = new ArrayList<>();
        private final Map<String, Indicator> byDoc = new LinkedHashMap<>();

        Entry(List<Named> docs, int index) {
            this.docs = docs;
            this.index = index;
        }

        java.util.Set<String> wordsOf(int member) {
            return words.get(member);
        }

        /** The words of all its members' names. */
        java.util.Set<String> words() {
            java.util.Set<String> all = new java.util.HashSet<>();
            words.forEach(all::addAll);
            return all;
        }

        boolean has(String doc) {
            return byDoc.containsKey(doc);
        }

        void add(String doc, Indicator i, Member m) {
            byDoc.put(doc, i);
            members.add(m);
            words.add(NameSimilarity.words(m.name()));
        }

        java.util.Set<String> codes() {
            java.util.Set<String> codes = new java.util.LinkedHashSet<>();
            members.forEach(m -> {
                if (m.code() != null) {
                    codes.add(m.code());
                }
            });
            return codes;
        }

        /**
         * Whether {@code code} is a code of a document this indicator is in: there it is another indicator's, not a
         * new one.
         */
        boolean inDocumentsWithCode(String code, Map<String, java.util.Set<String>> codesByDocument) {
            return byDoc.keySet().stream().anyMatch(d -> codesByDocument.get(d).contains(code));
        }

        double similarity(java.util.Set<String> name) {
            return words.stream().mapToDouble(w -> NameSimilarity.of(w, name)).max().orElse(0);
        }

        IndicatorHistory history(String key, List<Discrepancy> discrepancies) {
            TreeSet<Integer> years = new TreeSet<>();
            Map<String, Integer> firstYears = new LinkedHashMap<>();
            docs.forEach(d -> firstYears.put(d.name, d.plan.years().isEmpty() ? null : d.plan.years().get(0)));
            byDoc.forEach((doc, i) -> {
                years.addAll(i.targets().keySet());
                years.addAll(i.actuals().keySet());
                if (i.status() != null && firstYears.get(doc) != null) {
                    years.add(firstYears.get(doc));
                }
            });
            List<YearHistory> out = new ArrayList<>();
            for (int y : years) {
                List<Statement> targets = new ArrayList<>();
                List<Statement> actuals = new ArrayList<>();
                List<Statement> status = new ArrayList<>();
                List<Value> targetValues = new ArrayList<>();
                List<Value> actualValues = new ArrayList<>();
                byDoc.forEach((doc, i) -> {
                    Value t = i.targets().get(y);
                    if (t != null && t.kind() != ValueKind.NO_DATA) {
                        targets.add(Statement.of(doc, t));
                        targetValues.add(t);
                    }
                    Value a = i.actuals().get(y);
                    if (a != null && a.kind() != ValueKind.NO_DATA) {
                        actuals.add(Statement.of(doc, a));
                        actualValues.add(a);
                    }
                    // the note of the revision, in the year the revised document begins with
                    if (i.status() != null && Integer.valueOf(y).equals(firstYears.get(doc))) {
                        status.add(Statement.of(doc, new Value(i.status().raw(), null, i.status().location())));
                    }
                });
                if (differ(targetValues, TargetMeaning::same)) {
                    discrepancies.add(new Discrepancy(key, y, "target", targets));
                }
                if (differ(actualValues, Entry::sameActual)) {
                    discrepancies.add(new Discrepancy(key, y, "valore conseguito", actuals));
                }
                out.add(new YearHistory(y, targets, actuals, status));
            }
            Member first = members.get(0);
            return new IndicatorHistory(key, first.code(), first.name(), first.objectiveCode(), first.objective(),
                    members, RelativeTargets.resolve(out));
        }

        private static boolean differ(List<Value> values, java.util.function.BiPredicate<Value, Value> same) {
            for (int a = 0; a < values.size(); a++) {
                for (int b = a + 1; b < values.size(); b++) {
                    if (!same.test(values.get(a), values.get(b))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Two actual values are the same where their numbers are, or, without numbers, their words. */
        private static boolean sameActual(Value a, Value b) {
            BigDecimal x = number(a);
            BigDecimal y = number(b);
            if (x != null && y != null) {
                return x.compareTo(y) == 0;
            }
            return fold(a.raw()).equals(fold(b.raw()));
        }
    }

    /** The number of a plain value or comparison, or null. */
    static BigDecimal number(Value v) {
        return v != null && v.parsed() != null && (v.kind() == ValueKind.VALUE || v.kind() == ValueKind.COMPARISON)
                ? v.parsed().number() : null;
    }
}
