package pira.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pira.model.Location;

/**
 * The {@code columns} of a table draft, from the header's paths: a field for each column, one field for each kind
 * of year column ("Target / 2022".."2024": {@code (?<year>...)}), {@code nth} where two columns have the same path
 * (a cell merged over code and name), the position where a column with data has no header.
 */
final class DraftColumns {

    private static final Pattern YEAR = Pattern.compile("^(.*?)(20\\d\\d)$");
    /** The start of a cell's dotted code, and the name after it: "1.1 - Sostenere la competitività". */
    private static final String CODE = "^(?<value>\\d+(?:\\.\\d+)*)\\.?(?:\\s*[-\u2013]\\s+|\\s+)";
    private static final String NAME = "^\\d+(?:\\.\\d+)*\\.?(?:\\s*[-\u2013]\\s+|\\s+)(?<value>.+)$";

    /** A field: its YAML value after "name: ". */
    private final LinkedHashMap<String, String> fields = new LinkedHashMap<>();
    private final Map<Integer, String> byColumn = new HashMap<>();
    /** The fields of year columns, by the text before the year ("Target / "). */
    private final LinkedHashMap<String, String> yearFields = new LinkedHashMap<>();
    private final TreeSet<Integer> yearColumns = new TreeSet<>();
    /** The first column of each year field. */
    private final Map<String, Integer> firstYearColumn = new HashMap<>();

    DraftColumns(List<DataColumn> columns) {
        Map<String, List<DataColumn>> byPrefix = new LinkedHashMap<>();
        Map<String, List<DataColumn>> byPath = new LinkedHashMap<>();
        for (DataColumn c : columns) {
            Matcher m = YEAR.matcher(c.path());
            if (m.matches()) {
                byPrefix.computeIfAbsent(m.group(1).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(c);
            }
            byPath.computeIfAbsent(c.path().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(c);
        }
        for (DataColumn c : columns) {
            Matcher m = YEAR.matcher(c.path());
            List<DataColumn> kind = m.matches() ? byPrefix.get(m.group(1).toLowerCase(Locale.ROOT)) : null;
            if (kind != null && distinctYears(kind)) {
                yearColumns.add(c.column());
                if (!yearFields.containsKey(m.group(1))) {
                    String field = add(m.group(1).isBlank() ? "anno" : m.group(1),
                            MappingDraft.quote("^" + MappingDraft.escape(m.group(1)) + "(?<year>20\\d\\d)$"));
                    yearFields.put(m.group(1), field);
                    firstYearColumn.put(field, c.column());
                }
            } else if (!c.path().isEmpty()) {
                List<DataColumn> same = byPath.get(c.path().toLowerCase(Locale.ROOT));
                String header = MappingDraft.quote("^" + MappingDraft.escape(c.path()) + "$");
                byColumn.put(c.column(), add(c.path(), same.size() == 1 ? header
                        : "{header: " + header + ", nth: " + (same.indexOf(c) + 1) + "}"));
            } else if (c.filled() > 0) {
                String letter = Location.columnLetters(c.column());
                byColumn.put(c.column(), add("colonna " + letter, "{column: " + letter + "}"));
            }
        }
    }

    /** Whether no year comes twice among columns with the same text before the year. */
    private static boolean distinctYears(List<DataColumn> kind) {
        return kind.stream().map(c -> YEAR.matcher(c.path()).replaceFirst("$2")).distinct().count() == kind.size();
    }

    private String add(String text, String yaml) {
        String field = MappingDraft.unique(fields.keySet(), MappingDraft.slug(text));
        fields.put(field, yaml);
        return field;
    }

    /** The field of a column that is not a year column, or null. */
    String field(int column) {
        return byColumn.get(column);
    }

    boolean perYear(int column) {
        return yearColumns.contains(column);
    }

    /** The year fields, by the text before the year in their columns' paths. */
    Map<String, String> yearFields() {
        return yearFields;
    }

    /** The first column of a year field. */
    int firstColumn(String yearField) {
        return firstYearColumn.get(yearField);
    }

    /**
     * Two fields in the place of a column's field, for the code and the name that each of its cells holds ("1.1 -
     * Sostenere la competitività"): the code's field and the name's.
     */
    List<String> split(int column) {
        String field = byColumn.get(column);
        String header = fields.get(field);
        String over = header.startsWith("{") ? header.substring(1, header.length() - 1) : "header: " + header;
        String base = field.length() > 22 ? field.substring(0, 22).replaceAll("_+$", "") : field;
        LinkedHashMap<String, String> reordered = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        fields.forEach((f, yaml) -> {
            if (!f.equals(field)) {
                reordered.put(f, yaml);
                return;
            }
            for (String[] part : new String[][] {{"codice", CODE}, {"nome", NAME}}) {
                String name = MappingDraft.unique(fields.keySet(), base + "_" + part[0]);
                reordered.put(name, "{" + over + ", extract: " + MappingDraft.quote(part[1]) + "}");
                parts.add(name);
            }
        });
        fields.clear();
        fields.putAll(reordered);
        byColumn.remove(column);
        return parts;
    }

    String yaml() {
        StringBuilder y = new StringBuilder("\ncolumns:\n");
        fields.forEach((f, yaml) -> y.append("  ").append(f).append(": ").append(yaml).append('\n'));
        return y.toString();
    }
}
