package pira.achievement;

import static pira.achievement.AchievementCalculator.MC;
import static pira.achievement.AchievementCalculator.NOT_YET;
import static pira.achievement.AchievementCalculator.weight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Level;

/**
 * The achievement of an element (docs/calcolo.md, "Per livello"): the mean of its indicators and children of the year,
 * weighted where every part has a weight; split between its own indicators and its children where the document or the
 * mapping gives the two shares; "non ancora rilevato" where nothing below it has been monitored; with the coverage it
 * rests on. Each indicator is judged by the calculator.
 */
final class ElementScore {

    private final AchievementCalculator calculator;
    private final int year;

    ElementScore(AchievementCalculator calculator) {
        this.calculator = calculator;
        this.year = calculator.year();
    }

    /** The achievement of {@code e} in the calculator's year. */
    Assessment of(Element e) {
        Assessment a = shares(e);
        if (!a.assessable() && calculator.options().notYetMonitored(year) && notYet(e)) {
            // nothing below it has been monitored this year: not a failure, and said as such
            return Assessment.notAssessable(NOT_YET + " (nessun avanzamento " + year + " del piano è diverso da zero)",
                    a.coverage());
        }
        return a;
    }

    /** Whether every indicator of the year at any depth below an element is not yet monitored (and there is one). */
    private boolean notYet(Element e) {
        List<Indicator> own = calculator.indicatorsOf(e);
        List<Element> below = calculator.childrenOf(e);
        return (!own.isEmpty() || !below.isEmpty())
                && own.stream().allMatch(i -> calculator.indicator(i, e).notYetMonitored())
                && below.stream().allMatch(this::notYet);
    }

    private Assessment shares(Element e) {
        BigDecimal own = weight(e.indicatorsWeight());
        BigDecimal below = weight(e.childrenWeight());
        List<Indicator> scoredIndicators = calculator.indicatorsOf(e);
        List<Element> scoredChildren = calculator.childrenOf(e);
        if (own == null || below == null) {
            return mean(scoredChildren, scoredIndicators, e);
        }
        Assessment indicators = mean(List.of(), scoredIndicators, e);
        Assessment children = mean(scoredChildren, List.of(), e);
        Assessment.Coverage coverage = new Assessment.Coverage(indicators.coverage().assessed()
                + children.coverage().assessed(), indicators.coverage().total() + children.coverage().total(),
                partsOf(scoredChildren, scoredIndicators));
        if (!children.assessable() || below.signum() == 0 && own.signum() > 0) {
            if (below.signum() == 0 && own.signum() > 0) {
                // the chamber's rule: the result is its own indicators' alone
                return indicators.assessable() ? Assessment.of(indicators.percent(), "solo gli indicatori propri"
                        + " (quote: indicatori " + e.indicatorsWeight().raw() + ", livelli inferiori "
                        + e.childrenWeight().raw() + ")", indicators.coverage())
                        : Assessment.notAssessable("nessun indicatore proprio valutabile (quota dei livelli inferiori "
                        + e.childrenWeight().raw() + ")", indicators.coverage());
            }
            return indicators.assessable()
                    ? Assessment.of(indicators.percent(), "solo indicatori (livelli inferiori non valutabili)",
                    coverage)
                    : Assessment.notAssessable("nessun indicatore valutabile", coverage);
        }
        if (own.signum() == 0 && below.signum() > 0) {
            return Assessment.of(children.percent(), "solo i livelli inferiori (quote: indicatori "
                    + e.indicatorsWeight().raw() + ", livelli inferiori " + e.childrenWeight().raw() + ")",
                    children.coverage());
        }
        if (!indicators.assessable()) {
            return Assessment.of(children.percent(), "solo livelli inferiori (indicatori non valutabili)", coverage);
        }
        BigDecimal total = own.add(below);
        if (total.signum() == 0) {
            return Assessment.notAssessable("quote tutte a zero", coverage);
        }
        return Assessment.of(indicators.percent().multiply(own).add(children.percent().multiply(below))
                .divide(total, MC), "quote: indicatori " + e.indicatorsWeight().raw() + ", livelli inferiori "
                + e.childrenWeight().raw(), coverage);
    }

    /** The (weighted, where all have weights) mean of the assessable ones among indicators and children. */
    Assessment mean(List<Element> children, List<Indicator> indicators, Element owner) {
        List<BigDecimal[]> parts = new ArrayList<>();
        for (Indicator i : indicators) {
            Assessment a = calculator.indicator(i, owner);
            if (a.assessable()) {
                parts.add(new BigDecimal[] {a.percent(), weight(i.weight())});
            }
        }
        for (Element c : children) {
            Assessment a = of(c);
            if (a.assessable()) {
                parts.add(new BigDecimal[] {a.percent(), weight(c.weight())});
            }
        }
        Assessment.Coverage coverage = new Assessment.Coverage(parts.size(), indicators.size() + children.size(),
                partsOf(children, indicators));
        if (parts.isEmpty()) {
            return Assessment.notAssessable("nessun indicatore valutabile", coverage);
        }
        boolean weighted = parts.stream().allMatch(p -> p[1] != null);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (BigDecimal[] p : parts) {
            BigDecimal w = weighted ? p[1] : BigDecimal.ONE;
            sum = sum.add(p[0].multiply(w));
            weights = weights.add(w);
        }
        if (weights.signum() == 0) {
            return Assessment.notAssessable("pesi tutti a zero", coverage);
        }
        return Assessment.of(sum.divide(weights, MC), weighted ? "media pesata" : "media semplice", coverage);
    }

    /** What an element's mean is made of, in words: "obiettivi operativi", "indicatori", or both. */
    private static String partsOf(List<Element> children, List<Indicator> indicators) {
        java.util.Set<Level> levels = java.util.EnumSet.noneOf(Level.class);
        children.forEach(c -> levels.add(c.level()));
        String below = levels.size() == 1 ? levels.iterator().next().plural() : "livelli inferiori";
        if (children.isEmpty()) {
            return "indicatori";
        }
        return indicators.isEmpty() ? below : "tra indicatori e " + below;
    }
}
