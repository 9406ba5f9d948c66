package pira.mapping;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import pira.model.Element;
import pira.model.ImportNote;
import pira.model.Indicator;
import pira.model.Level;
import pira.model.Location;
import pira.model.Value;
import pira.source.CellRange;
import pira.source.RawRow;
import pira.source.RawTable;
import pira.value.ValueParser;

/**
 * Reads one raw table through a mapping into the tree of levels and indicators. Rows are classified
 * one by one: blank, ignored, header (again), level opener, data row; a row that is none of these is
 * kept as the description of the element opened just before it, or reported, never dropped silently.
 */
public final class TableMapper {

    private static final int HEADER_SEARCH_ROWS = 60;

    private final Mapping mapping;
    private final String file;
    private final RawTable table;
    private final Map<String, HeaderIndex.Column> columns = new LinkedHashMap<>();
    private final List<Pattern> findWords = new ArrayList<>();
    private final List<Pattern> openers = new ArrayList<>();
    private final List<Pattern> ignore = new ArrayList<>();
    private final Map<Mapping.IndicatorSpec, Pattern> whenPatterns = new java.util.IdentityHashMap<>();
    private final Map<String, Pattern> extracts = new LinkedHashMap<>();
    private final IndicatorReader indicatorReader;
    private final Set<String> essential = new TreeSet<>();

    private final List<Indicator> planIndicators = new ArrayList<>();
    private final List<ImportNote> notes = new ArrayList<>();
    /** The levels in the order the mapping nests them (levels, then openers); a level's rank is its index. */
    private final List<Level> order = new ArrayList<>();
    private final OpenLevels open;
    /** The level of each entry of {@code mapping.levels()}, in the same order. */
    private final List<Level> columnLevels = new ArrayList<>();
    private final Map<String, String> lastValue = new LinkedHashMap<>();
    private final Set<Integer> years = new TreeSet<>();
    private HeaderIndex header;
    private ElementBuilder describing;

    public TableMapper(Mapping mapping, String file, RawTable table) {
        this.mapping = mapping;
        this.file = file;
        this.table = table;
        mapping.columns().forEach((field, spec) -> {
            columns.put(field, new HeaderIndex.Column(
                    Pattern.compile(spec.header(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), spec.occurrence()));
            if (spec.extract() != null) {
                extracts.put(field, Pattern.compile(spec.extract(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                        | Pattern.DOTALL));
            }
        });
        for (String word : mapping.header().find()) {
            findWords.add(wordPattern(word));
        }
        for (Mapping.OpenerSpec o : mapping.openers()) {
            openers.add(Pattern.compile(o.match(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        for (String r : mapping.ignoreRows()) {
            ignore.add(Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        for (Mapping.LevelSpec l : mapping.levels()) {
            addIfPresent(essential, l.code(), l.name());
        }
        for (Mapping.IndicatorSpec s : mapping.indicators()) {
            if (s.when() != null && s.when().matches() != null) {
                whenPatterns.put(s, Pattern.compile(s.when().matches()));
            }
        }
        for (Mapping.IndicatorSpec s : mapping.indicators()) {
            addIfPresent(essential, s.name(), s.when() == null ? null : s.when().field());
        }
        for (Mapping.LevelSpec l : mapping.levels()) {
            columnLevels.add(Level.fromId(l.level()));
            addLevel(Level.fromId(l.level()));
        }
        for (Mapping.OpenerSpec o : mapping.openers()) {
            addLevel(Level.fromId(o.level()));
        }
        this.open = new OpenLevels(order.size());
        this.indicatorReader = new IndicatorReader(file, table.name(), years, notes);
    }

    private void addLevel(Level level) {
        if (!order.contains(level)) {
            order.add(level);
        }
    }

    /** A pattern that finds {@code word} in a cell, ignoring case and surrounding text. */
    static Pattern wordPattern(String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(Text.key(word)) + "(?![\\p{L}\\p{N}])");
    }

    /** Whether the table has a header row for this mapping among its first rows. */
    public boolean hasHeader() {
        return firstHeaderRow() >= 0;
    }

    /** The result of reading the table. */
    public record Result(List<Element> elements, List<Indicator> indicators, List<ImportNote> notes,
                         Set<Integer> years) {
    }

    public Result map() throws MappingMismatchException {
        List<RawRow> rows = table.rows();
        int start = firstHeaderRow();
        if (start < 0) {
            throw new MappingMismatchException(file + ", foglio " + table.name() + ": intestazione non trovata:"
                    + " nessuna delle prime " + HEADER_SEARCH_ROWS + " righe contiene tutte le parole "
                    + mapping.header().find() + ". Controllare di aver scelto il file e la mappatura giusti.");
        }
        int i = readHeader(rows, start, true);
        if (mapping.header().repeated()) {
            i = 0; // openers may stand above the first header: read from the top
        }
        while (i < rows.size()) {
            RawRow row = rows.get(i);
            if (row.isBlank()) {
                describing = null;
                i++;
            } else if (isHeader(row)) {
                describing = null;
                i = readHeader(rows, i, mapping.header().repeated());
            } else {
                readRow(row);
                i++;
            }
        }
        return new Result(open.build(), planIndicators, notes, years);
    }

    private int firstHeaderRow() {
        List<RawRow> rows = table.rows();
        for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS); i++) {
            if (isHeader(rows.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private boolean isHeader(RawRow row) {
        for (String word : mapping.header().find()) {
            if (!anyCellContains(row, word)) {
                return false; // the common case, a data row, decided without building its text
            }
        }
        String text = headerText(row);
        for (Pattern word : findWords) {
            if (!word.matcher(text).find()) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyCellContains(RawRow row, String word) {
        String first = word.strip();
        int space = first.indexOf(' ');
        String probe = space < 0 ? first : first.substring(0, space);
        for (int c = 1; c <= row.width(); c++) {
            String cell = row.cell(c);
            for (int i = 0; i + probe.length() <= cell.length(); i++) {
                if (cell.regionMatches(true, i, probe, 0, probe.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The row's cells, each folded and lower-cased, joined by " | ", for finding header words. */
    static String headerText(RawRow row) {
        StringBuilder sb = new StringBuilder();
        for (int c = 1; c <= row.width(); c++) {
            String t = row.cell(c);
            if (!t.isBlank()) {
                sb.append(Text.key(t)).append(" | ");
            }
        }
        return sb.toString();
    }

    /** Reads the header starting at {@code index} and returns the index of the first row after it. */
    private int readHeader(List<RawRow> rows, int index, boolean rebuild) throws MappingMismatchException {
        int end = Math.min(index + mapping.header().rowCount(), rows.size());
        if (rebuild) {
            HeaderIndex next = new HeaderIndex(table, rows.subList(index, end), columns);
            List<String> missingEssential = next.missing().stream().filter(essential::contains).toList();
            if (!missingEssential.isEmpty()) {
                throw new MappingMismatchException(file + ", foglio " + table.name() + ", riga "
                        + rows.get(index).number() + ": colonne non trovate per " + describeMissing(missingEssential)
                        + "; intestazioni presenti: " + next.paths().stream().filter(p -> !p.isEmpty()).toList());
            }
            for (String m : next.missing()) {
                notes.add(new ImportNote("COLONNA-ASSENTE", "la colonna del campo '" + m + "' (intestazione "
                        + mapping.columns().get(m) + ") non c'è in questa tabella: il campo resta vuoto",
                        rows.get(index).locate(file, table.name(), null)));
            }
            header = next;
            for (String field : mapping.columns().keySet()) {
                TreeMap<Integer, Integer> yc = header.yearColumns(field);
                if (yc != null) {
                    years.addAll(yc.keySet());
                }
            }
        }
        return end;
    }

    private String describeMissing(List<String> fields) {
        return fields.stream().map(f -> "'" + f + "' (" + mapping.columns().get(f) + ")")
                .collect(Collectors.joining(", "));
    }

    private void readRow(RawRow row) {
        String text = ignore.isEmpty() && openers.isEmpty() ? null : rowText(row, "\t");
        for (Pattern p : ignore) {
            if (p.matcher(text).find()) {
                return;
            }
        }
        for (int o = 0; o < openers.size(); o++) {
            Matcher m = openers.get(o).matcher(text);
            if (m.find()) {
                open(mapping.openers().get(o), m, row);
                return;
            }
        }
        Map<String, String> fields = fieldValues(row);
        List<Mapping.IndicatorSpec> specs = new ArrayList<>(mapping.indicators().size());
        for (Mapping.IndicatorSpec s : mapping.indicators()) {
            if (applies(s, fields)) {
                specs.add(s);
            }
        }
        boolean levelsOnRow = false;
        for (Mapping.LevelSpec l : mapping.levels()) {
            levelsOnRow |= !blank(fields.get(l.code())) || !blank(fields.get(l.name()));
        }
        if (specs.isEmpty() && !levelsOnRow) {
            String line = Text.fold((text == null ? rowText(row, "\t") : text).replace('\t', ' '));
            if (describing != null) {
                describing.appendDescription(line);
            } else {
                notes.add(new ImportNote("RIGA-IGNORATA", "riga non riconosciuta (non è un'intestazione, un livello"
                        + " né un indicatore): \"" + abbreviate(line) + "\"",
                        row.locate(file, table.name(), null)));
            }
            return;
        }
        describing = null;
        Map<Level, Boolean> opened = openColumnLevels(fields, row);
        ElementBuilder deepest = deepestOnRow(fields);
        for (Mapping.IndicatorSpec spec : specs) {
            ElementBuilder owner;
            if (spec.level() != null) {
                Level level = Level.fromId(spec.level());
                if (!opened.getOrDefault(level, false) && isColumnLevel(level)) {
                    continue; // an indicator of an upper level is read once, on the row that opens it
                }
                owner = open.at(order.indexOf(level));
            } else {
                owner = deepest;
            }
            Indicator indicator = indicatorReader.read(spec, row, fields, header);
            if (owner == null) {
                planIndicators.add(indicator);
            } else {
                owner.indicators.add(indicator);
            }
        }
    }

    private boolean applies(Mapping.IndicatorSpec spec, Map<String, String> fields) {
        String whenField = spec.when() != null ? spec.when().field() : spec.name();
        String value = fields.get(whenField);
        if (blank(value)) {
            return false;
        }
        Pattern pattern = whenPatterns.get(spec);
        return pattern == null || pattern.matcher(Text.fold(value)).find();
    }

    private boolean isColumnLevel(Level level) {
        return columnLevels.contains(level);
    }

    /** Opens or continues the levels read from columns; says which were opened on this row. */
    private Map<Level, Boolean> openColumnLevels(Map<String, String> fields, RawRow row) {
        Map<Level, Boolean> opened = new EnumMap<>(Level.class);
        boolean parentChanged = false;
        for (int i = 0; i < mapping.levels().size(); i++) {
            Mapping.LevelSpec spec = mapping.levels().get(i);
            Level level = columnLevels.get(i);
            String code = clean(fields.get(spec.code()));
            String name = clean(fields.get(spec.name()));
            String key = code != null ? code : name;
            if (key == null) {
                break;
            }
            ElementBuilder current = open.at(order.indexOf(level));
            if (current != null && !parentChanged && key.equals(current.key())) {
                continue;
            }
            Value weight = spec.weight() == null ? null : value(fields, spec.weight(), row);
            String description = clean(fields.get(spec.description()));
            Location at = locationOf(row, spec.code() != null ? spec.code() : spec.name());
            attach(new ElementBuilder(level, code, name, weight, at, description));
            opened.put(level, true);
            parentChanged = true;
        }
        return opened;
    }

    private ElementBuilder deepestOnRow(Map<String, String> fields) {
        ElementBuilder deepest = null;
        for (int i = 0; i < mapping.levels().size(); i++) {
            Mapping.LevelSpec spec = mapping.levels().get(i);
            if (blank(fields.get(spec.code())) && blank(fields.get(spec.name()))) {
                break;
            }
            deepest = open.at(order.indexOf(columnLevels.get(i)));
        }
        return deepest != null ? deepest : open.deepest();
    }

    private void open(Mapping.OpenerSpec spec, Matcher m, RawRow row) {
        Level level = Level.fromId(spec.level());
        String code = group(m, "code");
        String name = group(m, "name");
        ElementBuilder element = new ElementBuilder(level, code, name, null,
                row.locate(file, table.name(), null), null);
        attach(element);
        describing = spec.collectsDescription() ? element : null;
    }

    private void attach(ElementBuilder element) {
        open.attach(order.indexOf(element.level), element);
    }

    /**
     * The text of each single-column field on this row. A blank cell inside a merged range reads as the
     * range's first cell (the value is inherited, not missing); fields listed in {@code fill_down} also
     * inherit the last value above when blank.
     */
    private Map<String, String> fieldValues(RawRow row) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : mapping.columns().keySet()) {
            Integer col = header.column(field);
            if (col == null) {
                continue;
            }
            String text = row.cell(col);
            if (text.isBlank()) {
                text = mergedOrigin(row.number(), col);
            }
            Pattern extract = extracts.get(field);
            if (extract != null && !text.isBlank()) {
                Matcher m = extract.matcher(Text.fold(text));
                text = m.find() && m.group("value") != null ? m.group("value").strip() : "";
            }
            if (text.isBlank() && mapping.fillDown().contains(field)) {
                text = lastValue.getOrDefault(field, "");
            }
            if (!text.isBlank()) {
                lastValue.put(field, text);
            }
            values.put(field, text);
        }
        return values;
    }

    private String mergedOrigin(int rowNumber, int col) {
        CellRange range = table.mergeCovering(rowNumber, col);
        if (range == null || range.firstColumn() != col) {
            return "";
        }
        for (RawRow r : table.rows()) {
            if (r.number() == range.firstRow()) {
                return r.cell(col);
            }
        }
        return "";
    }

    private Value value(Map<String, String> fields, String field, RawRow row) {
        String raw = fields.get(field);
        if (blank(raw)) {
            return null;
        }
        return new Value(raw.trim(), ValueParser.parse(raw), locationOf(row, field));
    }

    private Location locationOf(RawRow row, String field) {
        Integer col = field == null ? null : header.column(field);
        return row.locate(file, table.name(), col);
    }

    /** The row's non-empty cells, each with its line breaks folded to spaces, joined by {@code separator}. */
    static String rowText(RawRow row, String separator) {
        List<String> parts = new ArrayList<>();
        for (int c = 1; c <= row.width(); c++) {
            String t = Text.fold(row.cell(c));
            if (!t.isEmpty()) {
                parts.add(t);
            }
        }
        return String.join(separator, parts);
    }

    static String group(Matcher m, String name) {
        try {
            return clean(m.group(name));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String clean(String s) {
        String folded = Text.fold(s);
        return folded.isEmpty() ? null : folded;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    private static void addIfPresent(Set<String> set, String... values) {
        for (String v : values) {
            if (v != null) {
                set.add(v);
            }
        }
    }
}
