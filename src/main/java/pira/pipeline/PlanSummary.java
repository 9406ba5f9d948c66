package pira.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import pira.model.Element;
import pira.model.Level;
import pira.model.Counted;
import pira.model.Plan;
import pira.model.RowBalance;
import pira.tree.RowOutcome;

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
        long warnings = plan.notes().stream().filter(n -> !n.isInformation()).count();
        // the organisational units assigned (a matrix, an export by unit), so that the reader sees they were read
        java.util.Set<String> units = new java.util.TreeSet<>();
        plan.allElements().forEach(e -> e.units().forEach(u -> units.add(u.name())));
        plan.allIndicators().forEach(i -> i.units().forEach(u -> units.add(u.name())));
        return (levels.isEmpty() ? "" : levels + ", ") + Counted.of(plan.allIndicators().size(), "indicatore",
                "indicatori") + ", " + (units.isEmpty() ? "" : Counted.of(units.size(), "struttura assegnata",
                "strutture assegnate") + ", ") + "anni " + plan.years() + ", " + Counted.of(warnings,
                "avviso di importazione", "avvisi di importazione");
    }

    /**
     * The balance of each table of the document, one line each: "312 righe: 280 indicatori, 20 livelli, 9
     * intestazioni, 3 segnalate", with the sheet's name where the table is a sheet, and the file's where the plan
     * joins several; a table not read says why: "Note: 12 righe: 2 vuote, 10 non lette (intestazione non trovata)".
     */
    public static List<String> balance(Plan plan) {
        List<String> lines = new ArrayList<>();
        boolean severalFiles = plan.balance().stream().map(RowBalance::file).distinct().count() > 1;
        // with one table, its grouped rows are its own indicators'; with several, they may be another table's
        boolean oneTable = plan.balance().stream().filter(RowBalance::read).count() == 1;
        for (RowBalance b : plan.balance()) {
            String outcomes = Arrays.stream(RowOutcome.values())
                    .filter(o -> b.outcomes().containsKey(o.id()))
                    .filter(o -> o != RowOutcome.RAGGRUPPATA || !oneTable
                            || !b.outcomes().containsKey(RowOutcome.INDICATORE.id()))
                    .map(o -> o == RowOutcome.INDICATORE && oneTable ? indicators(b)
                            : o.count(b.outcomes().get(o.id())))
                    .collect(Collectors.joining(", "));
            String table = b.table().equals(b.file()) ? "" : b.table();
            String file = severalFiles ? b.file() : "";
            String where = file.isEmpty() && table.isEmpty() ? ""
                    : String.join(", ", java.util.stream.Stream.of(file, table).filter(x -> !x.isEmpty()).toList()) + ": ";
            lines.add(where + number(b.rows()) + (b.rows() == 1 ? " riga" : " righe")
                    + (outcomes.isEmpty() ? "" : ": " + outcomes) + (b.read() ? "" : " (" + b.unread() + ")"));
        }
        return lines;
    }

    /**
     * "129 indicatori in 1.222 righe raggruppate" where rows of one indicator were grouped ({@code group_by}),
     * else "27 indicatori".
     */
    private static String indicators(RowBalance b) {
        int read = b.outcomes().get(RowOutcome.INDICATORE.id());
        int grouped = b.outcomes().getOrDefault(RowOutcome.RAGGRUPPATA.id(), 0);
        String count = number(read) + (read == 1 ? " indicatore" : " indicatori");
        return grouped == 0 ? count : count + " in " + number(read + grouped) + " righe raggruppate";
    }

    /** 1.222, as an Italian reader writes it. */
    private static String number(int n) {
        return java.text.NumberFormat.getIntegerInstance(Locale.ITALIAN).format(n);
    }
}
