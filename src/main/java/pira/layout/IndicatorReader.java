package pira.layout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pira.model.ImportNote;
import pira.model.Indicator;
import pira.model.AssignedUnit;
import pira.model.Location;
import pira.model.ParsedValue;
import pira.model.Status;
import pira.model.Threshold;
import pira.model.Value;
import pira.source.RawRow;
import pira.value.StatusNotes;
import pira.value.ValueParser;
import pira.mapping.Mapping;

/** Reads the fields of one indicator from a data row, as an {@link Mapping.IndicatorSpec} says. */
final class IndicatorReader {

    private final String file;
    private final String sheet;
    private final Set<Integer> years;
    private final List<ImportNote> notes;
    private final Integer sheetYear;
    /** The fields whose columns hold fractions of one. */
    private final Set<String> fractions;
    private final Map<String, Pattern> patterns = new java.util.HashMap<>();
    /** The values above one read in each column of fractions, reported once a column. */
    private final Map<String, List<Value>> aboveOne = new java.util.TreeMap<>();

    /**
     * @param sheetYear the year of the values the table gives without one (from its sheet's name), or null
     * @param fractions the fields whose columns hold fractions of one
     */
    IndicatorReader(String file, String sheet, Set<Integer> years, List<ImportNote> notes, Integer sheetYear,
                    Set<String> fractions) {
        this.fractions = fractions;
        this.file = file;
        this.sheet = sheet;
        this.years = years;
        this.notes = notes;
        this.sheetYear = sheetYear;
    }

    Indicator read(Mapping.IndicatorSpec spec, RawRow row, Map<String, String> fields, HeaderIndex header) {
        String code = TableMapper.clean(fields.get(spec.code()));
        String name = TableMapper.clean(fields.get(spec.name()));
        boolean pira = false;
        if (spec.piraMarker() != null) {
            Pattern marker = pattern(spec.piraMarker(), Pattern.CASE_INSENSITIVE);
            if (name != null && marker.matcher(BoundedText.of(name)).find()) {
                pira = true;
                name = TableMapper.clean(marker.matcher(BoundedText.of(name)).replaceAll(" "));
            }
            if (code != null && marker.matcher(BoundedText.of(code)).find()) {
                pira = true;
                code = TableMapper.clean(marker.matcher(BoundedText.of(code)).replaceAll(" "));
            }
        }
        Status status = status(spec, row, fields, header);
        if (status == null && spec.statusPattern() != null && name != null) {
            Matcher m = pattern(spec.statusPattern(), Pattern.CASE_INSENSITIVE).matcher(BoundedText.of(name));
            if (m.find()) {
                status = StatusNotes.parse(m.group(), location(row, spec.name(), header));
                name = TableMapper.clean(name.substring(0, m.start()) + " " + name.substring(m.end()));
            }
        }
        String noteInName = StatusNotes.inText(name);
        if (noteInName != null) {
            // a note left in the name would make two revisions of one indicator look renamed, and say nothing
            notes.add(new ImportNote("NOTA-NEL-NOME", "il nome dell'indicatore " + (code == null ? "" : code + " ")
                    + "contiene una nota di revisione (\"" + noteInName + "\"): la mappatura la legga con 'status' o"
                    + " 'status_pattern'" + (spec.statusPattern() == null ? "" : " (l'espressione della mappatura non"
                    + " la trova)"), location(row, spec.name(), header)));
        }
        String pareto = null;
        if (spec.paretoPattern() != null) {
            Pattern pattern = pattern(spec.paretoPattern(), 0);
            for (String text : fields.values()) {
                Matcher m = pattern.matcher(BoundedText.of(text));
                if (m.find()) {
                    pareto = m.group("code");
                    break;
                }
            }
        }
        List<Threshold> thresholds = new ArrayList<>();
        if (spec.thresholds() != null) {
            new TreeMap<>(spec.thresholds().levels()).descendingMap().forEach((level, field) -> {
                Value v = value(fields, field, row, header);
                if (v != null) {
                    thresholds.add(new Threshold(spec.thresholds().year(), BigDecimal.valueOf(level), v));
                }
            });
        }
        SortedMap<Integer, Value> targets = byYear(spec.targets(), row, fields, header);
        SortedMap<Integer, Value> actuals = byYear(spec.actuals(), row, fields, header);
        // a row of a period (a quarter, "al 30/06") gives that period's value, not the year's
        String period = text(fields, spec.period());
        SortedMap<Integer, SortedMap<String, Value>> periods = new TreeMap<>();
        SortedMap<Integer, SortedMap<String, Value>> progress = new TreeMap<>();
        if (period != null) {
            for (Map.Entry<Integer, Value> e : actuals.entrySet()) {
                periods.put(e.getKey(), new TreeMap<>(Map.of(period, e.getValue())));
            }
            actuals = new TreeMap<>();
            for (Map.Entry<Integer, Value> e : byYear(spec.progress(), row, fields, header).entrySet()) {
                progress.put(e.getKey(), new TreeMap<>(Map.of(period, e.getValue())));
            }
        }
        // a row of one assigned unit gives that unit's values, not the indicator's own
        String assignee = text(fields, spec.assignee());
        List<AssignedUnit> units = new ArrayList<>();
        if (assignee != null) {
            units.add(new AssignedUnit(assignee, targets, actuals, periods,
                    value(fields, spec.assigneeShare(), row, header), progress));
            targets = new TreeMap<>();
            actuals = new TreeMap<>();
            periods = new TreeMap<>();
            progress = new TreeMap<>();
        } else {
            units.addAll(unitColumns(spec, row, fields, header));
        }
        return new Indicator(code, name,
                text(fields, spec.description()), text(fields, spec.type()), text(fields, spec.unit()),
                text(fields, spec.source()), text(fields, spec.algorithm()),
                value(fields, spec.weight(), row, header), pira, pareto,
                value(fields, spec.baseline(), row, header),
                targets, thresholds, actuals,
                value(fields, spec.outcome(), row, header), value(fields, spec.statedAchievement(), row, header),
                text(fields, spec.responsible()), text(fields, spec.notes()),
                row.locate(file, sheet, null), periods, units, units.isEmpty() ? null : rollup(spec), progress,
                status);
    }

    /** The status note in the column of the spec's {@code status} field, or null. */
    private Status status(Mapping.IndicatorSpec spec, RawRow row, Map<String, String> fields, HeaderIndex header) {
        String raw = spec.status() == null ? null : fields.get(spec.status());
        return TableMapper.blank(raw) ? null : StatusNotes.parse(raw, location(row, spec.status(), header));
    }

    /**
     * The units an objectives x units matrix gives the indicator: for each field of {@code assignee_share},
     * {@code targets} and {@code actuals} whose header has a group (?<unit>...), each non-empty cell is that unit's
     * share or value; a unit whose cells are all empty is not assigned.
     */
    private List<AssignedUnit> unitColumns(Mapping.IndicatorSpec spec, RawRow row, Map<String, String> fields,
                                           HeaderIndex header) {
        Map<String, SortedMap<Integer, Value>> targets = unitYearCells(spec.targets(), row, fields, header);
        Map<String, SortedMap<Integer, Value>> actuals = unitYearCells(spec.actuals(), row, fields, header);
        Map<String, Value> shares = unitCells(spec.assigneeShare(), row, header);
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(shares.keySet());
        names.addAll(targets.keySet());
        names.addAll(actuals.keySet());
        List<AssignedUnit> units = new ArrayList<>();
        for (String unit : names) {
            units.add(new AssignedUnit(unit, targets.get(unit), actuals.get(unit), null, shares.get(unit)));
        }
        return units;
    }

    /** The non-empty cells of a unit field's columns on the row, by unit; empty where the field is not one. */
    Map<String, Value> unitCells(String field, RawRow row, HeaderIndex header) {
        Map<String, Value> cells = new java.util.LinkedHashMap<>();
        Map<String, Integer> columns = header.unitColumns(field);
        if (columns != null) {
            columns.forEach((unit, col) -> {
                String raw = row.cell(col);
                if (!TableMapper.blank(raw)) {
                    cells.put(unit, valueOf(field, raw, row.locate(file, sheet, col)));
                }
            });
        }
        return cells;
    }

    /** A unit field's cells as values of the year the spec gives (year, year_field, or the sheet's). */
    private Map<String, SortedMap<Integer, Value>> unitYearCells(Mapping.YearValues spec, RawRow row,
                                                                 Map<String, String> fields, HeaderIndex header) {
        Map<String, SortedMap<Integer, Value>> out = new java.util.LinkedHashMap<>();
        if (spec == null || header.unitColumns(spec.field()) == null) {
            return out;
        }
        Map<String, Value> cells = unitCells(spec.field(), row, header);
        if (cells.isEmpty()) {
            return out;
        }
        Integer year = yearOf(spec, row, fields, header);
        if (year != null) {
            years.add(year);
            cells.forEach((unit, v) -> out.put(unit, new TreeMap<>(Map.of(year, v))));
        }
        return out;
    }

    private SortedMap<Integer, Value> byYear(Mapping.YearValues spec, RawRow row, Map<String, String> fields,
                                             HeaderIndex header) {
        SortedMap<Integer, Value> values = new TreeMap<>();
        if (spec == null) {
            return values;
        }
        spec.byYear().forEach((year, field) -> {
            years.add(year);
            Value v = value(fields, field, row, header);
            if (v != null) {
                values.put(year, v);
            }
        });
        if (spec.field() == null) {
            return values;
        }
        TreeMap<Integer, Integer> yearColumns = header.yearColumns(spec.field());
        if (yearColumns != null && spec.split() == null) {
            yearColumns.forEach((year, col) -> {
                String raw = row.cell(col);
                if (!raw.isBlank()) {
                    values.put(year, valueOf(spec.field(), raw, row.locate(file, sheet, col)));
                }
            });
            return values;
        }
        String raw = fields.get(spec.field());
        if (TableMapper.blank(raw)) {
            return values;
        }
        Location at = location(row, spec.field(), header);
        if (spec.split() != null) {
            Matcher m = pattern(spec.split(), Pattern.CASE_INSENSITIVE).matcher(BoundedText.of(raw));
            boolean any = false;
            while (m.find()) {
                any = true;
                int year = Integer.parseInt(m.group("year"));
                years.add(year);
                String piece = m.group("text").trim();
                values.put(year, valueOf(spec.field(), piece, at));
            }
            if (any) {
                return values;
            }
            if (spec.year() == null) {
                notes.add(new ImportNote("ANNO-NON-INDICATO", "il testo \"" + raw.trim() + "\" non indica l'anno"
                        + " a cui si riferisce: non è stato attribuito a nessun anno", at));
                return values;
            }
        }
        Integer year = yearOf(spec, row, fields, header);
        if (year != null) {
            years.add(year);
            values.put(year, valueOf(spec.field(), raw, at));
        }
        return values;
    }

    private String lastYearText;
    private Integer lastYear;

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");

    /**
     * The year of a value the spec reads without one in its header: the spec's own, the row's year column
     * ({@code year_field}), the year of another field's column ({@code year_of}), or the sheet's name; null where
     * none gives it.
     */
    private Integer yearOf(Mapping.YearValues spec, RawRow row, Map<String, String> fields, HeaderIndex header) {
        return spec.year() != null ? spec.year() : spec.yearField() != null
                ? yearIn(fields.get(spec.yearField()), row, header, spec.yearField())
                : spec.yearOf() != null ? yearOfColumn(spec, row, header) : sheetYear;
    }

    /** The year of the only year column of the field {@code year_of} names, or null (reported). */
    private Integer yearOfColumn(Mapping.YearValues spec, RawRow row, HeaderIndex header) {
        TreeMap<Integer, Integer> columns = header.yearColumns(spec.yearOf());
        if (columns != null && columns.size() == 1) {
            return columns.firstKey();
        }
        notes.add(new ImportNote("ANNO-NON-INDICATO", "il campo '" + spec.yearOf() + "' (year_of di '" + spec.field()
                + "') non ha " + (columns == null || columns.isEmpty() ? "una colonna con l'anno" : "una sola colonna"
                + " con l'anno " + columns.keySet()) + " in questa tabella: il valore non è stato attribuito a nessun"
                + " anno", location(row, spec.field(), header)));
        return null;
    }

    /** The year written in the year column of the row ("2021", "Anno 2021"), or null (reported). */
    private Integer yearIn(String text, RawRow row, HeaderIndex header, String field) {
        if (text != null && text.equals(lastYearText)) {
            return lastYear; // an export writes the same year on thousands of rows
        }
        Matcher m = YEAR.matcher(text == null ? "" : text);
        if (m.find()) {
            lastYearText = text;
            lastYear = Integer.valueOf(m.group(1));
            return lastYear;
        }
        notes.add(new ImportNote("ANNO-NON-INDICATO", "la colonna dell'anno ('" + field + "') non ha un anno su questa"
                + " riga: il valore non è stato attribuito a nessun anno", location(row, field, header)));
        return null;
    }

    /**
     * A field's text read as a value: as a fraction of one where its column says so ({@code scale: fraction}); a
     * fraction above one (more than 100%) is reported, as a progress cannot pass its end.
     */
    private Value valueOf(String field, String raw, Location at) {
        if (!fractions.contains(field)) {
            return new Value(raw.trim(), ValueParser.parse(raw), at);
        }
        ParsedValue parsed = ValueParser.parseFraction(raw);
        if (parsed.isPercent() && parsed.number() != null && parsed.number().compareTo(HUNDRED) > 0
                && !raw.contains("%")) {
            aboveOne.computeIfAbsent(field, f -> new ArrayList<>()).add(new Value(raw.trim(), parsed, at));
        }
        return new Value(raw.trim(), parsed, at);
    }

    /**
     * The values above one in a column of fractions, reported once a column when the table is read: a progress
     * cannot pass its end, and an export that writes 1,1 does it on many rows.
     */
    void reportFractionsAboveOne() {
        aboveOne.forEach((field, values) -> {
            String cells = values.stream().limit(10).map(v -> (v.location().cell() != null ? v.location().cell()
                    : "riga " + v.location().row()) + " \"" + v.raw() + "\"").collect(java.util.stream.Collectors
                    .joining(", ")) + (values.size() > 10 ? " e altre " + (values.size() - 10) : "");
            notes.add(new ImportNote("FRAZIONE-OLTRE-UNO", "la colonna '" + field + "', che contiene frazioni di uno,"
                    + (values.size() == 1 ? " ha un valore che supera 1: " : " ha " + values.size()
                    + " valori che superano 1: ") + cells, values.get(0).location()));
        });
        aboveOne.clear();
    }

    private static final java.math.BigDecimal HUNDRED = java.math.BigDecimal.valueOf(100);

    /** How an indicator's units roll up, in the model's words; the mean where the mapping does not say. */
    private static String rollup(Mapping.IndicatorSpec spec) {
        if (spec.unitsRollup() == null) {
            return null;
        }
        return switch (spec.unitsRollup()) {
            case "sum" -> "somma";
            case "share" -> "quota";
            default -> "media";
        };
    }

    /** The mapping's patterns, compiled once per table rather than once per row. */
    private Pattern pattern(String regex, int flags) {
        return patterns.computeIfAbsent(flags + ":" + regex, k -> Pattern.compile(regex, flags));
    }

    private Value value(Map<String, String> fields, String field, RawRow row, HeaderIndex header) {
        String raw = field == null ? null : fields.get(field);
        if (TableMapper.blank(raw)) {
            return null;
        }
        return valueOf(field, raw, location(row, field, header));
    }

    private Location location(RawRow row, String field, HeaderIndex header) {
        Integer col = header.column(field);
        return row.locate(file, sheet, col);
    }

    private static String text(Map<String, String> fields, String field) {
        return field == null ? null : TableMapper.clean(fields.get(field));
    }
}
