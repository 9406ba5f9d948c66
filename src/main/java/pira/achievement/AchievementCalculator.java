package pira.achievement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import pira.model.AssignedUnit;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.ParsedValue;
import pira.model.Threshold;
import pira.model.Value;
import pira.model.ValueKind;

/**
 * Computes achievement as {@code docs/calcolo.md} documents: per indicator from target and actual value of a
 * year, then per element as the weighted mean of its indicators and children (simple mean where the source
 * gives no weights). The synthetic indicator "Valore medio performance obiettivi operativi" gets as actual
 * value the mean achievement of the element's children: computed, never copied from the source.
 */
public final class AchievementCalculator {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final MathContext MC = new MathContext(12, RoundingMode.HALF_EVEN);
    private static final Pattern SYNTHETIC = Pattern.compile("valore medio performance obiettivi operativi",
            Pattern.CASE_INSENSITIVE);

    private final int year;
    private final boolean cap;
    private final ReferenceValues references;
    private final Choices choices;
    private final AchievementOptions options;

    /** The reason of an indicator whose year has not been monitored yet (docs/calcolo.md). */
    public static final String NOT_YET = "non ancora rilevato";

    /**
     * @param year the year assessed
     * @param cap  whether an achievement above 100% counts as 100%
     */
    public AchievementCalculator(int year, boolean cap) {
        this(year, cap, ReferenceValues.NONE);
    }

    /**
     * @param references the values other documents state for other years, which relative targets refer to
     */
    public AchievementCalculator(int year, boolean cap, ReferenceValues references) {
        this(year, cap, references, Choices.DEFAULT, AchievementOptions.DEFAULT);
    }

    /**
     * @param choices the chamber's choices: which target counts where the Relazione changed it, whether unplanned
     *                indicators and declared outcomes count
     * @param options the rule choosing the period a score rests on, and the periods the plan has monitored
     */
    public AchievementCalculator(int year, boolean cap, ReferenceValues references, Choices choices,
                                 AchievementOptions options) {
        this.year = year;
        this.cap = cap;
        this.references = references;
        this.choices = choices;
        this.options = options == null ? AchievementOptions.DEFAULT : options;
    }

    public AchievementOptions options() {
        return options;
    }

    /** The same calculation with other choices (the outcome a changed target would give with the other target). */
    public AchievementCalculator with(Choices other) {
        return new AchievementCalculator(year, cap, references, other, options);
    }

    /**
     * Whether an indicator has something to report in the year: not withdrawn by a revision, and with a target (the
     * plan's or the reported one), a value, a period's value or progress, or an assigned unit's. Only these are in the
     * year's tables and scores; the others are named apart.
     */
    public boolean inYear(Indicator i) {
        return !i.eliminated() && i.hasSomethingFor(year);
    }

    /** Whether an element has, at any depth, an indicator with something to report in the year. */
    public boolean inYear(Element e) {
        return !indicatorsOf(e).isEmpty() || e.children().stream().anyMatch(this::inYear);
    }

    /**
     * The indicators of an element that its score rests on: those of the plan with something for the year, and, where
     * the chamber asks, the unplanned ones the Relazione reports under it.
     */
    public List<Indicator> indicatorsOf(Element e) {
        List<Indicator> all = new ArrayList<>(e.indicators());
        if (choices.countUnplanned()) {
            all.addAll(e.unplanned());
        }
        return all.stream().filter(this::inYear).toList();
    }

    /** The children of an element with something for the year. */
    public List<Element> childrenOf(Element e) {
        return e.children().stream().filter(this::inYear).toList();
    }

    /** The target an indicator is judged against in the year: the plan's, or the reported one where chosen. */
    public Value target(Indicator i) {
        Value reported = i.reportedTargets().get(year);
        return choices.reportedTargets() && reported != null ? reported : i.targets().get(year);
    }

    /**
     * The indicator's target of the year made absolute where it is relative to another year ("+10%" with last year's
     * value); empty where the target is not relative to another year.
     */
    public java.util.Optional<ResolvedTarget> resolvedTarget(Indicator i) {
        Value target = target(i);
        if (target == null || target.kind() != ValueKind.RELATIVE_YEAR) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(RelativeTarget.resolve(i, target.parsed(), year, references));
    }

    public int year() {
        return year;
    }

    /** The achievement of an indicator of {@code owner} (owner may be null for plan-level indicators). */
    public Assessment indicator(Indicator i, Element owner) {
        Value target = target(i);
        Assessment computed = computed(target == i.targets().get(year) ? i : i.withTarget(year, target), owner);
        if (computed.assessable() || !choices.countDeclared()) {
            return computed;
        }
        // what the document declares, where pira cannot judge the value, counts marked as such; but a result declared
        // against a target the Relazione changed says nothing of the plan's, which the score uses
        BigDecimal stated = number(i.statedAchievement());
        String said = i.outcome() == null ? null : DeclaredOutcome.of(i.outcome().raw());
        Value reported = i.reportedTargets().get(year);
        if (reported != null && !choices.reportedTargets() && (stated != null || said != null)) {
            return Assessment.notAssessable(computed.reason() + "; il risultato dichiarato si riferisce al target"
                    + " rendicontato \"" + reported.raw() + "\", non a quello del piano");
        }
        if (stated != null) {
            return Assessment.declared(bound(stated), "percentuale dichiarata nel documento", computed.reason());
        }
        if (DeclaredOutcome.REACHED.equals(said) || DeclaredOutcome.NOT_REACHED.equals(said)) {
            return Assessment.declared(DeclaredOutcome.REACHED.equals(said) ? HUNDRED : BigDecimal.ZERO,
                    "esito dichiarato nel documento", computed.reason());
        }
        return computed;
    }

    private Assessment computed(Indicator i, Element owner) {
        if (owner != null && i.name() != null && SYNTHETIC.matcher(i.name()).find()) {
            Assessment children = new ElementScore(this).mean(childrenOf(owner), List.of(), null);
            if (!children.assessable()) {
                return Assessment.notAssessable("media degli obiettivi operativi non calcolabile");
            }
            Value target = i.targets().get(year);
            if (target == null || target.parsed() == null || target.parsed().number() == null) {
                return Assessment.notAssessable("manca il target " + year);
            }
            return judge(i, target, children.percent(), null, "media calcolata degli obiettivi operativi");
        }
        if (options.notYetMonitored(year) && restsOnProgress(i)) {
            // an export taken before any monitoring of the year: nothing measured is not a failure
            return Assessment.notAssessable(NOT_YET + " (nessun avanzamento " + year + " del piano è diverso da zero)");
        }
        if (!i.units().isEmpty() && i.targets().get(year) == null) {
            return overUnits(i, owner);
        }
        Value target = i.targets().get(year);
        Value actual = i.actuals().get(year);
        // without the value of the year, the chosen period's (by default the latest monitoring) stands for it, and
        // says so
        String lastPeriod = null;
        if (actual == null && has(i.periods())) {
            lastPeriod = measuredPeriod(i, owner);
            if (lastPeriod == null) {
                return Assessment.notAssessable("manca il valore del periodo " + options.periods().period()
                        + " (periodi: " + String.join(", ", i.periods().get(year).keySet()) + ")");
            }
            actual = i.periods().get(year).get(lastPeriod);
        }
        if (actual == null && has(i.progress())) {
            return stated(i.progress().get(year));
        }
        if (target == null || target.kind() == ValueKind.NO_DATA) {
            return Assessment.notAssessable("manca il target " + year);
        }
        switch (target.kind()) {
            case BASELINE_YEAR:
                return Assessment.notAssessable("anno di rilevazione, senza target");
            case QUALITATIVE:
                return Assessment.notAssessable("target qualitativo: lo valuta una persona");
            case RELATIVE_BENCHMARK:
                return Assessment.notAssessable("serve il valore di riferimento (" + target.parsed().benchmark() + ")");
            case NOT_UNDERSTOOD:
                return Assessment.notAssessable("target non compreso: \"" + target.raw() + "\"");
            default:
                break;
        }
        if (actual == null || actual.kind() == ValueKind.NO_DATA) {
            return Assessment.notAssessable("manca il valore conseguito " + year);
        }
        if (changeTarget(target)) {
            Assessment change = reportedChange(target, actual);
            if (change != null) {
                return change;
            }
        }
        if (actual.kind() == ValueKind.NOT_UNDERSTOOD) {
            // a sentence that is not a value as a whole, but holds one a person would read in it
            var read = SentenceValue.read(actual.raw(), target.parsed(), year);
            if (read.isPresent()) {
                Value v = read.get().value();
                Assessment judged = judge(i, target, number(v), v, "valore letto nel testo: " + read.get().how());
                return judged.assessable() ? judged.readInText(read.get().how()) : judged;
            }
        }
        Assessment judged = judge(i, target, number(actual), actual, null);
        if (lastPeriod == null) {
            return judged;
        }
        String period = "valore del periodo " + lastPeriod + ", " + options.periods().label()
                + ": manca quello dell'anno";
        return judged.assessable() ? Assessment.of(judged.percent(), judged.method() + ", " + period)
                : Assessment.notAssessable(judged.reason() + " (" + period + ")");
    }

    private static final Pattern SIGNED_PERCENT = Pattern.compile("[+\\-\u2212\u2013]\\s?(\\d+(?:[.,]\\d+)?)\\s?%");

    /** "+20%", "-10%": a change on the year before, with its size. */
    private static boolean changeTarget(Value target) {
        return target.kind() == ValueKind.RELATIVE_YEAR && target.parsed().number() != null
                && target.parsed().number().signum() != 0 && target.parsed().referenceYear() == null;
    }

    /**
     * A value that is itself a change ("-11%" against "-10%", or one such change in a sentence) judged directly:
     * change reported / change expected; a sentence with several changes is not judged, and says which; null where the
     * value states no change.
     */
    private Assessment reportedChange(Value target, Value actual) {
        BigDecimal expected = target.parsed().number();
        if (actual.kind() == ValueKind.RELATIVE_YEAR && actual.parsed().number() != null) {
            return Assessment.of(bound(actual.parsed().number().multiply(HUNDRED).divide(expected, MC)),
                    "variazione conseguita / variazione attesa");
        }
        if (actual.kind() != ValueKind.NOT_UNDERSTOOD) {
            return null;
        }
        java.util.regex.Matcher m = SIGNED_PERCENT.matcher(actual.raw());
        List<String> found = new ArrayList<>();
        List<BigDecimal> changes = new ArrayList<>();
        while (m.find()) {
            found.add(m.group().replace(" ", ""));
            BigDecimal size = new BigDecimal(m.group(1).replace(',', '.'));
            changes.add(m.group().charAt(0) == '+' ? size : size.negate());
        }
        if (changes.size() > 1) {
            // several changes (one per kind of pratica): judged where they all give the same achievement
            java.util.Set<BigDecimal> each = new java.util.TreeSet<>();
            changes.forEach(c -> each.add(bound(c.multiply(HUNDRED).divide(expected, MC)).stripTrailingZeros()));
            if (each.size() == 1) {
                return Assessment.of(each.iterator().next(), "variazione conseguita / variazione attesa, la stessa per"
                        + " tutte le " + changes.size() + " variazioni riportate").readInText(String.join(", ", found));
            }
            return Assessment.notAssessable("il valore riporta " + changes.size() + " variazioni ("
                    + String.join(", ", found) + ") che danno raggiungimenti diversi: non si sceglie quale confrontare"
                    + " con il target " + target.raw());
        }
        if (changes.size() == 1) {
            return Assessment.of(bound(changes.get(0).multiply(HUNDRED).divide(expected, MC)),
                    "variazione conseguita / variazione attesa").readInText(found.get(0));
        }
        return null;
    }

    /**
     * The progress the document states for the latest period of the year (an objectives software's "Avanzamento"):
     * a degree of achievement already, taken as it is and said so.
     */
    private Assessment stated(java.util.SortedMap<String, Value> progress) {
        String period = progressPeriod(progress);
        if (period == null) {
            return Assessment.notAssessable("manca l'avanzamento del periodo " + options.periods().period()
                    + " (periodi: " + String.join(", ", progress.keySet()) + ")");
        }
        BigDecimal p = number(progress.get(period));
        if (p == null) {
            return Assessment.notAssessable("avanzamento del periodo " + period + " non numerico: \""
                    + progress.get(period).raw() + "\"");
        }
        if (!progress.get(period).parsed().isPercent()) {
            // "1" or "0,5" without a "%": a fraction of one the mapping did not say, or a number that is no degree
            return Assessment.notAssessable("l'avanzamento del periodo " + period + " \"" + progress.get(period).raw()
                    + "\" non è una percentuale: se è una frazione di uno (0,5 per 50%), la mappatura lo legga con"
                    + " scale: fraction");
        }
        return Assessment.of(bound(p), "avanzamento dichiarato del periodo " + period + ", "
                + options.periods().label());
    }

    private boolean has(java.util.SortedMap<Integer, java.util.SortedMap<String, Value>> byPeriod) {
        return byPeriod.containsKey(year) && !byPeriod.get(year).isEmpty();
    }

    /**
     * Whether the indicator's score of the year would rest on stated progress alone: no value of the year nor of its
     * periods, for the indicator or any of its units, and progress of the year for it or one of its units.
     */
    private boolean restsOnProgress(Indicator i) {
        if (i.actuals().get(year) != null || has(i.periods())) {
            return false;
        }
        if (has(i.progress())) {
            return true;
        }
        return !i.units().isEmpty() && i.units().stream().allMatch(u -> u.actuals().get(year) == null
                && !has(u.periods())) && i.units().stream().anyMatch(u -> has(u.progress()));
    }

    /**
     * The period the rule chooses among {@code values}: the one named (null where absent), the last (for progress,
     * the last one the plan has monitored, where the unit has it), or the one with the highest {@code score} (the
     * later one where two are equal; the last where none has a score).
     */
    private String choose(java.util.SortedMap<String, Value> values,
                          java.util.function.Function<String, BigDecimal> score, boolean progress) {
        PeriodRule rule = options.periods();
        if (rule.kind() == PeriodRule.Kind.PERIODO) {
            return values.containsKey(rule.period()) ? rule.period() : null;
        }
        List<String> candidates = values.keySet().stream().filter(k -> !progress || options.monitored(year, k))
                .toList();
        if (candidates.isEmpty()) {
            candidates = List.copyOf(values.keySet());
        }
        String last = candidates.get(candidates.size() - 1);
        if (rule.kind() == PeriodRule.Kind.ULTIMO) {
            return last;
        }
        String best = null;
        BigDecimal top = null;
        for (String k : candidates) {
            BigDecimal s = score.apply(k);
            if (s != null && (top == null || s.compareTo(top) >= 0)) {
                best = k;
                top = s;
            }
        }
        return best == null ? last : best;
    }

    /** The period of stated progress the score rests on, or null where the period named is absent. */
    private String progressPeriod(java.util.SortedMap<String, Value> progress) {
        return choose(progress, k -> number(progress.get(k)), true);
    }

    /** The period of measured values the score rests on (the best: judged each against the target). */
    private String measuredPeriod(Indicator i, Element owner) {
        java.util.SortedMap<String, Value> values = i.periods().get(year);
        return choose(values, k -> computed(own(i, null, i.targets(),
                new java.util.TreeMap<>(java.util.Map.of(year, values.get(k))), null), owner).percent(), false);
    }

    /**
     * What a unit's or the indicator's score rests on: its target, and the value or progress of the period used
     * ({@code period} null: the value of the year).
     *
     * @param unit     the unit's name, or null for the indicator itself
     * @param progress whether the value is stated progress ("Avanzamento") rather than a measured value
     */
    public record Basis(String unit, Value target, String period, Value value, boolean progress) {
    }

    /**
     * What the score of {@code i} rests on, where it rests on periods or on assigned units (empty otherwise): one
     * entry for the indicator, or one per unit, with the period the rule chose.
     */
    public List<Basis> basis(Indicator i, Element owner) {
        List<Basis> out = new ArrayList<>();
        if (!i.units().isEmpty() && i.targets().get(year) == null) {
            for (AssignedUnit u : i.units()) {
                Basis b = basisOf(own(i, u, u.targets(), u.actuals(), u.periods()), u.name(), owner);
                out.add(b != null ? b : new Basis(u.name(), u.targets().get(year), null, u.actuals().get(year),
                        false));
            }
            return out;
        }
        Basis b = basisOf(i, null, owner);
        return b == null ? out : List.of(b);
    }

    private Basis basisOf(Indicator i, String unit, Element owner) {
        if (i.actuals().get(year) != null) {
            return null;
        }
        if (has(i.periods())) {
            String p = measuredPeriod(i, owner);
            return new Basis(unit, i.targets().get(year), p, p == null ? null : i.periods().get(year).get(p), false);
        }
        if (has(i.progress())) {
            String p = progressPeriod(i.progress().get(year));
            return new Basis(unit, i.targets().get(year), p, p == null ? null : i.progress().get(year).get(p), true);
        }
        return null;
    }

    /**
     * On what the score of {@code i} rests, in words, where it rests on periods or units: "media di 3 strutture,
     * avanzamento del periodo 4, l'ultimo rilevato"; null where it rests on the value of the year alone.
     */
    public String restsOn(Indicator i, Element owner) {
        List<Basis> basis = basis(i, owner);
        if (basis.isEmpty()) {
            return null;
        }
        java.util.Set<String> periods = new java.util.TreeSet<>();
        basis.stream().filter(b -> b.period() != null).forEach(b -> periods.add(b.period()));
        boolean progress = basis.stream().anyMatch(Basis::progress);
        String what = (progress ? "avanzamento" : "valore") + (periods.isEmpty() ? " dell'anno"
                : periods.size() == 1 ? " del periodo " + periods.iterator().next() + ", " + options.periods().label()
                : " dei periodi " + String.join(", ", periods) + " (" + options.periods().describe()
                + " di ogni struttura)");
        if (basis.get(0).unit() == null) {
            return what;
        }
        int n = basis.size();
        if (n == 1) {
            return "struttura " + basis.get(0).unit() + ", " + what;
        }
        return ("somma".equals(i.unitsRollup()) ? "somma di " : "quota".equals(i.unitsRollup())
                ? "media pesata di " : "media di ") + n + " strutture, " + what;
    }

    /**
     * An indicator assigned to several units, each with its own target and values, rolled up as the indicator says
     * (docs/calcolo.md): the mean of the units that can be assessed (the default), their mean weighted by each unit's
     * share ("quota"), or the sum of their values against the sum of their targets ("somma"); each says on how many
     * units it rests.
     */
    private Assessment overUnits(Indicator i, Element owner) {
        if ("somma".equals(i.unitsRollup())) {
            return summed(i, owner);
        }
        boolean shares = "quota".equals(i.unitsRollup());
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        int assessed = 0;
        java.util.Set<String> reasons = new java.util.TreeSet<>();
        for (AssignedUnit u : i.units()) {
            Assessment a = indicator(own(i, u, u.targets(), u.actuals(), u.periods()), owner);
            if (!a.assessable()) {
                reasons.add(a.reason());
            }
            BigDecimal weight = shares ? number(u.share()) : BigDecimal.ONE;
            if (a.assessable() && weight != null) {
                sum = sum.add(a.percent().multiply(weight));
                weights = weights.add(weight);
                assessed++;
            }
        }
        int units = i.units().size();
        if (assessed == 0 || weights.signum() == 0) {
            // one reason for all of them (a period none has) is said
            return Assessment.notAssessable("nessuna delle " + units + " strutture assegnatarie è valutabile"
                    + (shares ? " con la sua quota" : "") + (reasons.size() == 1 && assessed == 0 ? ": "
                    + reasons.iterator().next() : ""));
        }
        return Assessment.of(sum.divide(weights, MC), (shares ? "media delle strutture pesata per la loro quota"
                : "media delle strutture assegnatarie") + " (valutate " + assessed + " di " + units + ")");
    }

    /** The units' values added up against their targets added up: for counts, where a unit's share is its size. */
    private Assessment summed(Indicator i, Element owner) {
        BigDecimal targets = BigDecimal.ZERO;
        BigDecimal actuals = BigDecimal.ZERO;
        Value first = null;
        for (AssignedUnit u : i.units()) {
            Value t = u.targets().get(year);
            Value a = u.actuals().get(year);
            if (a == null && has(u.periods())) {
                java.util.SortedMap<String, Value> values = u.periods().get(year);
                String p = choose(values, k -> number(values.get(k)), false);
                a = p == null ? null : values.get(p);
            }
            if (number(t) == null || number(a) == null) {
                return Assessment.notAssessable("per sommare le strutture servono target e valore " + year
                        + " numerici di ognuna: mancano per " + u.name());
            }
            first = first == null ? t : first;
            targets = targets.add(number(t));
            actuals = actuals.add(number(a));
        }
        ParsedValue p = first.parsed();
        Value target = new Value("somma delle strutture: " + targets.toPlainString(), new ParsedValue(p.kind(),
                p.comparator(), targets, p.unit(), null, null, null, null, null, null, null, null), first.location());
        Value actual = new Value(actuals.toPlainString(), new ParsedValue(ValueKind.VALUE, null, actuals, p.unit(),
                null, null, null, null, null, null, null, null), first.location());
        Assessment a = indicator(own(i, null, new java.util.TreeMap<>(java.util.Map.of(year, target)),
                new java.util.TreeMap<>(java.util.Map.of(year, actual)), null), owner);
        int units = i.units().size();
        return a.assessable() ? Assessment.of(a.percent(), a.method() + ", somma delle " + units + " strutture")
                : a;
    }

    /** The indicator with one unit's values as its own (or the values given), to be judged as any indicator. */
    private static Indicator own(Indicator i, AssignedUnit u, java.util.SortedMap<Integer, Value> targets,
                                 java.util.SortedMap<Integer, Value> actuals,
                                 java.util.SortedMap<Integer, java.util.SortedMap<String, Value>> periods) {
        return new Indicator(i.code(), i.name(), i.description(), i.type(), i.unit(), i.source(), i.algorithm(),
                i.weight(), i.pira(), i.paretoCode(), i.baseline(), targets, i.thresholds(), actuals, null, null,
                u == null ? i.responsible() : u.name(), null, i.provenance(), periods, List.of(), null,
                u == null ? i.progress() : u.progress());
    }

    private Assessment judge(Indicator i, Value target, BigDecimal a, Value actual, String note) {
        ParsedValue t = target.parsed();
        switch (t.kind()) {
            case YES_NO: {
                if (actual == null || actual.kind() != ValueKind.YES_NO) {
                    return Assessment.notAssessable("il valore conseguito non è un sì/no");
                }
                return Assessment.of(actual.parsed().yes().equals(t.yes()) ? HUNDRED : BigDecimal.ZERO, "sì/no");
            }
            case DEADLINE: {
                LocalDate due = t.date() != null ? t.date()
                        : t.month() != null ? LocalDate.of(year, t.month(), t.day() != null ? t.day()
                        : LocalDate.of(year, t.month(), 1).lengthOfMonth()) : null;
                LocalDate done = actual != null && actual.parsed() != null ? actual.parsed().date() : null;
                if (due == null || done == null) {
                    return Assessment.notAssessable("serve la data di realizzazione");
                }
                return Assessment.of(done.isAfter(due) ? BigDecimal.ZERO : HUNDRED, "scadenza");
            }
            case RELATIVE_YEAR:
                return relative(i, t, a);
            default:
                break;
        }
        if (a == null) {
            return Assessment.notAssessable("valore conseguito non numerico: \"" + (actual == null ? "" : actual.raw())
                    + "\"");
        }
        if (actual != null && t.isPercent() && !actual.parsed().isPercent() && !actual.raw().contains("%")
                && a.signum() > 0 && a.compareTo(BigDecimal.ONE) <= 0) {
            // "0,93" against ">= 95%" would be 1%: it may mean 93%, and only the document can say
            return Assessment.notAssessable("il valore \"" + actual.raw() + "\" è una frazione di uno e il target \""
                    + target.raw() + "\" una percentuale: va scritto in percentuale");
        }
        if (actual != null && actual.parsed().isPercent() && !actual.raw().contains("%") && !t.isPercent()) {
            // a fraction of one (scale: fraction) against a count: 0,8 of "50 imprese" is not 80 imprese
            return Assessment.notAssessable("il valore conseguito \"" + actual.raw() + "\" è una frazione di uno e il"
                    + " target \"" + target.raw() + "\" un numero: non si confrontano (se è un avanzamento, la"
                    + " mappatura lo legga con progress)");
        }
        BigDecimal tv = t.number();
        List<Threshold> thresholds = i.thresholds().stream().filter(x -> x.year() == year).toList();
        boolean lower = "<=".equals(t.comparator()) || "<".equals(t.comparator())
                || !thresholds.isEmpty() && number(thresholds.get(0).value()) != null
                && number(thresholds.get(0).value()).compareTo(tv) > 0;
        if (!thresholds.isEmpty()) {
            return steps(tv, a, thresholds, lower);
        }
        String method = (lower ? "più basso è meglio" : "più alto è meglio") + (note == null ? "" : ", " + note);
        BigDecimal p;
        if (lower) {
            p = a.compareTo(tv) <= 0 ? HUNDRED : a.signum() == 0 ? BigDecimal.ZERO : tv.multiply(HUNDRED).divide(a, MC);
        } else {
            p = tv.signum() == 0 ? (a.signum() >= 0 ? HUNDRED : BigDecimal.ZERO) : a.multiply(HUNDRED).divide(tv, MC);
            if (">".equals(t.comparator()) && a.compareTo(tv) == 0) {
                p = p.min(BigDecimal.valueOf(99.99));
            }
        }
        return Assessment.of(bound(p), method);
    }

    /** Thresholds ("soglie"): the target gives 100%, each threshold its own percentage, below them 0%. */
    private Assessment steps(BigDecimal target, BigDecimal a, List<Threshold> thresholds, boolean lower) {
        if (meets(a, target, lower)) {
            return Assessment.of(HUNDRED, "soglie");
        }
        for (Threshold th : thresholds) {
            BigDecimal v = number(th.value());
            if (v != null && meets(a, v, lower)) {
                return Assessment.of(th.achievement(), "soglie");
            }
        }
        return Assessment.of(BigDecimal.ZERO, "soglie");
    }

    private static boolean meets(BigDecimal a, BigDecimal limit, boolean lower) {
        return lower ? a.compareTo(limit) <= 0 : a.compareTo(limit) >= 0;
    }

    /**
     * "+20%", "-10%", ">= valore osservato nel 2020": judged against the other year's actual value, the indicator's
     * own or one another document states; two documents that state it differently leave it not assessable.
     */
    private Assessment relative(Indicator i, ParsedValue t, BigDecimal a) {
        ResolvedTarget r = RelativeTarget.resolve(i, t, year, references);
        if (!r.resolved()) {
            return Assessment.notAssessable(r.problem());
        }
        BigDecimal b = r.value();
        int other = r.year();
        if (a == null || b.signum() == 0) {
            return Assessment.notAssessable(a == null ? "valore conseguito non numerico"
                    : "il valore conseguito nel " + other + " è zero: il confronto in percentuale non si calcola");
        }
        if (t.number() == null) {
            boolean lower = "<=".equals(t.comparator()) || "<".equals(t.comparator());
            BigDecimal p = lower ? (a.compareTo(b) <= 0 ? HUNDRED : b.multiply(HUNDRED).divide(a, MC))
                    : a.multiply(HUNDRED).divide(b, MC);
            return Assessment.of(bound(p), "rispetto al " + other);
        }
        BigDecimal change = a.subtract(b).multiply(HUNDRED).divide(b, MC);
        BigDecimal p = change.multiply(HUNDRED).divide(t.number(), MC);
        return Assessment.of(bound(p.max(BigDecimal.ZERO)), "variazione rispetto al " + other);
    }

    /**
     * The achievement of an element: weighted mean of its assessable indicators and children; where the document
     * splits it between the indicators and the children ("Peso indicatori 40%", "Peso ob. Operativi 60%"), the
     * mean of each group weighted by its share ({@link ElementScore}).
     */
    public Assessment element(Element e) {
        return new ElementScore(this).of(e);
    }

    private BigDecimal bound(BigDecimal p) {
        BigDecimal r = p.max(BigDecimal.ZERO);
        return cap ? r.min(HUNDRED) : r;
    }

    static BigDecimal weight(Value v) {
        return v != null && v.parsed() != null && v.kind() == ValueKind.VALUE ? v.parsed().number() : null;
    }

    /** The number of a value or comparison, or null. */
    static BigDecimal number(Value v) {
        if (v == null || v.parsed() == null) {
            return null;
        }
        ParsedValue p = v.parsed();
        return p.kind() == ValueKind.VALUE || p.kind() == ValueKind.COMPARISON ? p.number() : null;
    }

}
