package pira.achievement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Level;
import pira.model.Threshold;
import pira.model.Value;
import pira.value.ValueParser;

/** The method of docs/calcolo.md, case by case. */
class AchievementCalculatorTest {

    private static Value v(String raw) {
        return raw == null ? null : new Value(raw, ValueParser.parse(raw), null);
    }

    private static Indicator ind(String name, String weight, String target, String actual, Object... more) {
        TreeMap<Integer, Value> targets = new TreeMap<>();
        TreeMap<Integer, Value> actuals = new TreeMap<>();
        if (target != null) {
            targets.put(2019, v(target));
        }
        if (actual != null) {
            actuals.put(2019, v(actual));
        }
        for (int i = 0; i < more.length; i += 2) {
            actuals.put((Integer) more[i], v((String) more[i + 1]));
        }
        return new Indicator("1.1.1", name, null, null, null, null, null, v(weight), false, null, null, targets,
                List.of(), actuals, null, null, null, null, null, null, null, null);
    }

    /** An indicator assigned to units: (name, target, actual, share) of each; rolled up as {@code rollup} says. */
    private static Indicator assigned(String rollup, String[]... units) {
        List<pira.model.AssignedUnit> list = new java.util.ArrayList<>();
        for (String[] u : units) {
            list.add(new pira.model.AssignedUnit(u[0], new TreeMap<>(java.util.Map.of(2019, v(u[1]))),
                    new TreeMap<>(java.util.Map.of(2019, v(u[2]))), null, v(u[3])));
        }
        return new Indicator("1.1.1", "Imprese assistite", null, null, null, null, null, null, false, null, null, null,
                List.of(), null, null, null, null, null, null, null, list, rollup);
    }

    @org.junit.jupiter.api.Test
    void unitsRollUpByMeanShareOrSum() {
        String[] big = {"Sede", "100", "90", "75"};
        String[] small = {"Filiale", "10", "5", "25"};
        AchievementCalculator c = new AchievementCalculator(2019, true);
        // mean: (90 + 50) / 2 = 70
        Assessment mean = c.indicator(assigned(null, big, small), null);
        assertThat(mean.percent()).isEqualByComparingTo("70");
        assertThat(mean.method()).isEqualTo("media delle strutture assegnatarie (valutate 2 di 2)");
        // by share: 0,75 * 90 + 0,25 * 50 = 80
        Assessment share = c.indicator(assigned("quota", big, small), null);
        assertThat(share.percent()).isEqualByComparingTo("80");
        assertThat(share.method()).isEqualTo("media delle strutture pesata per la loro quota (valutate 2 di 2)");
        // sum: 95 of 110
        Assessment sum = c.indicator(assigned("somma", big, small), null);
        assertThat(sum.percent()).isCloseTo(new BigDecimal("86.3636"),
                org.assertj.core.api.Assertions.within(new BigDecimal("0.0001")));
        assertThat(sum.method()).isEqualTo("più alto è meglio, somma delle 2 strutture");
        assertThat(c.indicator(assigned("somma", big, new String[] {"Filiale", "10", "in corso", "25"}), null)
                .reason()).isEqualTo("per sommare le strutture servono target e valore 2019 numerici di ognuna:"
                + " mancano per Filiale");
    }

    @ParameterizedTest(name = "target {0}, valore {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        ">= 95%  | 47%        | 49.47368 | più alto è meglio",
        "95%     | 96%        | 100      | più alto è meglio",
        "<= 30%  | 28,98 %    | 100      | più basso è meglio",
        "<= 6    | 8          | 75       | più basso è meglio",
        "SI      | SI         | 100      | sì/no",
        "SI      | NO         | 0        | sì/no",
        "31/12/2019 | 30/11/2019 | 100   | scadenza",
        "30/09/2019 | 15/10/2019 | 0     | scadenza",
        "n≥x 4.000 | N. 5.866 imprese attive | 100 | più alto è meglio",
    })
    void indicatorAchievement(String target, String actual, String expected, String method) {
        Assessment a = new AchievementCalculator(2019, true).indicator(ind("x", null, target.strip(), actual.strip()),
                null);
        assertThat(a.percent()).isCloseTo(new BigDecimal(expected), org.assertj.core.data.Offset.offset(
                new BigDecimal("0.0001")));
        assertThat(a.method()).isEqualTo(method);
    }

    @Test
    void notAssessableSaysWhy() {
        AchievementCalculator c = new AchievementCalculator(2019, true);
        assertThat(c.indicator(ind("x", null, ">= 95%", null), null).reason()).isEqualTo("manca il valore conseguito 2019");
        assertThat(c.indicator(ind("x", null, null, "5"), null).reason()).isEqualTo("manca il target 2019");
        assertThat(c.indicator(ind("x", null, "qualitativa", "buono"), null).reason())
                .isEqualTo("target qualitativo: lo valuta una persona");
        assertThat(c.indicator(ind("x", null, ">= 10% rispetto media nazionale", "12%"), null).reason())
                .isEqualTo("serve il valore di riferimento (media nazionale)");
        assertThat(c.indicator(ind("x", null, "+20%", "120"), null).reason()).isEqualTo("serve il valore conseguito nel 2018");
        assertThat(c.indicator(ind("x", null, "Anno di rilevazione", "7"), null).reason())
                .isEqualTo("anno di rilevazione, senza target");
        assertThat(c.indicator(ind("x", null, ">= 95%", "circa metà"), null).outcome()).isEqualTo("non valutabile");
        // a fraction of one against a target in per cent gave "1 %": it may mean 93%, which only the document says
        assertThat(c.indicator(ind("x", null, ">= 95%", "0,93"), null).reason()).isEqualTo("il valore \"0,93\" è una"
                + " frazione di uno e il target \">= 95%\" una percentuale: va scritto in percentuale");
    }

    @Test
    void relativeToTheYearBeforeWhenItsValueIsKnown() {
        AchievementCalculator c = new AchievementCalculator(2019, true);
        Assessment half = c.indicator(ind("x", null, "+20%", "110", 2018, "100"), null);
        assertThat(half.percent()).isEqualByComparingTo("50");
        Assessment reduced = c.indicator(ind("x", null, "-10%", "85", 2018, "100"), null);
        assertThat(reduced.percent()).isEqualByComparingTo("100");
    }

    /** Values of other years that another document states, as the history gives them. */
    private static ReferenceValues history(Object... yearTextDocument) {
        return (indicator, year) -> {
            List<ReferenceValues.Stated> out = new java.util.ArrayList<>();
            for (int k = 0; k < yearTextDocument.length; k += 3) {
                if (yearTextDocument[k].equals(year)) {
                    String doc = (String) yearTextDocument[k + 2];
                    String raw = (String) yearTextDocument[k + 1];
                    out.add(new ReferenceValues.Stated(new Value(raw, ValueParser.parse(raw),
                            pira.model.Location.of(doc, null, 3, 5, 5)), doc));
                }
            }
            return out;
        };
    }

    @ParameterizedTest(name = "{0} with {2} in 2018 and {1} in 2019")
    @CsvSource(delimiter = '|', value = {
        // target | actual 2019 | value 2018 | achievement | resolved target
        // a count asks for a whole number: 3.353 + 10% is 3.688,3, at least 3.689 (issue 24)
        "+10%                          | 3.689   | 3.353 | 100  | ≥ 3.689 (valore 2018: 3.353 + 10%)",
        "+20%                          | 110     | 100   | 50   | ≥ 120 (valore 2018: 100 + 20%)",
        "-10%                          | 18      | 20    | 100  | ≤ 18 (valore 2018: 20 - 10%)",
        "x ≤ x-1                       | 12      | 12    | 100  | ≤ 12 (valore 2018)",
        "x ≤ x-1                       | 15      | 12    | 80   | ≤ 12 (valore 2018)",
        ">= valore osservato nel 2018  | 45      | 50    | 90   | ≥ 50 (valore 2018)",
    })
    void relativeTargetsResolvedWithAnotherDocumentsValue(String target, String actual, String before,
                                                          String expected, String resolved) {
        AchievementCalculator alone = new AchievementCalculator(2019, true);
        Indicator i = ind("x", null, target, actual);
        assertThat(alone.indicator(i, null).reason()).isEqualTo("serve il valore conseguito nel 2018");
        assertThat(alone.resolvedTarget(i)).get().satisfies(r -> assertThat(r.resolved()).isFalse());
        AchievementCalculator withHistory = new AchievementCalculator(2019, true,
                history(2018, before, "relazione-2018.pdf"));
        assertThat(withHistory.indicator(i, null).percent()).isEqualByComparingTo(expected);
        assertThat(withHistory.resolvedTarget(i)).get().satisfies(r -> {
            assertThat(r.target()).isEqualTo(resolved);
            assertThat(r.sources()).containsExactly("relazione-2018.pdf, pagina 3, riga 5, colonna 5");
        });
    }

    @Test
    void aReferenceValueStatedDifferentlyIsNotChosen() {
        Indicator i = ind("x", null, "+10%", "3.700");
        AchievementCalculator c = new AchievementCalculator(2019, true, history(2018, "N. 3.353 nuovi rilasci",
                "relazione-2018.pdf", 2018, "3.400", "pira-2019-2021.pdf"));
        Assessment a = c.indicator(i, null);
        assertThat(a.assessable()).isFalse();
        assertThat(a.reason()).isEqualTo("il valore conseguito nel 2018 è diverso nei documenti: 3.353"
                + " (relazione-2018.pdf, pagina 3, riga 5, colonna 5); 3.400 (pira-2019-2021.pdf, pagina 3, riga 5,"
                + " colonna 5): non si sceglie");
        assertThat(c.resolvedTarget(i)).get().satisfies(r -> assertThat(r.resolved()).isFalse());
        // the same number in two documents is one value, both named
        AchievementCalculator agree = new AchievementCalculator(2019, true, history(2018, "3.353", "a.pdf",
                2018, "3353", "b.pdf"));
        assertThat(agree.resolvedTarget(i)).get().satisfies(r -> assertThat(r.sources()).hasSize(2));
        assertThat(agree.indicator(i, null).assessable()).isTrue();
        // the indicator's own value of the year before and a different one in another document: not chosen either
        Indicator own = ind("x", null, "+10%", "3.700", 2018, "3.000");
        assertThat(new AchievementCalculator(2019, true, history(2018, "3.353", "a.pdf")).indicator(own, null)
                .reason()).startsWith("il valore conseguito nel 2018 è diverso nei documenti: 3.000");
        // a target that is not relative has nothing to resolve
        assertThat(c.resolvedTarget(ind("x", null, ">= 95%", "96%"))).isEmpty();
    }

    @Test
    void capAt100ByDefault() {
        assertThat(new AchievementCalculator(2019, true).indicator(ind("x", null, ">= 100", "150"), null).percent())
                .isEqualByComparingTo("100");
        assertThat(new AchievementCalculator(2019, false).indicator(ind("x", null, ">= 100", "150"), null).percent())
                .isEqualByComparingTo("150");
    }

    @Test
    void thresholdsAsInTheSondrioPlan() {
        AchievementCalculator c = new AchievementCalculator(2019, true);
        Indicator base = ind("x", null, "3,25%", "2,90%");
        Indicator withSoglie = new Indicator("1.1.1", "x", null, null, null, null, null, null, false, null, null,
                base.targets(), List.of(new Threshold(2019, BigDecimal.valueOf(80), v("3,00%")),
                new Threshold(2019, BigDecimal.valueOf(60), v("2,85%"))), base.actuals(), null, null, null, null, null, null, null, null);
        assertThat(c.indicator(withSoglie, null).percent()).isEqualByComparingTo("60");
        assertThat(c.indicator(withSoglie, null).method()).isEqualTo("soglie");
    }

    @Test
    void rollUpIsWeightedWhereWeightsAreGivenAndTheSyntheticIndicatorIsComputed() {
        AchievementCalculator c = new AchievementCalculator(2019, true);
        Element op1 = new Element(Level.OBIETTIVO_OPERATIVO, "1.1", "a", null, v("60%"), null,
                List.of(ind("x", null, ">= 100", "50")), List.of());
        Element op2 = new Element(Level.OBIETTIVO_OPERATIVO, "1.2", "b", null, v("40%"), null,
                List.of(ind("y", null, ">= 100", "100")), List.of());
        Element os = new Element(Level.OBIETTIVO_STRATEGICO, "1", "s", null, null, null,
                List.of(ind("Valore medio performance obiettivi operativi", null, ">= 80", "100")), List.of(op1, op2));
        // children: 0.6 × 50 + 0.4 × 100 = 70; the synthetic indicator takes 70 as actual (not the 100 copied in)
        Assessment synthetic = c.indicator(os.indicators().get(0), os);
        assertThat(synthetic.percent()).isEqualByComparingTo("87.5");
        assertThat(synthetic.method()).contains("media calcolata degli obiettivi operativi");
        Assessment mean = c.element(os);
        // own synthetic indicator (no weight) and the two children (weights): not all weighted -> simple mean
        assertThat(mean.method()).isEqualTo("media semplice");
        assertThat(mean.percent()).isEqualByComparingTo(new BigDecimal("87.5").add(BigDecimal.valueOf(50))
                .add(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(3), new java.math.MathContext(12)));
        assertThat(c.element(new Element(Level.OBIETTIVO_STRATEGICO, "2", "t", null, null, null, List.of(),
                List.of(op1, op2))).percent()).isEqualByComparingTo("70");
    }

    @Test
    void sharesSplitAnElementBetweenItsIndicatorsAndItsChildren() {
        AchievementCalculator c = new AchievementCalculator(2019, true);
        Element op1 = new Element(Level.OBIETTIVO_OPERATIVO, "1.1.1", "a", null, null, null,
                List.of(ind("x", null, ">= 100", "50")), List.of());
        Element op2 = new Element(Level.OBIETTIVO_OPERATIVO, "1.1.2", "b", null, null, null,
                List.of(ind("y", null, ">= 100", "100")), List.of());
        Element programme = new Element(Level.PROGRAMMA, null, "p", null, null, null, List.of(), List.of(op1, op2));
        List<Indicator> own = List.of(ind("k", "50 %", ">= 10", "5"), ind("l", "50 %", ">= 10", "10"));
        Element os = new Element(Level.OBIETTIVO_STRATEGICO, "OS1.1", "s", null, v("50%"), v("40%"), v("60%"), null,
                own, List.of(programme));
        // indicators 0.5 × 50 + 0.5 × 100 = 75; programme: simple mean of its objectives, 50 and 100 = 75
        assertThat(c.element(os).percent()).isEqualByComparingTo("75");
        assertThat(c.element(os).method()).isEqualTo("quote: indicatori 40%, livelli inferiori 60%");
        Element onlyFirst = new Element(Level.PROGRAMMA, null, "p", null, null, null, List.of(), List.of(op2));
        Element os2 = new Element(Level.OBIETTIVO_STRATEGICO, "OS1.2", "s", null, null, v("40%"), v("60%"), null,
                own, List.of(onlyFirst));
        // 0.4 × 75 + 0.6 × 100 = 90, where a plain mean of the two indicators and the programme would give 83.3
        assertThat(c.element(os2).percent()).isEqualByComparingTo("90");
        Element noChildResult = new Element(Level.OBIETTIVO_STRATEGICO, "OS1.3", "s", null, null, v("40%"), v("60%"),
                null, own, List.of(new Element(Level.PROGRAMMA, null, "q", null, null, null, List.of(), List.of())));
        assertThat(c.element(noChildResult).percent()).isEqualByComparingTo("75");
        assertThat(c.element(noChildResult).method()).isEqualTo("solo indicatori (livelli inferiori non valutabili)");
    }

    /** An indicator with a stated outcome ("Obiettivo raggiunto") and a stated achievement, as a Relazione gives. */
    private static Indicator declaring(String target, String actual, String outcome, String stated) {
        Indicator i = ind("x", null, target, actual);
        return new Indicator(i.code(), i.name(), null, null, null, null, null, null, false, null, null, i.targets(),
                List.of(), i.actuals(), v(outcome), v(stated), null, null, null, null, null, null);
    }

    /** Issue 24: where the value cannot be judged, what the document declares counts, marked, unless chosen not to. */
    @Test
    void aDeclaredOutcomeCountsWhereTheValueCannotBeJudged() {
        AchievementCalculator calc = new AchievementCalculator(2019, true);
        Indicator sentence = declaring("Sì", "Ideazione di un modello di reportistica", "Obiettivo raggiunto", null);
        Assessment a = calc.indicator(sentence, null);
        assertThat(a.declared()).isTrue();
        assertThat(a.percent()).isEqualByComparingTo("100");
        assertThat(a.reason()).isEqualTo("il valore conseguito non è un sì/no");
        assertThat(calc.indicator(declaring("Sì", "Un testo", "Obiettivo non raggiunto", null), null).percent())
                .isEqualByComparingTo("0");
        // a partial outcome without a percentage gives no number
        assertThat(calc.indicator(declaring("Sì", "Un testo", "Obiettivo parzialmente raggiunto", null), null)
                .assessable()).isFalse();
        // a stated percentage goes before the words
        assertThat(calc.indicator(declaring("-10%", null, "Obiettivo non raggiunto", "55"), null).percent())
                .isEqualByComparingTo("55");
        // a value that can be judged is judged, whatever is declared
        Assessment judged = calc.indicator(declaring(">= 90%", "45%", "Obiettivo raggiunto", null), null);
        assertThat(judged.declared()).isFalse();
        assertThat(judged.percent()).isEqualByComparingTo("50");
        // the chamber may choose not to count them
        AchievementCalculator strict = new AchievementCalculator(2019, true, ReferenceValues.NONE,
                new Choices(false, false, false), AchievementOptions.DEFAULT);
        assertThat(strict.indicator(sentence, null).assessable()).isFalse();
    }

    /** Issue 24: a value that is itself a change, against a change target, needs no value of the year before. */
    @ParameterizedTest(name = "{1} against {0}")
    @CsvSource(delimiter = '|', value = {
        "-10% | -11%                                          | 100",
        "-10% | -5%                                           | 50",
        "+20% | +10%                                          | 50",
        "+20% | -10%                                          | 0",
        "-10% | Riduzione del 12%: -12% sul 2018              | 100",
    })
    void aReportedChangeIsJudgedDirectly(String target, String actual, String expected) {
        Assessment a = new AchievementCalculator(2019, true).indicator(ind("x", null, target, actual), null);
        assertThat(a.percent()).isEqualByComparingTo(expected);
        assertThat(a.method()).isEqualTo("variazione conseguita / variazione attesa");
    }

    /** Several changes in one sentence are judged where they all give the same achievement, else not. */
    @Test
    void aSentenceWithSeveralChanges() {
        Assessment all = new AchievementCalculator(2019, true).indicator(ind("x", null, "-10%",
                "Pratiche RI -11% pratiche attività regolate -16% pratiche artigianato -37%"), null);
        assertThat(all.percent()).isEqualByComparingTo("100");
        assertThat(all.read()).isEqualTo("-11%, -16%, -37%");
        Assessment mixed = new AchievementCalculator(2019, true).indicator(ind("x", null, "-10%",
                "Pratiche RI -11% pratiche artigianato -5%"), null);
        assertThat(mixed.assessable()).isFalse();
        assertThat(mixed.reason()).isEqualTo("il valore riporta 2 variazioni (-11%, -5%) che danno raggiungimenti"
                + " diversi: non si sceglie quale confrontare con il target -10%");
    }

    /** Issue 24: the plan's target by default, the reported one where chosen; the year holds what has something. */
    @Test
    void thePlansTargetUnlessChosenAndOnlyWhatTheYearHas() {
        Indicator i = ind("x", null, "30/09/2019", "02/12/2019");
        TreeMap<Integer, Value> reported = new TreeMap<>(java.util.Map.of(2019, v("Entro 31.12")));
        Indicator changed = new Indicator(i.code(), i.name(), null, null, null, null, null, null, false, null, null,
                i.targets(), List.of(), i.actuals(), null, null, null, null, null, null, null, null, null, null,
                reported);
        assertThat(new AchievementCalculator(2019, true).indicator(changed, null).percent()).isEqualByComparingTo("0");
        AchievementCalculator byReport = new AchievementCalculator(2019, true, ReferenceValues.NONE,
                new Choices(true, false, true), AchievementOptions.DEFAULT);
        assertThat(byReport.indicator(changed, null).percent()).isEqualByComparingTo("100");
        // an indicator with a target for 2019 only is not in 2020; one withdrawn is in no year
        AchievementCalculator in2020 = new AchievementCalculator(2020, true);
        assertThat(in2020.inYear(i)).isFalse();
        assertThat(new AchievementCalculator(2019, true).inYear(i)).isTrue();
        Indicator withdrawn = i.withStatus(new pira.model.Status("Eliminato in sede di rolling annuale",
                pira.model.StatusKind.ELIMINATO, null, null));
        assertThat(new AchievementCalculator(2019, true).inYear(withdrawn)).isFalse();
        // and an objective's score rests only on what the year has, and on unplanned indicators only if chosen
        Indicator reached = ind("y", null, ">= 90%", "95%");
        Indicator missed = ind("z", null, ">= 90%", "45%");
        Element e = new Element(Level.OBIETTIVO_OPERATIVO, "1.1", "o", null, null, null, null, null,
                List.of(reached, ind("w", null, null, null, 2018, "3")), List.of(), List.of(), List.of(missed));
        Assessment plain = new AchievementCalculator(2019, true).element(e);
        assertThat(plain.percent()).isEqualByComparingTo("100");
        assertThat(plain.coverage().describe()).isEqualTo("valutati 1 di 1 indicatori");
        Assessment counting = new AchievementCalculator(2019, true, ReferenceValues.NONE,
                new Choices(false, true, true), AchievementOptions.DEFAULT).element(e);
        assertThat(counting.percent()).isEqualByComparingTo("75");
    }

    /**
     * Issue 24: a share of 0 is the chamber's rule, not a gap: with "100%" / "0%" the element is its own indicators'
     * mean, and where they cannot be assessed it is not assessable, rather than its children's (which it was before).
     */
    @Test
    void aZeroShareNeverStandsInForTheOtherPart() {
        AchievementCalculator c = new AchievementCalculator(2019, true);
        Element op = new Element(Level.OBIETTIVO_OPERATIVO, "1.1.1", "a", null, null, null,
                List.of(ind("x", null, ">= 100", "50")), List.of());
        Element ownAlone = new Element(Level.OBIETTIVO_STRATEGICO, "1.1", "s", null, null, v("100%"), v("0%"), null,
                List.of(ind("k", null, ">= 10", "10"), ind("l", null, ">= 10", "5")), List.of(op));
        assertThat(c.element(ownAlone).percent()).isEqualByComparingTo("75");
        Element ownMissing = new Element(Level.OBIETTIVO_STRATEGICO, "1.2", "s", null, null, v("100%"), v("0%"), null,
                List.of(ind("k", null, ">= 10", null)), List.of(op));
        assertThat(c.element(ownMissing).assessable()).isFalse();
        assertThat(c.element(ownMissing).reason()).isEqualTo("nessun indicatore proprio valutabile (quota dei livelli"
                + " inferiori 0%)");
        Element childrenAlone = new Element(Level.OBIETTIVO_STRATEGICO, "1.3", "s", null, null, v("0%"), v("100%"),
                null, List.of(ind("k", null, ">= 10", "10")), List.of(op));
        assertThat(c.element(childrenAlone).percent()).isEqualByComparingTo("50");
    }
}
