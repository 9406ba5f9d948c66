package pira.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import pira.tree.ElementBuilder;
import pira.tree.RowLedger;
import pira.tree.RowOutcome;
import pira.tree.TreeBuilder;
import pira.value.ValueParser;
import pira.mapping.Mapping;
import pira.mapping.MappingMismatchException;

/**
 * Turns a layout of lines (the "Albero della performance") into the plan tree, as a {@link Mapping.Blocks} says.
 * Each line is, in this order: blank or ignored; the name line after a level's heading; a level's heading; the line
 * with the share of an element's children; a line that opens a level; the start of a list of indicators (with the
 * share of the indicators); a line after which nothing is read until the next level; inside a list, a key/value
 * line of the current indicator or else the name of the next indicator. In a Word table headed "Indicatori |
 * Programma" the column beside the indicators names a level or is not read. Any other line is reported, never
 * dropped silently: each row passes the {@link RowLedger} with one outcome, and elements are found or created by
 * identity in the {@link TreeBuilder}.
 */
public final class BlockMapper {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A printed name wraps over four lines at most; a longer run of unknown lines is a layout the mapping misses. */
    private static final int MAX_WRAPPED = 3;

    private final Mapping mapping;
    private final String file;
    private final RawTable table;
    private final List<Level> order = new ArrayList<>();
    private final List<Pattern> headings = new ArrayList<>();
    private final List<Pattern> levelLines = new ArrayList<>();
    private final List<Pattern> columns = new ArrayList<>();
    private final List<Pattern> ignore = new ArrayList<>();
    private final Pattern indicatorsStart;
    private final Pattern skip;
    private final Pattern childrenWeight;
    private final int childrenWeightOf;
    private final Pattern weight;
    private final Pattern actuals;
    private final Pattern targets;
    private final List<ImportNote> notes = new ArrayList<>();
    private final TreeBuilder tree;
    private final RowLedger ledger;
    private final Set<Integer> years = new TreeSet<>();
    /**
     * While a list of indicators is read from a table headed "Indicatori | Programma": for each column beside the
     * indicators, the rank of the level its lines name, or -1 where it is not read.
     */
    private final Map<Integer, Integer> sideColumns = new HashMap<>();
    /** The elements named beside the indicators, opened when the list ends (after its indicators are placed). */
    private final List<ElementBuilder> sideElements = new ArrayList<>();

    private enum State { OUTSIDE, INDICATORS, SKIPPING }

    private State state = State.OUTSIDE;
    /** The level whose heading was the last line: the next line is its name. */
    private int pendingHeading = -1;
    /** The weight the pending heading states ("Ambito Strategico (Peso 33,34%)"), for the element it opens. */
    private Value headingWeight;
    private Pending indicator;
    /** The column of the cell the current line comes from, where a row is read cell by cell (a Word table). */
    private Integer column;
    /** What became of the row being read so far. */
    private RowOutcome outcome;
    /**
     * The element whose name was the last line read, placed in the tree only when its name is whole. On a printed
     * page (rows with a page) a long name wraps, so a line no pattern recognises continues it; in a Word document
     * each paragraph is whole and such a line is reported.
     */
    private ElementBuilder naming;
    private int namingRank;
    /** Lines joined to the name being read; past {@link #MAX_WRAPPED} a line is reported, never swallowed. */
    private int wrappedLines;

    public BlockMapper(Mapping mapping, String file, RawTable table) {
        this.mapping = mapping;
        this.file = file;
        this.table = table;
        Mapping.Blocks b = mapping.blocks();
        for (Mapping.BlockLevel l : b.levels()) {
            order.add(Level.fromId(l.level()));
            headings.add(compile(l.after()));
            levelLines.add(compile(l.match()));
            columns.add(compile(l.column()));
        }
        for (String r : mapping.ignoreRows()) {
            ignore.add(compile(r));
        }
        indicatorsStart = compile(b.indicators());
        skip = compile(b.skip());
        childrenWeight = b.childrenWeight() == null ? null : compile(b.childrenWeight().match());
        childrenWeightOf = b.childrenWeight() == null ? -1 : order.indexOf(Level.fromId(b.childrenWeight().of()));
        weight = compile(b.values().weight());
        actuals = b.values().actuals() == null ? null : compile(b.values().actuals().match());
        targets = compile(b.values().targets().match());
        tree = new TreeBuilder(order.size(), notes);
        ledger = new RowLedger(file, table.name());
    }

    private static Pattern compile(String regex) {
        return regex == null ? null : Pattern.compile(regex, FLAGS);
    }

    public TableMapper.Result map() throws MappingMismatchException {
        ledger.readAll(table.rows(), this::readRow);
        settleName();
        endList();
        if (tree.isEmpty()) {
            throw new MappingMismatchException(file + ": nessuna riga apre un livello della mappatura " + mapping.id()
                    + ". Controllare di aver scelto il file e la mappatura giusti.");
        }
        return new TableMapper.Result(tree.build(), List.of(), notes, years, List.of(ledger.balance()));
    }

    /**
     * A row is one line, its cells joined (a printed page's row, a paragraph); where a cell holds several lines (a
     * Word table) each is read in turn, and in a table headed "Indicatori | Programma" the cells beside the first
     * are read as that column says.
     */
    private RowOutcome readRow(RawRow row) {
        outcome = null;
        readCells(row);
        return outcome != null ? outcome : RowOutcome.VUOTA; // no line of text in it
    }

    /** The outcome of the row being read: the strongest of its lines'. */
    private void mark(RowOutcome lineOutcome) {
        outcome = outcome == null ? lineOutcome : outcome.strongest(lineOutcome);
    }

    private void readCells(RawRow row) {
        List<String> first = lines(row.cell(1));
        column = row.width() > 1 ? 1 : null;
        if (row.width() > 1 && !first.isEmpty() && indicatorsStart.matcher(BoundedText.of(first.get(0))).matches()
                && hasOtherCells(row)) {
            mark(readLine(row, first.get(0)));
            readColumnHeadings(row);
            for (String line : first.subList(1, first.size())) {
                mark(readLine(row, line));
            }
            return;
        }
        if (!sideColumns.isEmpty()) {
            for (String line : first) {
                mark(readLine(row, line));
            }
            // the first cell may have ended the list (a level opened): then nothing beside it has a known meaning
            boolean listGoesOn = !sideColumns.isEmpty();
            for (int c = 2; c <= row.width(); c++) {
                Integer rank = listGoesOn ? sideColumns.get(c) : null;
                column = c;
                List<String> lines = lines(row.cell(c));
                if (row.page() != null && rank != null && rank >= 0 && lines.size() > 1) {
                    lines = List.of(String.join(" ", lines)); // on a printed page a name wraps inside its cell
                }
                for (String line : lines) {
                    if (rank == null) {
                        note(row, "RIGA-IGNORATA", "il testo \"" + TableMapper.abbreviate(line) + "\" sta in una"
                                + " colonna senza intestazione accanto agli indicatori, o accanto a una riga che chiude"
                                + " il loro elenco, e non è stato letto");
                    } else if (rank >= 0) {
                        nameBeside(row, c, rank, line);
                    }
                }
            }
            return;
        }
        boolean multiline = false;
        for (int c = 1; c <= row.width() && !multiline; c++) {
            multiline = row.cell(c).indexOf('\n') >= 0;
        }
        if (!multiline) {
            column = null;
            mark(readLine(row, TableMapper.rowText(row, " ")));
            return;
        }
        for (int c = 1; c <= row.width(); c++) {
            column = row.width() > 1 ? c : null;
            for (String line : lines(row.cell(c))) {
                mark(readLine(row, line));
            }
        }
    }

    /** The lines of a cell: one per paragraph or line break, white space folded, blank ones left out. */
    public static List<String> lines(String cell) {
        List<String> out = new ArrayList<>();
        for (String l : cell.split("\n")) {
            String t = Text.fold(l);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean hasOtherCells(RawRow row) {
        for (int c = 2; c <= row.width(); c++) {
            if (!Text.fold(row.cell(c)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The headings beside "Indicatori": a level's column, a column not read (skip), or reported and not read. */
    private void readColumnHeadings(RawRow row) {
        for (int c = 2; c <= row.width(); c++) {
            String heading = Text.fold(row.cell(c));
            if (heading.isEmpty()) {
                continue;
            }
            int rank = -1;
            for (int l = 0; l < order.size() && rank < 0; l++) {
                if (columns.get(l) != null && columns.get(l).matcher(BoundedText.of(heading)).matches()) {
                    rank = l;
                }
            }
            if (rank < 0 && (skip == null || !skip.matcher(BoundedText.of(heading)).matches())) {
                notes.add(new ImportNote("RIGA-IGNORATA", "la colonna \"" + TableMapper.abbreviate(heading)
                        + "\" accanto agli indicatori non è prevista dalla mappatura e non è stata letta",
                        row.locate(file, table.name(), c)));
                mark(RowOutcome.SEGNALATA);
            }
            sideColumns.put(c, rank);
        }
    }

    /** A line of a level's column beside the indicators: the element is opened when the list of indicators ends. */
    private void nameBeside(RawRow row, int side, int rank, String line) {
        Location at = row.locate(file, table.name(), side);
        Pattern p = levelLines.get(rank);
        Matcher m = p == null ? null : p.matcher(BoundedText.of(line));
        if (m != null && !m.find()) {
            notes.add(new ImportNote("RIGA-IGNORATA", "la riga \"" + TableMapper.abbreviate(line) + "\" nella colonna "
                    + order.get(rank).of() + " non ne ha la forma attesa", at));
            mark(RowOutcome.SEGNALATA);
            return;
        }
        mark(RowOutcome.LIVELLO);
        sideElements.add(new ElementBuilder(order.get(rank), m == null ? null : TableMapper.group(m, "code"),
                m == null ? line : TableMapper.group(m, "name"), m == null ? null : weightOf(m, row), at, null));
    }

    /** The list of indicators ends: the last indicator is placed, then the elements named beside the list open. */
    private void endList() {
        finishIndicator();
        for (ElementBuilder e : sideElements) {
            tree.open(order.indexOf(e.level()), e);
        }
        sideElements.clear();
        sideColumns.clear();
    }

    /** Whether a line is one that a pattern of the mapping recognises (so it cannot continue a wrapped name). */
    private boolean recognised(String line) {
        for (int l = 0; l < order.size(); l++) {
            if (headings.get(l) != null && headings.get(l).matcher(BoundedText.of(line)).matches()) {
                return true;
            }
            if (headings.get(l) == null && columns.get(l) == null
                    && levelLines.get(l).matcher(BoundedText.of(line)).find()) {
                return true;
            }
        }
        return childrenWeight != null && childrenWeight.matcher(BoundedText.of(line)).matches()
                || indicatorsStart.matcher(BoundedText.of(line)).matches()
                || skip != null && skip.matcher(BoundedText.of(line)).matches();
    }

    /** The element whose name was being read is whole: it takes its place in the tree (found, or added). */
    private void settleName() {
        if (naming != null) {
            tree.open(namingRank, naming);
            naming = null;
        }
    }

    private RowOutcome readLine(RawRow row, String line) {
        if (line.isEmpty()) {
            return RowOutcome.VUOTA;
        }
        if (ignore.stream().anyMatch(p -> p.matcher(BoundedText.of(line)).find())) {
            return RowOutcome.IGNORATA;
        }
        if (naming != null && row.page() != null && wrappedLines < MAX_WRAPPED && !recognised(line)) {
            naming.continueName(line); // a name wrapped on a printed page
            wrappedLines++;
            return RowOutcome.UNITA;
        }
        settleName();
        if (pendingHeading >= 0) {
            int level = pendingHeading;
            pendingHeading = -1;
            Matcher m = levelLines.get(level).matcher(BoundedText.of(line));
            if (m.find()) {
                openLevel(level, m, row, headingWeight);
                return RowOutcome.LIVELLO;
            }
            return note(row, "RIGA-IGNORATA", "dopo l'intestazione " + order.get(level).of()
                    + " la riga \"" + TableMapper.abbreviate(line) + "\" non ne ha la forma attesa");
        }
        for (int l = 0; l < order.size(); l++) {
            Matcher h = headings.get(l) == null ? null : headings.get(l).matcher(BoundedText.of(line));
            if (h != null && h.matches()) {
                endList();
                pendingHeading = l;
                headingWeight = weightOf(h, row);
                state = State.OUTSIDE;
                return RowOutcome.LIVELLO;
            }
        }
        Matcher w = childrenWeight == null ? null : childrenWeight.matcher(BoundedText.of(line));
        if (w != null && w.matches()) {
            endList();
            state = State.OUTSIDE;
            ElementBuilder owner = tree.at(childrenWeightOf);
            if (owner == null) {
                return note(row, "RIGA-IGNORATA", "la riga \"" + TableMapper.abbreviate(line) + "\" dà un peso ma non"
                        + " c'è " + order.get(childrenWeightOf).withArticle() + " a cui riferirlo");
            }
            if (!once(row, line, owner.childrenWeight(), owner.label())) {
                return RowOutcome.SEGNALATA;
            }
            owner.setChildrenWeight(weightOf(w, row));
            return RowOutcome.UNITA;
        }
        for (int l = 0; l < order.size(); l++) {
            if (headings.get(l) != null || columns.get(l) != null) {
                continue;
            }
            Matcher m = levelLines.get(l).matcher(BoundedText.of(line));
            if (m.find()) {
                openLevel(l, m, row, null);
                return RowOutcome.LIVELLO;
            }
        }
        Matcher list = indicatorsStart.matcher(BoundedText.of(line));
        if (list.matches()) {
            endList();
            state = State.INDICATORS;
            Value share = weightOf(list, row);
            ElementBuilder owner = tree.deepest();
            if (share == null) {
                return RowOutcome.INTESTAZIONE;
            }
            if (owner == null) {
                return note(row, "RIGA-IGNORATA", "la riga \"" + TableMapper.abbreviate(line) + "\" dà la quota degli"
                        + " indicatori ma viene prima di ogni livello");
            }
            if (!once(row, line, owner.indicatorsWeight(), owner.label())) {
                return RowOutcome.SEGNALATA;
            }
            owner.setIndicatorsWeight(share);
            return RowOutcome.INTESTAZIONE;
        }
        if (skip != null && skip.matcher(BoundedText.of(line)).matches()) {
            endList();
            state = State.SKIPPING;
            return RowOutcome.IGNORATA;
        }
        return switch (state) {
            case SKIPPING -> RowOutcome.IGNORATA;
            case INDICATORS -> indicatorLine(row, line);
            case OUTSIDE -> note(row, "RIGA-IGNORATA", "riga non riconosciuta (non è un livello né un elenco di"
                    + " indicatori): \"" + TableMapper.abbreviate(line) + "\"");
        };
    }

    /** A line inside a list of indicators: a value of the current one (merged into it), or the next one's name. */
    private RowOutcome indicatorLine(RawRow row, String line) {
        Matcher m;
        if (weight != null && (m = weight.matcher(BoundedText.of(line))).matches()) {
            if (!followsAName(row, line) || !once(row, line, indicator.weight)) {
                return RowOutcome.SEGNALATA;
            }
            indicator.weight = value(m, row);
            return indicator.joined();
        } else if (actuals != null && (m = actuals.matcher(BoundedText.of(line))).matches()) {
            return followsAName(row, line)
                    && put(indicator.actuals, year(m, mapping.blocks().values().actuals()), m, row, line)
                    ? indicator.joined() : RowOutcome.SEGNALATA;
        } else if ((m = targets.matcher(BoundedText.of(line))).matches()) {
            return followsAName(row, line)
                    && put(indicator.targets, year(m, mapping.blocks().values().targets()), m, row, line)
                    ? indicator.joined() : RowOutcome.SEGNALATA;
        } else if (indicator != null && !indicator.hasValues() && row.page() != null && wrappedLines < MAX_WRAPPED) {
            indicator.name = indicator.name + " " + line; // a name wrapped on a printed page
            wrappedLines++;
            return indicator.joined();
        }
        finishIndicator();
        indicator = new Pending(line, location(row));
        wrappedLines = 0;
        if (tree.deepest() == null) {
            // said on its own row, which is not an indicator read; its value lines go with it (finishIndicator)
            indicator.dropped = true;
            return note(row, "INDICATORE-SENZA-LIVELLO", "l'indicatore \"" + TableMapper.abbreviate(line)
                    + "\" viene prima di ogni livello e non è stato letto, né le righe dei suoi valori");
        }
        return RowOutcome.INDICATORE;
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

    private boolean put(SortedMap<Integer, Value> values, Integer year, Matcher m, RawRow row, String line) {
        if (!once(row, line, values.get(year))) {
            return false;
        }
        years.add(year);
        values.put(year, value(m, row));
        return true;
    }

    /** A second value of the same kind for one indicator is reported and not read: the first one stays. */
    private boolean once(RawRow row, String line, Value earlier) {
        return once(row, line, earlier, "l'indicatore \"" + TableMapper.abbreviate(indicator.name) + "\"");
    }

    /** As {@link #once(RawRow, String, Value)} for a value of an element (its shares), named {@code whose}. */
    private boolean once(RawRow row, String line, Value earlier, String whose) {
        if (earlier == null) {
            return true;
        }
        note(row, "VALORE-RIPETUTO", "la riga \"" + TableMapper.abbreviate(line) + "\" ripete un valore già letto per "
                + whose + " (" + earlier.location().describe() + "): vale il primo");
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
        settleName();
        ElementBuilder owner = tree.deepest();
        Indicator i = new Indicator(null, indicator.name, null, null, null, null, null, indicator.weight, false, null,
                null, indicator.targets, List.of(), indicator.actuals, null, null, null, null, indicator.provenance, null, null, null);
        if (owner == null && !indicator.dropped) {
            // not expected (the tree has the level it had on the indicator's row), but never dropped in silence
            notes.add(new ImportNote("INDICATORE-SENZA-LIVELLO", "l'indicatore \""
                    + TableMapper.abbreviate(indicator.name) + "\" viene prima di ogni livello e non è stato letto",
                    indicator.provenance));
        } else if (!indicator.dropped) {
            owner.addIndicator(i);
        }
        indicator = null;
    }

    private void openLevel(int level, Matcher m, RawRow row, Value headingWeight) {
        endList();
        state = State.OUTSIDE;
        Value weight = headingWeight != null ? headingWeight : weightOf(m, row);
        // placed in the tree when its name is whole: a printed name may wrap over the next lines
        naming = new ElementBuilder(order.get(level), TableMapper.group(m, "code"), TableMapper.group(m, "name"),
                weight, location(row), null);
        namingRank = level;
        wrappedLines = 0;
    }


    /** The level's weight where its line or heading states it, in a group (?<weight>...). */
    private Value weightOf(Matcher m, RawRow row) {
        String raw = TableMapper.group(m, "weight");
        return raw == null ? null : new Value(raw, ValueParser.parse(raw), location(row));
    }

    private Location location(RawRow row) {
        return row.locate(file, table.name(), column);
    }

    /** Reports something of the row; the row's outcome is then "segnalata". */
    private RowOutcome note(RawRow row, String code, String text) {
        notes.add(new ImportNote(code, text, row == null ? Location.ofFile(file) : location(row)));
        mark(RowOutcome.SEGNALATA);
        return RowOutcome.SEGNALATA;
    }

    /** An indicator while its key/value lines are read. */
    private static final class Pending {
        String name;
        final Location provenance;
        Value weight;
        /** Before any level: reported on its row, not read, and so are its value lines. */
        boolean dropped;
        final SortedMap<Integer, Value> targets = new TreeMap<>();
        final SortedMap<Integer, Value> actuals = new TreeMap<>();

        Pending(String name, Location provenance) {
            this.name = name;
            this.provenance = provenance;
        }

        /** The outcome of a line that joins this indicator: joined to it, or with it not read. */
        RowOutcome joined() {
            return dropped ? RowOutcome.SEGNALATA : RowOutcome.UNITA;
        }

        boolean hasValues() {
            return weight != null || !targets.isEmpty() || !actuals.isEmpty();
        }
    }
}
