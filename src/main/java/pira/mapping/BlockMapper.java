package pira.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pira.model.ImportNote;
import pira.model.Indicator;
import pira.model.Level;
import pira.model.Location;
import pira.model.Value;
import pira.source.RawRow;
import pira.source.RawTable;
import pira.value.ValueParser;

/**
 * Turns a layout of lines (the "Albero della performance") into the plan tree, as a {@link Mapping.Blocks} says.
 * Each line is, in this order: blank or ignored; the name line after a level's heading; a level's heading; a line
 * that opens a level; the start of a list of indicators; a line after which nothing is read until the next level;
 * inside a list, a key/value line of the current indicator or else the name of the next indicator. Any other line
 * is reported, never dropped silently.
 */
public final class BlockMapper {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final Mapping mapping;
    private final String file;
    private final RawTable table;
    private final List<Level> order = new ArrayList<>();
    private final List<Pattern> headings = new ArrayList<>();
    private final List<Pattern> levelLines = new ArrayList<>();
    private final List<Pattern> ignore = new ArrayList<>();
    private final Pattern indicatorsStart;
    private final Pattern skip;
    private final Pattern weight;
    private final Pattern actuals;
    private final Pattern targets;
    private final OpenLevels open;
    private final List<ImportNote> notes = new ArrayList<>();
    private final Set<Integer> years = new TreeSet<>();

    private enum State { OUTSIDE, INDICATORS, SKIPPING }

    private State state = State.OUTSIDE;
    /** The level whose heading was the last line: the next line is its name. */
    private int pendingHeading = -1;
    /** The weight the pending heading states ("Ambito Strategico (Peso 33,34%)"), for the element it opens. */
    private Value headingWeight;
    private Pending indicator;
    /**
     * The element whose name was the last line read. On a printed page (rows with a page) a long name wraps, so a
     * line no pattern recognises continues it; in a Word document each paragraph is whole and such a line is reported.
     */
    private ElementBuilder naming;

    public BlockMapper(Mapping mapping, String file, RawTable table) {
        this.mapping = mapping;
        this.file = file;
        this.table = table;
        Mapping.Blocks b = mapping.blocks();
        for (Mapping.BlockLevel l : b.levels()) {
            order.add(Level.fromId(l.level()));
            headings.add(l.after() == null ? null : Pattern.compile(l.after(), FLAGS));
            levelLines.add(Pattern.compile(l.match(), FLAGS));
        }
        for (String r : mapping.ignoreRows()) {
            ignore.add(Pattern.compile(r, FLAGS));
        }
        indicatorsStart = Pattern.compile(b.indicators(), FLAGS);
        skip = b.skip() == null ? null : Pattern.compile(b.skip(), FLAGS);
        weight = b.values().weight() == null ? null : Pattern.compile(b.values().weight(), FLAGS);
        actuals = b.values().actuals() == null ? null : Pattern.compile(b.values().actuals().match(), FLAGS);
        targets = Pattern.compile(b.values().targets().match(), FLAGS);
        open = new OpenLevels(order.size());
    }

    public TableMapper.Result map() throws MappingMismatchException {
        for (RawRow row : table.rows()) {
            readLine(row, TableMapper.rowText(row, " "));
        }
        finishIndicator();
        if (open.isEmpty()) {
            throw new MappingMismatchException(file + ": nessuna riga apre un livello della mappatura " + mapping.id()
                    + ". Controllare di aver scelto il file e la mappatura giusti.");
        }
        return new TableMapper.Result(open.build(), List.of(), notes, years);
    }

    private void readLine(RawRow row, String line) {
        if (line.isEmpty() || ignore.stream().anyMatch(p -> p.matcher(line).find())) {
            return;
        }
        ElementBuilder wrapped = naming;
        naming = null;
        if (pendingHeading >= 0) {
            int level = pendingHeading;
            pendingHeading = -1;
            Matcher m = levelLines.get(level).matcher(line);
            if (m.find()) {
                openLevel(level, m, row, headingWeight);
            } else {
                note(row, "RIGA-IGNORATA", "dopo l'intestazione " + order.get(level).of()
                        + " la riga \"" + TableMapper.abbreviate(line) + "\" non ne ha la forma attesa");
            }
            return;
        }
        for (int l = 0; l < order.size(); l++) {
            Matcher h = headings.get(l) == null ? null : headings.get(l).matcher(line);
            if (h != null && h.matches()) {
                finishIndicator();
                pendingHeading = l;
                headingWeight = weightOf(h, row);
                state = State.OUTSIDE;
                return;
            }
        }
        for (int l = 0; l < order.size(); l++) {
            Matcher m = levelLines.get(l).matcher(line);
            if (headings.get(l) == null && m.find()) {
                openLevel(l, m, row, null);
                return;
            }
        }
        if (indicatorsStart.matcher(line).matches()) {
            finishIndicator();
            state = State.INDICATORS;
            return;
        }
        if (skip != null && skip.matcher(line).matches()) {
            finishIndicator();
            state = State.SKIPPING;
            return;
        }
        switch (state) {
            case SKIPPING -> { }
            case INDICATORS -> indicatorLine(row, line);
            case OUTSIDE -> {
                if (wrapped != null && row.page() != null) {
                    wrapped.continueName(line);
                    naming = wrapped;
                } else {
                    note(row, "RIGA-IGNORATA", "riga non riconosciuta (non è un livello né un elenco di"
                            + " indicatori): \"" + TableMapper.abbreviate(line) + "\"");
                }
            }
        }
    }

    private void indicatorLine(RawRow row, String line) {
        Matcher m;
        if (weight != null && (m = weight.matcher(line)).matches()) {
            if (followsAName(row, line) && once(row, line, indicator.weight)) {
                indicator.weight = value(m, row);
            }
        } else if (actuals != null && (m = actuals.matcher(line)).matches()) {
            if (followsAName(row, line)) {
                put(indicator.actuals, year(m, mapping.blocks().values().actuals()), m, row, line);
            }
        } else if ((m = targets.matcher(line)).matches()) {
            if (followsAName(row, line)) {
                put(indicator.targets, year(m, mapping.blocks().values().targets()), m, row, line);
            }
        } else if (indicator != null && !indicator.hasValues() && row.page() != null) {
            indicator.name = indicator.name + " " + line; // a name wrapped on a printed page
        } else {
            finishIndicator();
            indicator = new Pending(line, location(row));
        }
    }

    private boolean followsAName(RawRow row, String line) {
        if (indicator == null) {
            note(row, "RIGA-IGNORATA", "la riga \"" + TableMapper.abbreviate(line)
                    + "\" non segue il nome di un indicatore");
            return false;
        }
        return true;
    }

    private Integer year(Matcher m, Mapping.BlockYearValue spec) {
        String y = TableMapper.group(m, "year");
        return y != null ? Integer.valueOf(y) : spec.year();
    }

    private void put(SortedMap<Integer, Value> values, Integer year, Matcher m, RawRow row, String line) {
        if (once(row, line, values.get(year))) {
            years.add(year);
            values.put(year, value(m, row));
        }
    }

    /** A second value of the same kind for one indicator is reported and not read: the first one stays. */
    private boolean once(RawRow row, String line, Value earlier) {
        if (earlier == null) {
            return true;
        }
        note(row, "VALORE-RIPETUTO", "la riga \"" + TableMapper.abbreviate(line) + "\" ripete un valore già letto per"
                + " l'indicatore \"" + TableMapper.abbreviate(indicator.name) + "\" (" + earlier.location().describe()
                + "): vale il primo");
        return false;
    }

    private Value value(Matcher m, RawRow row) {
        String raw = TableMapper.clean(m.group("value"));
        return new Value(raw, ValueParser.parse(raw), location(row));
    }

    private void finishIndicator() {
        if (indicator == null) {
            return;
        }
        ElementBuilder owner = open.deepest();
        Indicator i = new Indicator(null, indicator.name, null, null, null, null, null, indicator.weight, false, null,
                null, indicator.targets, List.of(), indicator.actuals, null, null, null, null, indicator.provenance);
        if (owner == null) {
            note(null, "INDICATORE-SENZA-LIVELLO", "l'indicatore \"" + TableMapper.abbreviate(indicator.name)
                    + "\" viene prima di ogni livello e non è stato letto");
        } else {
            owner.indicators.add(i);
        }
        indicator = null;
    }

    private void openLevel(int level, Matcher m, RawRow row, Value headingWeight) {
        finishIndicator();
        state = State.OUTSIDE;
        Value weight = headingWeight != null ? headingWeight : weightOf(m, row);
        ElementBuilder element = new ElementBuilder(order.get(level), TableMapper.group(m, "code"),
                TableMapper.group(m, "name"), weight, location(row), null);
        open.attach(level, element);
        naming = element;
    }


    /** The level's weight where its line or heading states it, in a group (?<weight>...). */
    private Value weightOf(Matcher m, RawRow row) {
        String raw = TableMapper.group(m, "weight");
        return raw == null ? null : new Value(raw, ValueParser.parse(raw), location(row));
    }

    private Location location(RawRow row) {
        return Location.of(file, table.name(), row.page(), row.displayNumber(), null);
    }

    private void note(RawRow row, String code, String text) {
        notes.add(new ImportNote(code, text, row == null ? Location.ofFile(file) : location(row)));
    }

    /** An indicator while its key/value lines are read. */
    private static final class Pending {
        String name;
        final Location provenance;
        Value weight;
        final SortedMap<Integer, Value> targets = new TreeMap<>();
        final SortedMap<Integer, Value> actuals = new TreeMap<>();

        Pending(String name, Location provenance) {
            this.name = name;
            this.provenance = provenance;
        }

        boolean hasValues() {
            return weight != null || !targets.isEmpty() || !actuals.isEmpty();
        }
    }
}
