package pira.mapping;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mapping: how one source layout becomes the plan model. Read from YAML by {@link MappingLoader},
 * checked against {@code mapping.schema.json}; documented in {@code mappings/README.md}. A document made of tables of
 * different shapes (a "cruscotto" sheet of strategic KPIs and a sheet of operational objectives) has
 * {@code sections}, each with its own sheets, header, columns, levels and indicators, all read into one plan.
 */
public record Mapping(
        String id,
        String description,
        String ente,
        String document,
        List<Integer> years,
        Signature signature,
        ReaderSettings reader,
        HeaderSpec header,
        Map<String, ColumnSpec> columns,
        @JsonProperty("fill_down") List<String> fillDown,
        List<LevelSpec> levels,
        List<OpenerSpec> openers,
        List<IndicatorSpec> indicators,
        @JsonProperty("ignore_rows") List<String> ignoreRows,
        Blocks blocks,
        List<Section> sections,
        @JsonProperty("single_year_targets") List<String> singleYearTargets,
        @JsonProperty("result_shares") List<ResultShare> resultShares) {

    public Mapping {
        years = years == null ? List.of() : List.copyOf(years);
        columns = columns == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        fillDown = fillDown == null ? List.of() : List.copyOf(fillDown);
        // the older form: levels read from columns, then the rows that open levels, in that order
        List<LevelSpec> all = new ArrayList<>(levels == null ? List.of() : levels);
        if (openers != null) {
            openers.forEach(o -> all.add(LevelSpec.ofRows(o.level(), o.match(), o.collectsDescription())));
        }
        levels = List.copyOf(all);
        openers = List.of();
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        ignoreRows = ignoreRows == null ? List.of() : List.copyOf(ignoreRows);
        reader = reader == null ? new ReaderSettings(null, null, null, null, null, null, null, null) : reader;
        sections = sections == null ? List.of() : List.copyOf(sections);
        singleYearTargets = singleYearTargets == null ? List.of() : List.copyOf(singleYearTargets);
        resultShares = resultShares == null ? List.of() : List.copyOf(resultShares);
    }

    /**
     * How the result of every element of {@code level} is computed, the chamber's rule written in the mapping for any
     * layout: the share of its own indicators and the share of its children ("100%" and "0%": its own indicators
     * alone; "0%" and "100%": its children alone; "40%" and "60%": a weighted mix), as a block layout's "Peso
     * indicatori" and "Peso ob. Operativi" lines give them. Where the document states the shares of an element, the
     * document's stand.
     */
    public record ResultShare(String level, String indicators, String children) {
    }

    /**
     * A table section of a document with several kinds of table: which sheet or sheets hold it ({@code reader.sheet},
     * {@code reader.sheets}; else the first where its header is found), and how it is read.
     */
    public record Section(ReaderSettings reader, HeaderSpec header, Map<String, ColumnSpec> columns,
                          @JsonProperty("fill_down") List<String> fillDown, List<LevelSpec> levels,
                          List<IndicatorSpec> indicators, @JsonProperty("ignore_rows") List<String> ignoreRows) {
    }

    /**
     * The mappings its tables are read with: itself, or one per section, each with the mapping's id, document,
     * years and reader settings, and the section's sheets, header, columns, levels and indicators.
     */
    public List<Mapping> parts() {
        if (sections.isEmpty()) {
            return List.of(this);
        }
        List<Mapping> parts = new ArrayList<>();
        for (Section s : sections) {
            ReaderSettings r = s.reader() == null ? reader : new ReaderSettings(s.reader().sheet(), s.reader().sheets(),
                    reader.delimiter(), reader.encoding(), reader.mode(), reader.pages(), reader.area(),
                    reader.columns());
            List<String> ignore = new ArrayList<>(ignoreRows);
            if (s.ignoreRows() != null) {
                ignore.addAll(s.ignoreRows());
            }
            parts.add(new Mapping(id, description, ente, document, years, signature, r, s.header(), s.columns(),
                    s.fillDown(), s.levels(), null, s.indicators(), ignore, null, null, singleYearTargets,
                    resultShares));
        }
        return parts;
    }

    /** Where a level goes among others by the usual order of the levels (area, missione, ..., azione). */
    private static int usualPlace(List<pira.model.Level> order, pira.model.Level level) {
        int place = 0;
        while (place < order.size() && order.get(place).ordinal() < level.ordinal()) {
            place++;
        }
        return place;
    }

    /**
     * The document's levels from the top, as the order of {@code levels} gives them; with sections, each section's
     * order merged into one (a section may start below the top: the operational sheet names the strategic objective
     * and the operational one). Null where two sections order the same levels differently.
     */
    public List<pira.model.Level> levelOrder() {
        List<pira.model.Level> order = new ArrayList<>();
        for (Mapping part : parts()) {
            List<pira.model.Level> own = part.levels().stream().map(l -> pira.model.Level.fromId(l.level()))
                    .distinct().toList();
            int at = -1;
            for (pira.model.Level level : own) {
                int known = order.indexOf(level);
                if (known < 0) {
                    // after the level above it in this section; a section's first level, where no other names it,
                    // by the levels' usual order (an operational objective below a strategic one)
                    known = at >= 0 ? at + 1 : usualPlace(order, level);
                    order.add(known, level);
                }
                at = known;
            }
        }
        for (Mapping part : parts()) {
            int last = -1;
            for (LevelSpec l : part.levels()) {
                int index = order.indexOf(pira.model.Level.fromId(l.level()));
                if (index < last) {
                    return null;
                }
                last = index;
            }
        }
        return order;
    }

    /**
     * Which column a field is read from: the first column whose header path matches {@code header} (an empty header
     * cell is a candidate too), or the {@code nth} one where a merged header cell spans several data columns; or the
     * column at a position, {@code column: 1} or {@code column: A}, whatever its header. With {@code extract}, the
     * field is the group {@code (?<value>...)} of the first match in the cell (empty when nothing matches): several
     * fields can then come from one cell ("1.1.1 PIRA Grado di utilizzo..." gives code and name).
     */
    public record ColumnSpec(String header, Integer nth, String extract, String column, String scale) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static ColumnSpec ofHeader(String header) {
            return new ColumnSpec(header, null, null, null, null);
        }

        /** The field is a set of columns, one per year: its header pattern has a group (?<year>...). */
        public boolean perYear() {
            return header != null && header.contains("?<year>");
        }

        /** The field is a set of columns, one per organisational unit: its header has a group (?<unit>...). */
        public boolean perUnit() {
            return header != null && header.contains("?<unit>");
        }

        /** The column holds fractions of one ({@code scale: fraction}): 0,93 means 93%. */
        public boolean fraction() {
            return "fraction".equals(scale);
        }

        public int occurrence() {
            return nth == null ? 1 : nth;
        }

        /** The 1-based position {@code column} gives ("3" or "C"), or null where the column is found by header. */
        public Integer position() {
            if (column == null) {
                return null;
            }
            if (column.chars().allMatch(Character::isDigit)) {
                return Integer.valueOf(column);
            }
            int n = 0;
            for (char c : column.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
                n = n * 26 + (c - 'A' + 1);
            }
            return n;
        }

        @Override
        public String toString() {
            return column != null ? "colonna " + column : "/" + header + "/" + (nth == null ? "" : " n. " + nth);
        }
    }

    /** How a file is recognised: its kind and words that its header holds. */
    public record Signature(List<String> formats, List<String> words, @JsonProperty("min_score") Double minScore) {
        public Signature {
            formats = formats == null ? List.of() : List.copyOf(formats);
            words = words == null ? List.of() : List.copyOf(words);
        }

        public double threshold() {
            return minScore == null ? 0.75 : minScore;
        }
    }

    /**
     * Reader settings: which sheet, or which sheets ({@code sheets}: a pattern on their names, every matching sheet
     * where the header is found, its group (?<year>...) the year of the values the sheet gives without one); for CSV,
     * the delimiter and encoding when they must not be detected; for PDF, lattice or stream mode, the pages, the area
     * {top, left, bottom, right} in points to read on each page, and in stream mode the x positions of the column
     * boundaries.
     */
    public record ReaderSettings(String sheet, String sheets, String delimiter, String encoding, String mode,
                                 String pages, List<Float> area, List<Float> columns) {
    }

    /** Where the header is: its first row holds all of {@code find}; it spans {@code rows} rows. */
    public record HeaderSpec(List<String> find, Integer rows, Boolean repeats) {
        public HeaderSpec {
            find = find == null ? List.of() : List.copyOf(find);
        }

        public int rowCount() {
            return rows == null ? 1 : rows;
        }

        public boolean repeated() {
            return repeats != null && repeats;
        }
    }

    /**
     * A level of the document, in the list that orders them from the top: its elements are read either from the
     * columns of each data row ({@code code}, {@code name}, {@code weight}, {@code description} name fields), or
     * from rows of their own whose text matches {@code match} (a row above a table, a heading between tables, the
     * header row itself); then {@code description: true} collects the text rows that follow as its description.
     * {@code units} names a field with a column per organisational unit (an objectives x units matrix): each
     * non-empty cell assigns that unit to the element, with the cell's value as its share. {@code identity: code}
     * makes the code alone the element's identity (by default, code and name).
     */
    public record LevelSpec(String level, String code, String name, String weight, String description,
                            String match, String units, String identity) {

        static LevelSpec ofRows(String level, String match, boolean description) {
            return new LevelSpec(level, null, null, null, description ? "true" : null, match, null, null);
        }

        /** {@code identity: code}: the code alone says which element a row names; its name may change. */
        public boolean identifiedByCode() {
            return "code".equals(identity);
        }

        /** Opened by rows of its own rather than read from columns. */
        public boolean byRows() {
            return match != null;
        }

        public boolean collectsDescription() {
            return byRows() && "true".equals(description);
        }
    }

    /**
     * A layout of lines rather than columns (the "Albero della performance"): lines that open the levels, the line
     * that starts a list of indicators, the key/value lines of each indicator, and lines after which nothing is read
     * until the next level. {@code indicators} may have a group (?<weight>...): the share of the indicators in their
     * element's achievement ("Indicatori (Peso indicatori 40%)"); {@code childrenWeight} is the line that gives the
     * share of the children. In a table whose first row starts the list ("Indicatori | Programma") the columns beside
     * the indicators are known by their heading: a level's {@code column}, or {@code skip} (not read). Read by
     * {@link BlockMapper}.
     */
    public record Blocks(List<BlockLevel> levels, String indicators, String skip, BlockValues values,
                         @JsonProperty("children_weight") ChildrenWeight childrenWeight) {
        public Blocks {
            levels = levels == null ? List.of() : List.copyOf(levels);
        }
    }

    /**
     * A line such as "Obiettivi Operativi (Peso ob. Operativi 60%)": the share, in (?<weight>...), of the children of
     * the open element of level {@code of}.
     */
    public record ChildrenWeight(String match, String of) {
    }

    /**
     * A level opened by a line matching {@code match}; with {@code after}, only by the line after such a heading; with
     * {@code column}, by the lines of the column with that heading beside the indicators (the programme of the
     * objective whose indicators they are), each opened when the list ends, {@code match} optional.
     */
    public record BlockLevel(String level, String after, String match, String column) {
    }

    /** The key/value lines of an indicator: each pattern has a group (?<value>...), targets also (?<year>...). */
    public record BlockValues(String weight, BlockYearValue actuals, BlockYearValue targets) {
    }

    /** A key/value line by year: the year from the group (?<year>...) or, where the line has none, {@code year}. */
    public record BlockYearValue(String match, Integer year) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static BlockYearValue ofMatch(String match) {
            return new BlockYearValue(match, null);
        }
    }

    /** A row that opens a level by itself, recognised by a regular expression on the row's text. */
    public record OpenerSpec(String level, String match, Boolean description) {
        public boolean collectsDescription() {
            return description != null && description;
        }
    }

    /** Which rows hold an indicator, which level it belongs to, and where each of its fields is. */
    public record IndicatorSpec(
            String level,
            When when,
            String code,
            String name,
            String description,
            String type,
            String unit,
            String source,
            String algorithm,
            String weight,
            @JsonProperty("pira_marker") String piraMarker,
            @JsonProperty("pareto_pattern") String paretoPattern,
            String baseline,
            YearValues targets,
            ThresholdSpec thresholds,
            YearValues actuals,
            String outcome,
            @JsonProperty("stated_achievement") String statedAchievement,
            String responsible,
            String notes,
            @JsonProperty("split_lines") Boolean splitLines,
            @JsonProperty("group_by") List<String> groupBy,
            String period,
            String assignee,
            @JsonProperty("assignee_share") String assigneeShare,
            @JsonProperty("units_rollup") String unitsRollup,
            YearValues progress,
            String status,
            @JsonProperty("status_pattern") String statusPattern) {

        public IndicatorSpec {
            groupBy = groupBy == null ? List.of() : List.copyOf(groupBy);
        }

        /** Several indicators in one cell, one per line, with their values on the matching lines. */
        public boolean splitsLines() {
            return splitLines != null && splitLines;
        }
    }

    /** A row is an indicator row when {@code field} is not blank and, if given, matches {@code matches}. */
    public record When(String field, String matches) {
    }

    /**
     * Values by year: a field whose header carries the year, a field split by a pattern with groups
     * {@code year} and {@code text}, explicit year to field pairs, a field whose year is in another column of the row
     * ({@code year_field}: "Anno"), the year of another field's only year column in the header ({@code year_of}: the
     * result beside "TARGET 2020"), or, where the mapping reads several sheets, the year in the sheet's name.
     */
    public record YearValues(String field, String split, Integer year,
                             @JsonProperty("by_year") Map<Integer, String> byYear,
                             @JsonProperty("year_field") String yearField,
                             @JsonProperty("year_of") String yearOf) {
        public YearValues {
            byYear = byYear == null ? Map.of() : Collections.unmodifiableMap(new java.util.TreeMap<>(byYear));
        }

        /** The short form {@code targets: field}. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static YearValues ofField(String field) {
            return new YearValues(field, null, null, null, null, null);
        }
    }

    /** Thresholds of one year: achievement percentage to field. */
    public record ThresholdSpec(Integer year, Map<Integer, String> levels) {
        public ThresholdSpec {
            levels = levels == null ? Map.of() : Collections.unmodifiableMap(new java.util.TreeMap<>(levels));
        }
    }
}
