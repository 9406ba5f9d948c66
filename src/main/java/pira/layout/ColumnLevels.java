package pira.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import pira.mapping.Mapping;
import pira.model.ImportNote;
import pira.model.Level;
import pira.model.Location;
import pira.model.Value;
import pira.source.RawRow;
import pira.tree.ElementBuilder;
import pira.tree.TreeBuilder;
import pira.value.Codes;
import pira.value.ValueParser;

/**
 * The levels a data row names in its columns, placed in the tree by identity; the level left empty between two that
 * a row names, placed by code or reported; the keys {@code fill_down} carried over from another context, dropped.
 */
final class ColumnLevels {

    /** The fields of one row: their text, which were inherited or missed by {@code extract}, and where each is. */
    record RowFields(Map<String, String> values, Set<String> inherited, Set<String> missedByExtract,
                     Function<String, Location> locate, Function<String, Map<String, Value>> unitCells) {

        /** The value of a field, with its place, or null where the field is not given or blank. */
        Value value(String field) {
            String raw = field == null ? null : values.get(field);
            return TableMapper.blank(raw) ? null : new Value(raw.trim(), ValueParser.parse(raw), locate.apply(field));
        }
    }

    private final List<Mapping.LevelSpec> levels;
    /** The levels read from columns, in the mapping's order: indexes into {@link #levels}. */
    private final List<Integer> columnLevels = new ArrayList<>();
    private final int[] rankOf;
    private final TreeBuilder tree;
    private final List<ImportNote> notes;
    private final String file;
    private final String sheet;
    private final Set<Integer> seen = new TreeSet<>();
    private final Set<String> reported = new TreeSet<>();
    /** Levels left empty on rows that name something below them, by level and parent. */
    private final Map<GapKey, Gap> gaps = new LinkedHashMap<>();

    /** A gap's level, the element it is under (the builder itself: identity, never a hash that two may share). */
    private record GapKey(Level level, ElementBuilder parent, String implied) {
    }

    ColumnLevels(List<Mapping.LevelSpec> levels, int[] rankOf, TreeBuilder tree, List<ImportNote> notes, String file,
                 String sheet) {
        this.levels = levels;
        this.rankOf = rankOf;
        this.tree = tree;
        this.notes = notes;
        this.file = file;
        this.sheet = sheet;
        for (int l = 0; l < levels.size(); l++) {
            if (!levels.get(l).byRows()) {
                columnLevels.add(l);
            }
        }
    }

    /** Whether the level (an index into the mapping's levels) was named by any row. */
    boolean seen(int level) {
        return seen.contains(level);
    }

    /** Whether the row names any level in its columns. */
    boolean anyOn(Map<String, String> fields) {
        for (int c : columnLevels) {
            if (key(fields.get(levels.get(c).code())) != null || key(fields.get(levels.get(c).name())) != null) {
                return true;
            }
        }
        return false;
    }

    /** The levels left empty by rows, reported once each with their rows, when the table is read. */
    void reportGaps() {
        gaps.values().forEach(g -> notes.add(g.note()));
    }

    /**
     * Opens or continues the levels read from columns, by identity. A level left empty on a row that names a
     * deeper one (or an indicator whose code says where it belongs) is a gap: what follows goes under the element
     * its code implies (3.2.1 under 3.2) where that was read, else directly under the level above, reported, never
     * under the element a previous row left open. A value inherited by {@code fill_down} is not trusted across a
     * change of the levels above it, nor against the code below it. Says which levels were created on this row.
     */
    Set<Level> place(RawRow row, RowFields fields, String indicatorCode) {
        int n = columnLevels.size();
        String[] keys = new String[n];
        String[] codes = new String[n + 1];
        int deepest = -1;
        for (int i = 0; i < n; i++) {
            Mapping.LevelSpec spec = levels.get(columnLevels.get(i));
            codes[i] = key(fields.values().get(spec.code()));
            String name = key(fields.values().get(spec.name()));
            keys[i] = codes[i] != null ? codes[i] : name;
            if (keys[i] != null) {
                deepest = i;
                seen.add(columnLevels.get(i));
            } else if (missedByExtract(spec, fields)) {
                reportOnce("extract:" + columnLevels.get(i) + ":" + row.number(), "LIVELLO-NON-LETTO",
                        "il testo della colonna " + Level.fromId(spec.level()).of() + " non ha la forma"
                        + " che 'extract' attende: il livello non è stato letto su questa riga",
                        fields.locate().apply(spec.code() != null ? spec.code() : spec.name()));
            }
        }
        deepest = rejectStaleInherited(keys, codes, deepest, fields.inherited());
        // an indicator's dotted code ("3.3.2") places it too, through the levels the row leaves empty
        if (deepest < 0) {
            // a row that names no level in its columns (an export that writes them once) stays with the elements
            // the rows above opened
            return EnumSet.noneOf(Level.class);
        }
        int last = deepest;
        if (Codes.dotted(indicatorCode) != null && Codes.impliedParent(Codes.dotted(indicatorCode)) != null) {
            codes[n] = indicatorCode;
            last = n - 1;
        }
        Set<Level> created = EnumSet.noneOf(Level.class);
        for (int i = 0; i <= last; i++) {
            int l = columnLevels.get(i);
            Mapping.LevelSpec spec = levels.get(l);
            int rank = rankOf[l];
            if (keys[i] == null) {
                placeGap(rank, Level.fromId(spec.level()), codes, keys, i, row);
                continue;
            }
            Value weight = fields.value(spec.weight());
            String description = TableMapper.clean(fields.values().get(spec.description()));
            Location at = fields.locate().apply(spec.code() != null ? spec.code() : spec.name());
            TreeBuilder.Opened opened = tree.open(rank, new ElementBuilder(Level.fromId(spec.level()), codes[i],
                    codes[i] != null ? key(fields.values().get(spec.name())) : keys[i], weight, at,
                    description).withUnits(units(spec, fields)).identifiedByCode(spec.identifiedByCode()));
            if (opened.created()) {
                created.add(opened.element().level());
            }
        }
        // the column levels deeper than this row names are not on it: its indicators do not belong to them
        for (int i = last + 1; i < n; i++) {
            int rank = rankOf[columnLevels.get(i)];
            if (tree.at(rank) != null) {
                tree.close(rank);
            }
        }
        return created;
    }

    /**
     * Drops the keys that {@code fill_down} inherited from rows of another context: below a level this row writes
     * with another key than the open element's (the rows above belonged to another parent), below a key already
     * dropped, or contradicted by the code above or below them. Returns the deepest level left on the row.
     */
    private int rejectStaleInherited(String[] keys, String[] codes, int deepest, Set<String> inherited) {
        boolean stale = false;
        int left = -1;
        for (int i = 0; i <= deepest; i++) {
            if (keys[i] == null) {
                continue;
            }
            Mapping.LevelSpec spec = levels.get(columnLevels.get(i));
            if (inherited.contains(spec.code() != null ? spec.code() : spec.name())) {
                if (stale || contradicted(codes, i)) {
                    keys[i] = null;
                    codes[i] = null;
                    stale = true;
                    continue;
                }
            } else {
                ElementBuilder open = tree.at(rankOf[columnLevels.get(i)]);
                stale |= open == null || !keys[i].equals(open.key());
            }
            left = i;
        }
        return left;
    }

    /**
     * A level's code or name as the cell gives it; a cell without a letter or a digit (the "." or "-" an export writes
     * where an objective has no action) names nothing.
     */
    private static String key(String text) {
        String clean = TableMapper.clean(text);
        return Text.saysSomething(clean) ? clean : null;
    }

    /** The units the row's unit columns assign to the level's element, each with its cell as share. */
    private static List<pira.model.AssignedUnit> units(Mapping.LevelSpec spec, RowFields fields) {
        List<pira.model.AssignedUnit> units = new ArrayList<>();
        if (spec.units() != null) {
            fields.unitCells().apply(spec.units()).forEach((unit, share) ->
                    units.add(new pira.model.AssignedUnit(unit, null, null, null, share)));
        }
        return units;
    }

    /** A level whose code and name cells have text that its {@code extract} did not find its form in. */
    private static boolean missedByExtract(Mapping.LevelSpec spec, RowFields fields) {
        return spec.code() != null && fields.missedByExtract().contains(spec.code())
                || spec.name() != null && fields.missedByExtract().contains(spec.name());
    }

    /** Whether the code at {@code i} is contradicted by the nearest code above it or below it on the row. */
    private static boolean contradicted(String[] codes, int i) {
        for (int above = i - 1; above >= 0; above--) {
            if (codes[above] != null) {
                if (Codes.contradicts(codes[above], codes[i])) {
                    return true;
                }
                break;
            }
        }
        for (int below = i + 1; below < codes.length; below++) {
            if (codes[below] != null) {
                return Codes.contradicts(codes[i], codes[below]);
            }
        }
        return false;
    }

    /**
     * An empty level between what the row names above and below it: see {@link #openColumnLevels}. Where the code
     * below says it belongs to the element open above (indicator "1.1" of objective "1"), nothing is missing.
     */
    private void placeGap(int rank, Level level, String[] codes, String[] keys, int i, RawRow row) {
        String below = null;
        String what = null;
        for (int d = i + 1; d < codes.length && below == null; d++) {
            below = codes[d];
            what = what != null ? what : d < keys.length ? keys[d] : null;
        }
        what = below != null ? below : what;
        String implied = Codes.dotted(below) == null ? null : Codes.impliedParent(Codes.dotted(below));
        ElementBuilder parent = tree.parentFor(rank);
        if (implied != null && implied.equals(Codes.dotted(parent.code()))) {
            tree.close(rank);
            return;
        }
        ElementBuilder byCode = implied == null ? null : tree.findByCode(rank, level, implied);
        if (byCode != null) {
            tree.reopen(rank, byCode);
            return;
        }
        tree.close(rank);
        gaps.computeIfAbsent(new GapKey(level, parent, implied), k -> new Gap(level, parent, implied, row.locate(file, sheet, null)))
                .add(what, row.displayNumber());
    }

    /** Rows that left a level empty under one parent, reported together once the table is read. */
    private static final class Gap {
        final Level level;
        final ElementBuilder parent;
        final String implied;
        final Location first;
        final Set<String> what = new java.util.LinkedHashSet<>();
        final Set<Integer> rows = new TreeSet<>();

        Gap(Level level, ElementBuilder parent, String implied, Location first) {
            this.level = level;
            this.parent = parent;
            this.implied = implied;
            this.first = first;
        }

        void add(String item, int row) {
            if (item != null) {
                what.add(item);
            }
            rows.add(row);
        }

        ImportNote note() {
            String under = parent.level() == null ? "al piano" : parent.label();
            return new ImportNote("LIVELLO-MANCANTE", (rows.size() == 1 ? "la riga " : "le righe ")
                    + rows.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + (rows.size() == 1 ? " non indica " : " non indicano ")
                    + level.withArticle() + ": " + String.join(", ", what) + " "
                    + (what.size() == 1 ? "è posto" : "sono posti") + " direttamente sotto " + under
                    + (implied == null ? "" : "; il codice indica " + level.withArticle() + " " + implied
                    + ", che nel documento non c'è"), first);
        }
    }

    private void reportOnce(String key, String code, String message, Location at) {
        if (reported.add(key)) {
            notes.add(new ImportNote(code, message, at));
        }
    }

}
