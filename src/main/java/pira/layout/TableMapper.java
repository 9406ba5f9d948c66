package pira.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import pira.mapping.Mapping;
import pira.mapping.MappingMismatchException;
import pira.model.Element;
import pira.model.ImportNote;
import pira.model.Indicator;
import pira.model.Level;
import pira.model.Location;
import pira.model.RowBalance;
import pira.source.RawRow;
import pira.source.RawTable;
import pira.tree.ElementBuilder;
import pira.tree.RowLedger;
import pira.tree.RowOutcome;
import pira.tree.TreeBuilder;

/**
 * Reads one raw table through a mapping into the tree of levels and indicators. Every row goes through the
 * {@link RowLedger} and leaves with one outcome: blank, above the header, header (again), ignored, a row that opens a
 * level, a data row (levels from columns, indicators), the description of the element opened just before it,
 * filtered out by {@code when}, or reported; never dropped silently. Elements are found or created by identity in
 * the {@link TreeBuilder}, wherever the rows that name them stand.
 */
public final class TableMapper {

    private static final int HEADER_SEARCH_ROWS = 60;

    private final Mapping mapping;
    private final String file;
    private final RawTable table;
    private final Map<String, HeaderIndex.Column> columns = new LinkedHashMap<>();
    private final List<Pattern> findWords = new ArrayList<>();
    private final List<Pattern> ignore = new ArrayList<>();
    private final Map<Mapping.IndicatorSpec, Pattern> whenPatterns = new java.util.IdentityHashMap<>();
    private final Map<String, Pattern> extracts = new LinkedHashMap<>();
    private final IndicatorReader indicatorReader;
    private final Set<String> essential = new TreeSet<>();

    /** What the tables of the document read so far add up to (one table, or the sheets the mapping reads). */
    private final SharedPlan plan;
    private final List<Indicator> planIndicators;
    private final List<ImportNote> notes;
    /** The mapping's levels, each with its rank (the index of its level among the distinct levels, from the top). */
    private final List<Mapping.LevelSpec> levels;
    private final int[] rankOf;
    private final Pattern[] levelRows;
    private final boolean anyLevelByRows;
    private final ColumnLevels columnLevels;
    /** The levels by rows that a row opened: indexes into {@link #levels}. */
    private final Set<Integer> levelsSeen = new TreeSet<>();
    private final TreeBuilder tree;
    private final RowLedger ledger;
    private final Map<String, String> lastValue = new LinkedHashMap<>();
    /** The fields of the row being read whose value was inherited through {@code fill_down}. */
    private final Set<String> inherited = new java.util.HashSet<>();
    /** The fields of the row being read whose cell has text in which {@code extract} found nothing. */
    private final Set<String> missedByExtract = new java.util.HashSet<>();
    private final Set<Integer> years;
    private final Set<String> reported = new TreeSet<>();
    /** The widest row of the table. */
    private final int width;
    private final MergedCells merges;
    private HeaderIndex header;
    private ElementBuilder describing;
    /** The position of the row being read, and how many rows of the header being read are still to come. */
    private int position;
    private int headerRowsLeft;
    private int firstHeader;
    /** The first and last row numbers of the header read last, or 0. */
    private int headerTop;
    private int headerBottom;

    public TableMapper(Mapping mapping, String file, RawTable table) {
        this(mapping, file, table, new SharedPlan(), null);
    }

    /**
     * Reads the tables the mapping takes (the sheets {@code reader.sheets} names) where its header is found into one
     * plan: one tree, an element named on two sheets is one element. {@code sheetYears} gives each table's year, or
     * null. Empty where no table has the header.
     */
    public static java.util.Optional<Reading> mapAll(Mapping mapping, String file, List<RawTable> tables,
                                                     List<Integer> sheetYears) throws MappingMismatchException {
        List<Part> parts = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            parts.add(new Part(mapping, tables.get(t), sheetYears.get(t)));
        }
        return mapAll(parts, file, null);
    }

    /**
     * A table that may be read, the mapping it is read with (the document's, or one of its sections), the year its
     * sheet's name gives; with {@code firstOnly}, not read where a table before it was read with the same mapping
     * (a section that takes the first sheet where its header is found).
     */
    public record Part(Mapping mapping, RawTable table, Integer sheetYear, boolean firstOnly) {

        public Part(Mapping mapping, RawTable table, Integer sheetYear) {
            this(mapping, table, sheetYear, false);
        }
    }

    /**
     * What the tables read add up to, which of the parts offered were read (their header was found), in the order of
     * their balances in the result, and which were not, with why.
     */
    public record Reading(Result result, List<Part> read, List<Skipped> skipped) {
    }

    /**
     * A part not read: its header was not found, or ({@code readOnce}) it has it but a table before it was read with
     * its mapping, which reads only the first where its header is found.
     */
    public record Skipped(Part part, boolean readOnce) {
    }

    /**
     * Reads tables of different shapes into one plan (the sections of a mapping), with the document's levels from
     * the top in {@code order} (null: the mapping's own): a table that starts below the top finds the elements it
     * names in the tables read before. Each table is read where its header is found, each mapper built once; empty
     * where none is.
     */
    public static java.util.Optional<Reading> mapAll(List<Part> parts, String file, List<Level> order)
            throws MappingMismatchException {
        SharedPlan plan = new SharedPlan(order);
        List<Part> read = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Part part : parts) {
            if (part.firstOnly() && read.stream().anyMatch(r -> r.mapping() == part.mapping())) {
                // said "read once" only of a table that has the header: another one would not be read anyway
                skipped.add(new Skipped(part, new TableMapper(part.mapping(), file, part.table(), new SharedPlan(),
                        part.sheetYear()).hasHeader()));
                continue;
            }
            TableMapper mapper = new TableMapper(part.mapping(), file, part.table(), plan, part.sheetYear());
            if (mapper.hasHeader()) {
                mapper.read();
                read.add(part);
            } else {
                skipped.add(new Skipped(part, false));
            }
        }
        return read.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new Reading(plan.result(), read, skipped));
    }

    private TableMapper(Mapping mapping, String file, RawTable table, SharedPlan plan, Integer sheetYear) {
        this.plan = plan;
        this.planIndicators = plan.planIndicators;
        this.notes = plan.notes;
        this.years = plan.years;
        this.mapping = mapping;
        this.file = file;
        this.table = table;
        mapping.columns().forEach((field, spec) -> {
            columns.put(field, new HeaderIndex.Column(spec.header() == null ? null
                    : Pattern.compile(spec.header(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    spec.occurrence(), spec.position(), spec.nth() != null));
            if (spec.extract() != null) {
                extracts.put(field, Pattern.compile(spec.extract(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                        | Pattern.DOTALL));
            }
        });
        for (String word : mapping.header().find()) {
            findWords.add(wordPattern(word));
        }
        for (String r : mapping.ignoreRows()) {
            ignore.add(Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        levels = mapping.levels();
        rankOf = new int[levels.size()];
        levelRows = new Pattern[levels.size()];
        List<Level> order = plan.order != null ? plan.order : new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            Mapping.LevelSpec l = levels.get(i);
            Level level = Level.fromId(l.level());
            if (!order.contains(level)) {
                order.add(level);
            }
            rankOf[i] = order.indexOf(level);
            if (l.byRows()) {
                levelRows[i] = Pattern.compile(l.match(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } else {
                addIfPresent(essential, l.code(), l.name());
            }
        }
        anyLevelByRows = levels.stream().anyMatch(Mapping.LevelSpec::byRows);
        for (Mapping.IndicatorSpec s : mapping.indicators()) {
            if (s.when() != null && s.when().matches() != null) {
                whenPatterns.put(s, Pattern.compile(s.when().matches()));
            }
            addIfPresent(essential, s.name(), s.when() == null ? null : s.when().field());
        }
        this.width = table.rows().stream().mapToInt(RawRow::width).max().orElse(0);
        this.merges = new MergedCells(table);
        this.tree = plan.tree(order.size());
        this.columnLevels = new ColumnLevels(levels, rankOf, tree, notes, file, table.name());
        this.ledger = new RowLedger(file, table.name());
        this.indicatorReader = new IndicatorReader(file, table.name(), years, notes, sheetYear,
                mapping.columns().entrySet().stream().filter(c -> c.getValue().fraction()).map(Map.Entry::getKey)
                        .collect(Collectors.toSet()));
    }

    /** A pattern that finds {@code word} in a cell, ignoring case and surrounding text. */
    public static Pattern wordPattern(String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(Text.key(word)) + "(?![\\p{L}\\p{N}])");
    }

    /** The table this mapper reads. */
    public RawTable table() {
        return table;
    }

    /** Whether the table has a header row for this mapping among its first rows. */
    public boolean hasHeader() {
        return firstHeaderRow() >= 0;
    }

    /** The result of reading the table (or the lines of a block layout). */
    public record Result(List<Element> elements, List<Indicator> indicators, List<ImportNote> notes,
                         Set<Integer> years, List<RowBalance> balance) {
    }

    public Result map() throws MappingMismatchException {
        read();
        return plan.result();
    }

    /** Reads the table into the plan it shares with the other tables of the document. */
    private void read() throws MappingMismatchException {
        tree.close(0); // what the table before left open is not the parent of this one's first rows
        tree.startAt(plan.order == null ? 0 : java.util.Arrays.stream(rankOf).min().orElse(0));
        firstHeader = firstHeaderRow();
        if (firstHeader < 0) {
            throw new MappingMismatchException(where() + ": intestazione non trovata: nessuna delle prime "
                    + HEADER_SEARCH_ROWS + " righe contiene tutte le parole " + mapping.header().find()
                    + nearestHeader() + ". Controllare di aver scelto il file e la mappatura giusti.");
        }
        readHeader(firstHeader);
        position = 0;
        try {
            ledger.readAll(table.rows(), this::readRow);
        } catch (MismatchInRow e) {
            throw e.mismatch;
        }
        columnLevels.reportGaps();
        indicatorReader.reportFractionsAboveOne();
        reportLevelsNeverSeen();
        plan.balance.add(ledger.balance());
    }

    /** A mismatch found while the ledger reads the rows, carried out of its loop. */
    private static final class MismatchInRow extends RuntimeException {
        final MappingMismatchException mismatch;

        MismatchInRow(MappingMismatchException mismatch) {
            super(mismatch.getMessage(), null, false, false);
            this.mismatch = mismatch;
        }
    }

    private RowOutcome readRow(RawRow row) {
        int index = position++;
        if (headerRowsLeft > 0) {
            headerRowsLeft--;
            return RowOutcome.INTESTAZIONE;
        }
        if (index == firstHeader) {
            headerRowsLeft = headerEnd(index) - index - 1;
            markHeader(index);
            return headerRow(row);
        }
        if (index < firstHeader) {
            return aboveHeader(row);
        }
        if (headerBottom > 0 && merges.reachedFrom(row.number(), headerTop, headerBottom)) {
            return headerContinued(row);
        }
        headerBottom = 0;
        if (row.isBlank()) {
            describing = null;
            return RowOutcome.VUOTA;
        }
        if (isHeader(row)) {
            describing = null;
            if (mapping.header().repeated()) {
                try {
                    readHeader(index);
                } catch (MappingMismatchException e) {
                    throw new MismatchInRow(e);
                }
            }
            headerRowsLeft = headerEnd(index) - index - 1;
            markHeader(index);
            return headerRow(row);
        }
        return readContent(row);
    }

    private void markHeader(int index) {
        headerTop = table.rows().get(index).number();
        headerBottom = table.rows().get(headerEnd(index) - 1).number();
    }

    /**
     * A row that a merged cell of the header reaches down to is part of the header, whatever header.rows says: read
     * as data it made an element "Codice" of the header's words. Said once, with the number of rows to write.
     */
    private RowOutcome headerContinued(RawRow row) {
        int rows = row.number() - headerTop + 1;
        if (reported.add("header-continued")) {
            notes.add(new ImportNote("INTESTAZIONE-PIU-LUNGA", "la riga " + row.displayNumber() + " fa parte"
                    + " dell'intestazione (una sua cella unita scende dalla riga " + headerTop + "), ma la mappatura"
                    + " ne legge " + mapping.header().rowCount() + (mapping.header().rowCount() == 1 ? " riga" : " righe")
                    + ": non è letta come dati, e i suoi testi non entrano nei percorsi delle colonne; se"
                    + " l'intestazione è di " + rows + " righe, scrivere header.rows: " + rows,
                    row.locate(file, table.name(), null)));
        }
        headerBottom = row.number();
        return RowOutcome.INTESTAZIONE;
    }

    /**
     * A row above the first header: a title, or a row that opens a level ("Obiettivo operativo 1.1" above the
     * table); never data, which has no columns yet.
     */
    private RowOutcome aboveHeader(RawRow row) {
        if (row.isBlank()) {
            describing = null;
            return RowOutcome.VUOTA;
        }
        String text = rowText(row, "\t");
        RowOutcome ignoredOrLevel = ignoredOrLevel(row, text);
        if (ignoredOrLevel != null) {
            return ignoredOrLevel;
        }
        return described(text) ? RowOutcome.DESCRIZIONE : RowOutcome.TITOLO;
    }

    /** The row ignored by {@code ignore_rows}, or opening a level; null for anything else. */
    private RowOutcome ignoredOrLevel(RawRow row, String text) {
        for (Pattern p : ignore) {
            if (p.matcher(BoundedText.of(text)).find()) {
                return RowOutcome.IGNORATA;
            }
        }
        return openIfLevel(row, text, null);
    }

    /** Whether the text went to the description of the element opened just before (one that collects it). */
    private boolean described(String text) {
        if (describing == null) {
            return false;
        }
        describing.appendDescription(Text.fold(text.replace('\t', ' ')));
        return true;
    }

    /** Opens the level whose {@code match} the row's text has, if any; else the row is {@code otherwise}. */
    private RowOutcome openIfLevel(RawRow row, String text, RowOutcome otherwise) {
        for (int l = 0; l < levels.size(); l++) {
            Matcher m = levelRows[l] == null ? null : levelRows[l].matcher(BoundedText.of(text));
            if (m != null && m.find()) {
                return openByRow(l, m, row);
            }
        }
        return otherwise;
    }

    /** A header row is a header, unless it also names a level ("1. Semplificazione | 2016 | 2017 | Note"). */
    private RowOutcome headerRow(RawRow row) {
        return openIfLevel(row, rowText(row, "\t"), RowOutcome.INTESTAZIONE);
    }

    /** "file.xlsx, foglio Piano" for a sheet; the file alone for a CSV, a PDF or a Word document. */
    private String where() {
        return table.name().equals(file) ? file : file + ", foglio " + table.name();
    }

    /**
     * The row among the first ones with the most words of {@code header.find}, and the words it lacks, for a message
     * ("; la più vicina è la riga 3 (...), a cui mancano [...]"); empty where no row has any.
     */
    public String nearestHeader() {
        List<RawRow> rows = table.rows();
        RawRow best = null;
        List<String> bestMissing = null;
        for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS); i++) {
            String text = headerText(rows.get(i));
            List<String> missing = new ArrayList<>();
            for (int w = 0; w < findWords.size(); w++) {
                if (!findWords.get(w).matcher(BoundedText.of(text)).find()) {
                    missing.add(mapping.header().find().get(w));
                }
            }
            if (missing.size() < findWords.size() && (bestMissing == null || missing.size() < bestMissing.size())) {
                best = rows.get(i);
                bestMissing = missing;
            }
        }
        return best == null ? "" : "; la più vicina è: " + best.place() + " (\""
                + abbreviate(rowText(best, " | ")) + "\"), a cui mancano " + bestMissing;
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
            if (!word.matcher(BoundedText.of(text)).find()) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyCellContains(RawRow row, String word) {
        String first = word.strip();
        int space = first.indexOf(' ');
        String probe = space < 0 ? first : first.substring(0, space);
        if (probe.isEmpty()) {
            return true;
        }
        // the first letter compared alone before the whole probe: this runs on every data row
        char lower = Character.toLowerCase(probe.charAt(0));
        char upper = Character.toUpperCase(probe.charAt(0));
        for (int c = 1; c <= row.width(); c++) {
            String cell = row.cell(c);
            for (int i = 0; i + probe.length() <= cell.length(); i++) {
                char ch = cell.charAt(i);
                if ((ch == lower || ch == upper) && cell.regionMatches(true, i, probe, 0, probe.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The row's cells, each folded and lower-cased, joined by " | ", for finding header words. */
    public static String headerText(RawRow row) {
        StringBuilder sb = new StringBuilder();
        for (int c = 1; c <= row.width(); c++) {
            String t = row.cell(c);
            if (!t.isBlank()) {
                sb.append(Text.key(t)).append(" | ");
            }
        }
        return sb.toString();
    }

    private int headerEnd(int index) {
        return Math.min(index + mapping.header().rowCount(), table.rows().size());
    }

    /** Reads the header starting at {@code index}: the columns of each field, the columns no field reads. */
    private void readHeader(int index) throws MappingMismatchException {
        List<RawRow> rows = table.rows();
        int end = headerEnd(index);
        HeaderIndex next = new HeaderIndex(table, rows.subList(index, end), columns, width);
        List<String> missingEssential = next.missing().stream().filter(essential::contains).toList();
        if (!missingEssential.isEmpty()) {
            throw new MappingMismatchException(rows.get(index).locate(file, table.name(), null).describe()
                    + ": colonne non trovate per " + describeMissing(missingEssential)
                    + "; " + next.describeColumns());
        }
        if (!next.ambiguous().isEmpty()) {
            // a pattern that fits several columns would silently take the first
            throw new MappingMismatchException(rows.get(index).locate(file, table.name(), null).describe() + ": "
                    + next.ambiguous().entrySet().stream().map(e -> "il campo '" + e.getKey() + "' ("
                    + mapping.columns().get(e.getKey()) + ") corrisponde a più colonne"
                    + (mapping.columns().get(e.getKey()).perUnit()
                    ? " senza nome di struttura nel gruppo (?<unit>...), o alla stessa struttura due volte: "
                    : ": ") + String.join(", ", e.getValue())).collect(Collectors.joining("; "))
                    + ". Rendere l'espressione più precisa, o scegliere la colonna con nth; se ogni colonna è una"
                    + " struttura (una matrice obiettivi x strutture), un gruppo (?<unit>...) ne fa una dimensione");
        }
        Location at = rows.get(index).locate(file, table.name(), null);
        for (String m : next.missing()) {
            notes.add(new ImportNote("COLONNA-ASSENTE", "la colonna del campo '" + m + "' ("
                    + mapping.columns().get(m) + ") non c'è in questa tabella (" + next.describeColumns()
                    + "): il campo resta vuoto", at));
        }
        List<String> unread = next.unread();
        if (!unread.isEmpty() && reported.add("unread:" + unread)) {
            notes.add(new ImportNote("COLONNE-NON-LETTE", "la mappatura non legge " + (unread.size() == 1
                    ? "la colonna " : "le colonne ") + String.join(", ", unread), at));
        }
        header = next;
        for (String field : mapping.columns().keySet()) {
            TreeMap<Integer, Integer> yc = header.yearColumns(field);
            if (yc != null) {
                years.addAll(yc.keySet());
            }
        }
    }

    private String describeMissing(List<String> fields) {
        return fields.stream().map(f -> "'" + f + "' (" + mapping.columns().get(f) + ")")
                .collect(Collectors.joining(", "));
    }

    private RowOutcome readContent(RawRow row) {
        // the row's text is built only where a pattern needs it: most rows of a long table are data
        String text = ignore.isEmpty() && !anyLevelByRows ? null : rowText(row, "\t");
        RowOutcome ignoredOrLevel = text == null ? null : ignoredOrLevel(row, text);
        if (ignoredOrLevel != null) {
            return ignoredOrLevel;
        }
        if (loneText(row)) {
            // a paragraph or a title across the table is no row of data: its text in the code column is no code
            text = text != null ? text : rowText(row, "\t");
            if (described(text)) {
                return RowOutcome.DESCRIZIONE;
            }
            notes.add(new ImportNote("RIGA-IGNORATA", "riga di solo testo (un titolo o un paragrafo) che nessun"
                    + " livello della mappatura riconosce: \"" + abbreviate(Text.fold(text)) + "\"",
                    row.locate(file, table.name(), null)));
            return RowOutcome.SEGNALATA;
        }
        Map<String, String> fields = fieldValues(row);
        List<Mapping.IndicatorSpec> specs = new ArrayList<>(mapping.indicators().size());
        boolean filtered = false;
        for (Mapping.IndicatorSpec s : mapping.indicators()) {
            Boolean applies = applies(s, fields);
            if (applies == null) {
                filtered = true;
            } else if (applies) {
                specs.add(s);
            }
        }
        if (specs.isEmpty() && !columnLevels.anyOn(fields)) {
            text = text != null ? text : rowText(row, "\t");
            if (described(text)) {
                return RowOutcome.DESCRIZIONE;
            }
            if (filtered) {
                return RowOutcome.FILTRATA;
            }
            notes.add(new ImportNote("RIGA-IGNORATA", "riga non riconosciuta (non è un'intestazione, un livello"
                    + " né un indicatore): \"" + abbreviate(Text.fold(text.replace('\t', ' '))) + "\"",
                    row.locate(file, table.name(), null)));
            return RowOutcome.SEGNALATA;
        }
        describing = null;
        String indicatorCode = null;
        for (Mapping.IndicatorSpec spec : specs) {
            indicatorCode = indicatorCode != null ? indicatorCode : clean(fields.get(spec.code()));
        }
        Set<Level> created = columnLevels.place(row, new ColumnLevels.RowFields(fields, inherited, missedByExtract,
                field -> locationOf(row, field), field -> indicatorReader.unitCells(field, row, header)),
                indicatorCode);
        int read = 0;
        int grouped = 0;
        boolean skipped = false;
        for (Mapping.IndicatorSpec spec : specs) {
            ElementBuilder owner;
            if (spec.level() != null) {
                int l = levelIndex(spec.level());
                owner = tree.at(rankOf[l]);
                if (!levels.get(l).byRows() && !created.contains(Level.fromId(spec.level()))) {
                    // an indicator of an upper level is read once, on the row that opens it
                    skipped |= otherIndicatorNotRead(spec, owner, fields, row);
                    continue;
                }
            } else {
                owner = tree.deepest();
            }
            for (Indicator indicator : readIndicators(spec, row, fields)) {
                if (owner == null) {
                    planIndicators.add(indicator);
                    read++;
                } else if (spec.groupBy().isEmpty()) {
                    if (indicator.name() != null && owner.hasIndicatorNamed(indicator.name())) {
                        notes.add(new ImportNote("INDICATORE-RIPETUTO", "l'indicatore \"" + abbreviate(indicator.name())
                                + "\" compare di nuovo sotto " + owner.label() + ": sono tenuti distinti; se è lo stesso"
                                + " indicatore (un foglio per anno, un'esportazione che lo ripete), group_by nella"
                                + " mappatura lo fa uno solo", indicator.provenance()));
                    }
                    owner.addIndicator(indicator);
                    read++;
                } else if (!owner.addOrMerge(groupKey(spec, fields), indicator, notes)) {
                    read++;
                } else {
                    grouped++;
                }
            }
        }
        if (read > 0) {
            return RowOutcome.INDICATORE;
        }
        if (grouped > 0) {
            return RowOutcome.RAGGRUPPATA;
        }
        if (skipped) {
            return RowOutcome.SEGNALATA;
        }
        return !created.isEmpty() ? RowOutcome.LIVELLO : filtered ? RowOutcome.FILTRATA : RowOutcome.UNITA;
    }

    /**
     * An indicator of an upper level on a row of an element already read: the same indicator again (a merged cell)
     * is nothing new; another one is reported, since the mapping reads one per element.
     */
    private boolean otherIndicatorNotRead(Mapping.IndicatorSpec spec, ElementBuilder owner,
                                          Map<String, String> fields, RawRow row) {
        String name = clean(fields.get(spec.name()));
        if (name == null || owner == null || owner.hasIndicatorNamed(name)) {
            return false;
        }
        notes.add(new ImportNote("INDICATORE-NON-LETTO", "l'indicatore \"" + abbreviate(name) + "\" sta su una riga "
                + owner.level().of() + " " + owner.key() + ", già letto: con 'level: " + spec.level()
                + "' la mappatura legge un indicatore"
                + " per elemento, sulla riga che lo apre; senza 'level' ne legge uno per riga",
                row.locate(file, table.name(), null)));
        return true;
    }

    /** The key that makes rows one indicator: the kind of indicator and its {@code group_by} fields' text. */
    private String groupKey(Mapping.IndicatorSpec spec, Map<String, String> fields) {
        StringBuilder key = new StringBuilder(String.valueOf(mapping.indicators().indexOf(spec)));
        for (String field : spec.groupBy()) {
            key.append('\u0000').append(Text.key(fields.get(field)));
        }
        return key.toString();
    }

    private int levelIndex(String level) {
        for (int l = 0; l < levels.size(); l++) {
            if (levels.get(l).level().equals(level)) {
                return l;
            }
        }
        throw new IllegalStateException("livello non in mappatura: " + level); // the loader checks it
    }

    /**
     * The indicators of a row for one kind: one, or with {@code split_lines} one per line of the name cell, each
     * with the matching line of the other cells. Without the option, a name and a value cell with the same number of
     * lines are reported: they look like several indicators in one cell, and are not parsed as one value.
     */
    private List<Indicator> readIndicators(Mapping.IndicatorSpec spec, RawRow row, Map<String, String> fields) {
        List<String> names = lines(fields.get(spec.name()));
        if (names.size() < 2) {
            return List.of(indicatorReader.read(spec, row, fields, header));
        }
        if (!spec.splitsLines()) {
            Indicator one = indicatorReader.read(spec, row, fields, header);
            boolean sameLines = one.targets().values().stream().anyMatch(v -> lines(v.raw()).size() == names.size())
                    || one.actuals().values().stream().anyMatch(v -> lines(v.raw()).size() == names.size());
            if (sameLines) {
                notes.add(new ImportNote("PIU-INDICATORI-IN-UNA-CELLA", "il nome ha " + names.size() + " righe e"
                        + " anche i valori: sembrano " + names.size() + " indicatori in una cella; con split_lines:"
                        + " true la mappatura li separa", one.provenance()));
            }
            return List.of(one);
        }
        List<Indicator> split = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String[] cells = new String[row.width()];
            for (int c = 1; c <= row.width(); c++) {
                cells[c - 1] = lineOf(row.cell(c), i, names.size(), row.locate(file, table.name(), c));
            }
            Map<String, String> lineFields = new LinkedHashMap<>();
            for (Map.Entry<String, String> f : fields.entrySet()) {
                Integer col = header.column(f.getKey());
                lineFields.put(f.getKey(), lineOf(f.getValue(), i, names.size(),
                        row.locate(file, table.name(), col)));
            }
            split.add(indicatorReader.read(spec, row.withCells(cells), lineFields, header));
        }
        return split;
    }

    /** Line {@code i} of {@code n} of a cell that has them all; a cell of one line is shared; another is reported. */
    private String lineOf(String cell, int i, int n, Location at) {
        List<String> lines = lines(cell);
        if (lines.size() == n) {
            return lines.get(i);
        }
        if (lines.size() > 1 && reported.add("lines:" + at.describe())) {
            notes.add(new ImportNote("RIGHE-NON-CORRISPONDENTI", "la cella ha " + lines.size() + " righe ma gli"
                    + " indicatori della riga sono " + n + ": il suo testo vale per tutti, da controllare", at));
        }
        return cell;
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String l : text.split("\n")) {
                if (!l.isBlank()) {
                    out.add(l.strip());
                }
            }
        }
        return out;
    }

    /**
     * Whether the row is one text across the table rather than a row of its cells: a paragraph of a Word document or
     * a line between a PDF's tables (a row of one cell in a wider table), or a cell merged across several columns.
     */
    private boolean loneText(RawRow row) {
        if (width < 2) {
            return false;
        }
        if (row.width() == 1) {
            return true;
        }
        int column = 0;
        for (int c = 1; c <= row.width(); c++) {
            if (!row.cell(c).isBlank()) {
                if (column > 0) {
                    return false;
                }
                column = c;
            }
        }
        return merges.spansColumns(row.number(), column);
    }

    /**
     * Whether the row has this kind of indicator: true, false, or null where {@code when} filtered out a row that has
     * the indicator's name (an indicator the mapping chose to leave out, counted as such in the balance).
     */
    private Boolean applies(Mapping.IndicatorSpec spec, Map<String, String> fields) {
        String whenField = spec.when() != null ? spec.when().field() : spec.name();
        String value = fields.get(whenField);
        if (blank(value)) {
            return false;
        }
        Pattern pattern = whenPatterns.get(spec);
        if (pattern == null || pattern.matcher(BoundedText.of(Text.fold(value))).find()) {
            return true;
        }
        return blank(fields.get(spec.name())) ? Boolean.FALSE : null;
    }

    private RowOutcome openByRow(int l, Matcher m, RawRow row) {
        Mapping.LevelSpec spec = levels.get(l);
        levelsSeen.add(l);
        ElementBuilder candidate = new ElementBuilder(Level.fromId(spec.level()), group(m, "code"),
                group(m, "name"), null, row.locate(file, table.name(), null), null);
        TreeBuilder.Opened opened = tree.open(rankOf[l], candidate);
        describing = spec.collectsDescription() ? opened.element() : null;
        return opened.created() ? RowOutcome.LIVELLO : RowOutcome.UNITA;
    }

    /**
     * A level of the mapping that no row of the table named, with what the mapping looked for: reported when the
     * document is read, unless another of its tables names it.
     */
    private void reportLevelsNeverSeen() {
        for (int l = 0; l < levels.size(); l++) {
            Mapping.LevelSpec spec = levels.get(l);
            if (levelsSeen.contains(l) || columnLevels.seen(l)) {
                plan.seen.add(spec);
                continue;
            }
            if (!spec.byRows() && header.column(spec.code() != null ? spec.code() : spec.name()) == null) {
                continue; // a column that is not there at all is reported as COLONNA-ASSENTE
            }
            String how = spec.byRows() ? "nessuna riga corrisponde a match \"" + spec.match() + "\""
                    : "le sue colonne (" + (spec.code() != null ? "'" + spec.code() + "' " : "")
                    + (spec.name() != null ? "'" + spec.name() + "'" : "") + ") sono vuote in ogni riga";
            plan.absent.putIfAbsent(spec, new ImportNote("LIVELLO-ASSENTE", "il livello '" + spec.level() + "' della mappatura"
                    + " non compare in " + table.name() + ": " + how, Location.ofFile(file)));
        }
    }

    /**
     * The text of each single-column field on this row. A blank cell inside a merged range reads as the
     * range's first cell (the value is inherited, not missing); fields listed in {@code fill_down} also
     * inherit the last value above when blank.
     */
    private Map<String, String> fieldValues(RawRow row) {
        Map<String, String> values = new LinkedHashMap<>();
        inherited.clear();
        missedByExtract.clear();
        for (String field : mapping.columns().keySet()) {
            Integer col = header.column(field);
            if (col == null) {
                continue;
            }
            String text = row.cell(col);
            if (text.isBlank()) {
                text = merges.origin(row.number(), col);
            }
            Pattern extract = extracts.get(field);
            // a cell that says nothing ("." for "none") has nothing to extract
            if (extract != null && Text.saysSomething(text)) {
                Matcher m = extract.matcher(BoundedText.of(Text.fold(text)));
                text = m.find() && m.group("value") != null ? m.group("value").strip() : "";
                if (text.isEmpty()) {
                    missedByExtract.add(field);
                }
            }
            if (text.isBlank() && mapping.fillDown().contains(field)) {
                text = lastValue.getOrDefault(field, "");
                if (!text.isBlank()) {
                    inherited.add(field);
                }
            }
            if (!text.isBlank()) {
                lastValue.put(field, text);
            }
            values.put(field, text);
        }
        return values;
    }

    private Location locationOf(RawRow row, String field) {
        Integer col = field == null ? null : header.column(field);
        return row.locate(file, table.name(), col);
    }

    /** The row's non-empty cells, each with its line breaks folded to spaces, joined by {@code separator}. */
    public static String rowText(RawRow row, String separator) {
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
