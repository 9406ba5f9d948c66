package pira.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pira.source.RawRow;
import pira.source.RawTable;

/**
 * The columns of a table as its header names them. A header of several rows gives each column a
 * path such as "Obiettivi strategici / Target / 2022": merged group cells count for every column they
 * span. Fields are found by regular expression on that path; a group {@code (?<year>...)} makes a field
 * a set of columns, one per year, and a group {@code (?<unit>...)} a set of columns, one per organisational unit
 * (an objectives x units matrix).
 */
final class HeaderIndex {

    private final List<String> paths;
    private final Map<String, Integer> single = new LinkedHashMap<>();
    private final Map<String, TreeMap<Integer, Integer>> byYear = new LinkedHashMap<>();
    private final Map<String, LinkedHashMap<String, Integer>> byUnit = new LinkedHashMap<>();
    private final List<String> missing = new ArrayList<>();
    /** The fields whose pattern matches several columns (or a year twice) with nothing to choose among them. */
    private final Map<String, List<String>> ambiguous = new LinkedHashMap<>();
    /** The widest row of the table: a column by position beyond it is missing. */
    private final int width;

    /**
     * A field's header pattern and which of the matching columns it takes (1 = the first), {@code chosen} where the
     * mapping says which ({@code nth}); or, where the mapping gives one, the column's position whatever its header.
     */
    record Column(Pattern header, int nth, Integer position, boolean chosen) {

        boolean perYear() {
            return header != null && header.pattern().contains("?<year>");
        }

        boolean perUnit() {
            return header != null && header.pattern().contains("?<unit>");
        }
    }

    /** @param tableWidth the widest row of the table */
    HeaderIndex(RawTable table, List<RawRow> headerRows, Map<String, Column> columns, int tableWidth) {
        this.paths = HeaderPaths.of(table, headerRows);
        this.width = Math.max(tableWidth, paths.size());
        // the unit fields last: a unit column is one that no other field reads ("^(?<unit>.+)$": every other column)
        List<Map.Entry<String, Column>> ordered = new ArrayList<>(columns.entrySet());
        ordered.sort(java.util.Comparator.comparing(c -> c.getValue().perUnit()));
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (Map.Entry<String, Column> c : ordered) {
            Integer position = c.getValue().position();
            if (position != null) {
                if (position <= width) {
                    single.put(c.getKey(), position);
                    taken.add(position);
                } else {
                    missing.add(c.getKey());
                }
                continue;
            }
            Pattern pattern = c.getValue().header();
            boolean yearField = c.getValue().perYear();
            boolean unitField = c.getValue().perUnit();
            TreeMap<Integer, Integer> years = new TreeMap<>();
            LinkedHashMap<String, Integer> units = new LinkedHashMap<>();
            Integer found = null;
            int seen = 0;
            List<Integer> matching = new ArrayList<>();
            for (int col = 1; col <= paths.size(); col++) {
                // an empty header cell is a candidate too (a Word table's code column often has none)
                Matcher m = pattern.matcher(BoundedText.of(paths.get(col - 1)));
                if (unitField && taken.contains(col)) {
                    continue;
                }
                if (m.find()) {
                    if (unitField) {
                        String unit = m.group("unit") == null ? "" : m.group("unit").trim();
                        if (unit.isEmpty() || units.putIfAbsent(unit, col) != null) {
                            matching.add(col); // a unit without a name, or the same unit twice
                        }
                    } else if (yearField) {
                        if (years.putIfAbsent(Integer.valueOf(m.group("year")), col) != null) {
                            matching.add(col); // the same year twice
                        }
                    } else {
                        matching.add(col);
                        if (++seen == c.getValue().nth()) {
                            found = col;
                        }
                    }
                }
            }
            if (!c.getValue().chosen() && (yearField || unitField ? !matching.isEmpty() : matching.size() > 1)) {
                ambiguous.put(c.getKey(), matching.stream().map(col -> pira.model.Location.columnLetters(col) + " \""
                        + paths.get(col - 1) + "\"").toList());
            }
            if (unitField && !units.isEmpty()) {
                byUnit.put(c.getKey(), units);
            } else if (yearField && !years.isEmpty()) {
                byYear.put(c.getKey(), years);
                taken.addAll(years.values());
            } else if (found != null) {
                single.put(c.getKey(), found);
                taken.add(found);
            } else {
                missing.add(c.getKey());
            }
        }
    }

    /** The headers of the columns, for messages: "3 colonne: A "Codice", B "", C "Indicatore"". */
    String describeColumns() {
        StringBuilder sb = new StringBuilder("la tabella ha " + width + (width == 1 ? " colonna" : " colonne"));
        for (int col = 1; col <= paths.size(); col++) {
            sb.append(col == 1 ? ": " : ", ").append(pira.model.Location.columnLetters(col)).append(" \"")
                    .append(paths.get(col - 1)).append('"');
        }
        return sb.toString();
    }

    /** The columns with a header that no field reads, as "H "Note"", for a note that lists them once. */
    List<String> unread() {
        java.util.Set<Integer> read = new java.util.HashSet<>(single.values());
        byYear.values().forEach(y -> read.addAll(y.values()));
        byUnit.values().forEach(u -> read.addAll(u.values()));
        List<String> out = new ArrayList<>();
        for (int col = 1; col <= paths.size(); col++) {
            if (!read.contains(col) && !paths.get(col - 1).isEmpty()) {
                out.add(pira.model.Location.columnLetters(col) + " \"" + paths.get(col - 1) + "\"");
            }
        }
        return out;
    }

    Integer column(String field) {
        return single.get(field);
    }

    TreeMap<Integer, Integer> yearColumns(String field) {
        return byYear.get(field);
    }

    /** The columns of a field with a group (?<unit>...), by the unit each names, in the header's order; or null. */
    LinkedHashMap<String, Integer> unitColumns(String field) {
        return field == null ? null : byUnit.get(field);
    }

    /** The fields whose header pattern matches several columns, each with the columns it matches. */
    Map<String, List<String>> ambiguous() {
        return ambiguous;
    }

    List<String> missing() {
        return missing;
    }

    List<String> paths() {
        return paths;
    }
}
