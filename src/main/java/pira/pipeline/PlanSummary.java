package pira.pipeline;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import pira.model.Element;
import pira.model.Level;
import pira.model.Plan;

/** A one-line Italian summary of a plan: levels and indicators found, notes. */
public final class PlanSummary {

    private PlanSummary() {
    }

    public static String of(Plan plan) {
        Map<Level, Integer> counts = new EnumMap<>(Level.class);
        for (Element e : plan.allElements()) {
            counts.merge(e.level(), 1, Integer::sum);
        }
        String levels = counts.entrySet().stream()
                .map(e -> e.getValue() + " " + (e.getValue() == 1
                        ? e.getKey().label().toLowerCase(Locale.ITALIAN) : e.getKey().plural()))
                .collect(Collectors.joining(", "));
        return (levels.isEmpty() ? "" : levels + ", ") + plan.allIndicators().size() + " indicatori, anni "
                + plan.years() + ", " + plan.notes().size() + " avvisi di importazione";
    }
}
