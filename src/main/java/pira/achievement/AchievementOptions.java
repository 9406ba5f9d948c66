package pira.achievement;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import pira.model.AssignedUnit;
import pira.model.Indicator;
import pira.model.Plan;
import pira.model.Value;

/**
 * What the calculator takes from the chamber and from the whole plan, beyond year and cap: the rule that chooses the
 * period a score rests on, and which periods of each year the plan has monitored.
 *
 * <p>A period of a year is <b>monitored</b> ("rilevato") when at least one progress value ("Avanzamento") of that year
 * and period, of any indicator or assigned unit of the plan, is a number other than zero. A year with progress values
 * and no monitored period (every value 0 or blank: the export was taken before any monitoring) is <b>not yet
 * monitored</b>: its indicators that rest on progress are "non ancora rilevato", not "non raggiunto". One indicator at 0
 * while another indicator has progress in the same period is a real 0. Years without any progress value are not in
 * {@code monitored} and nothing is assumed about them.
 *
 * @param periods   the rule choosing the period
 * @param monitored by year, the periods with at least one progress value other than zero (empty: none)
 */
public record AchievementOptions(PeriodRule periods, Map<Integer, Set<String>> monitored) {

    /** The last period, nothing known of the plan's monitoring. */
    public static final AchievementOptions DEFAULT = new AchievementOptions(PeriodRule.LAST, Map.of());

    public AchievementOptions {
        periods = periods == null ? PeriodRule.LAST : periods;
        TreeMap<Integer, Set<String>> copy = new TreeMap<>();
        if (monitored != null) {
            // ordered: whatever reads the periods reads them in the same order on every JVM
            monitored.forEach((y, p) -> copy.put(y, java.util.Collections.unmodifiableSortedSet(new TreeSet<>(p))));
        }
        monitored = java.util.Collections.unmodifiableMap(copy);
    }

    /** The options of {@code plan}: its monitored periods, computed as the class says, with the rule {@code rule}. */
    public static AchievementOptions of(Plan plan, PeriodRule rule) {
        return new AchievementOptions(rule, monitored(plan));
    }

    /** By year, the periods in which some progress value of the plan is not zero (an empty set: none). */
    public static Map<Integer, Set<String>> monitored(Plan plan) {
        TreeMap<Integer, Set<String>> out = new TreeMap<>();
        for (Indicator i : plan.allIndicators()) {
            add(out, i.progress());
            for (AssignedUnit u : i.units()) {
                add(out, u.progress());
            }
        }
        return out;
    }

    private static void add(Map<Integer, Set<String>> out, SortedMap<Integer, SortedMap<String, Value>> progress) {
        progress.forEach((year, periods) -> {
            Set<String> set = out.computeIfAbsent(year, y -> new TreeSet<>());
            periods.forEach((period, v) -> {
                BigDecimal n = AchievementCalculator.number(v);
                if (n != null && n.signum() != 0) {
                    set.add(period);
                }
            });
        });
    }

    /** Whether the plan has progress values for {@code year} and none of them is other than zero. */
    public boolean notYetMonitored(int year) {
        return monitored.containsKey(year) && monitored.get(year).isEmpty();
    }

    /** Whether {@code period} of {@code year} is monitored, or nothing is known of the year. */
    boolean monitored(int year, String period) {
        return !monitored.containsKey(year) || monitored.get(year).contains(period);
    }

    /** This with the rule {@code rule}. */
    public AchievementOptions with(PeriodRule rule) {
        return new AchievementOptions(rule, monitored);
    }
}
