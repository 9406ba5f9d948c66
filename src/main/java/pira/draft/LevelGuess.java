package pira.draft;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import pira.model.Level;

/**
 * The levels a table draft guesses, from the top: those on rows of their own ({@link LevelRows}); then, from a
 * column of dotted codes of several depths ("1", "1.1", "1.1.1"), each depth but the deepest (the indicators'
 * rows) as a level read from its own rows; or else the columns left of the indicators' names whose values stay
 * over several rows (merged down, repeated, written once) or whose header names a level, each a level with the
 * code and the name that change on the same rows, and its weight. The kind of a level comes from its header or
 * word ("Area", "Obiettivo strategico", "Cod. OP"), else from its code's depth (1 strategic, 2 operational, 3
 * action), else from its place, the deepest being the operational objective. Nothing is guessed where two levels
 * would be of the same kind.
 */
final class LevelGuess {

    /** A level of the draft: read from columns (fields of code, name and weight) or from its own rows (match). */
    record Guess(Level level, String code, String name, String weight, String match) {

        String yaml() {
            StringBuilder y = new StringBuilder("  - {level: ").append(level.id());
            if (match != null) {
                y.append(", match: ").append(MappingDraft.quote(match));
            }
            for (String[] key : new String[][] {{"code", code}, {"name", name}, {"weight", weight}}) {
                if (key[1] != null) {
                    y.append(", ").append(key[0]).append(": ").append(key[1]);
                }
            }
            return y.append("}\n").toString();
        }
    }

    /** Columns that group rows without being levels: a year, a period, a date. */
    private static final Pattern NOT_A_LEVEL = Pattern.compile("(?i)anno|period|trimestr|semestr|mese|data");
    static final Pattern WEIGHT = Pattern.compile("(?i)peso|ponderazion");
    private static final Map<Level, Pattern> HINTS = new LinkedHashMap<>();
    private static final List<Level> BY_DEPTH =
            List.of(Level.OBIETTIVO_STRATEGICO, Level.OBIETTIVO_OPERATIVO, Level.AZIONE);
    private static final List<Level> BY_PLACE =
            List.of(Level.AREA, Level.OBIETTIVO_STRATEGICO, Level.OBIETTIVO_OPERATIVO, Level.AZIONE);

    static {
        // in this order: "Area strategica" is an area, not a strategic objective
        HINTS.put(Level.AREA, Pattern.compile("(?i)area|ambit|prospettiv"));
        HINTS.put(Level.MISSIONE, Pattern.compile("(?i)mission"));
        HINTS.put(Level.PROGRAMMA, Pattern.compile("(?i)programm"));
        HINTS.put(Level.OBIETTIVO_OPERATIVO, Pattern.compile("(?i)operativ|\\bop\\b"));
        HINTS.put(Level.OBIETTIVO_STRATEGICO, Pattern.compile("(?i)strateg|\\bos\\b"));
        HINTS.put(Level.AZIONE, Pattern.compile("(?i)azion|attivit"));
    }

    /** A level while it is gathered: the words that name it, its code's depth, its fields or its match. */
    private static final class Found {
        final StringBuilder words = new StringBuilder();
        final TreeSet<Integer> openings;
        int depth;
        String code;
        String name;
        String weight;
        String match;

        Found(TreeSet<Integer> openings, String words) {
            this.openings = openings;
            this.words.append(words);
        }
    }

    private LevelGuess() {
    }

    /** The kind of level a header or a word names, or null. */
    static Level hinted(String words) {
        for (Map.Entry<Level, Pattern> hint : HINTS.entrySet()) {
            if (hint.getValue().matcher(words).find()) {
                return hint.getKey();
            }
        }
        return null;
    }

    /** The levels, or none where nothing is guessed with confidence. */
    static List<Guess> guess(HeaderGuess header, List<DataColumn> columns, DraftColumns fields, int nameColumn) {
        List<Found> found = new ArrayList<>();
        for (LevelRows.Found row : LevelRows.find(header)) {
            Found f = new Found(null, row.word());
            f.depth = row.depth();
            f.match = row.match();
            found.add(f);
        }
        List<Found> byDepth = fromCodeDepths(columns, nameColumn);
        found.addAll(byDepth.isEmpty() ? fromColumns(columns, fields, nameColumn) : byDepth);
        return kinds(found);
    }

    private static List<Found> fromCodeDepths(List<DataColumn> columns, int nameColumn) {
        for (DataColumn c : columns.subList(0, Math.min(nameColumn, columns.size()))) {
            TreeSet<Integer> depths = c.depths();
            if (depths.size() < 2 || depths.size() > BY_PLACE.size() || !firstOnLevelRows(columns, c, depths.last())) {
                continue;
            }
            List<Found> found = new ArrayList<>();
            for (int depth : depths.headSet(depths.last())) {
                Found f = new Found(null, "");
                f.depth = depth;
                f.match = "^(?<code>\\d+" + "\\.\\d+".repeat(depth - 1)
                        + ")\\.?(?:\\t|\\s*[-\u2013]\\s+|\\s+)(?<name>[^\\t]+)";
                found.add(f);
            }
            return found;
        }
        return List.of();
    }

    /** Whether on the rows of the shallower codes the code is the first cell, as the level's match needs. */
    private static boolean firstOnLevelRows(List<DataColumn> columns, DataColumn codes, int deepest) {
        for (int row = 0; row < codes.all().size(); row++) {
            int depth = Cells.codeDepth(codes.all().get(row));
            for (DataColumn before : columns.subList(0, codes.column() - 1)) {
                if (depth > 0 && depth < deepest && !before.all().get(row).isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<Found> fromColumns(List<DataColumn> columns, DraftColumns fields, int nameColumn) {
        List<Found> found = new ArrayList<>();
        List<DataColumn> left = columns.subList(0, Math.min(nameColumn - 1, columns.size()));
        DataColumn codes = null;
        for (DataColumn c : left) {
            String field = fields.field(c.column());
            if (field == null || c.filled() == 0) {
                continue;
            }
            if (WEIGHT.matcher(c.path()).find()) {
                weight(found, c, field);
                continue;
            }
            // a level groups rows, or its header says it is one ("Obiettivo operativo", one per row)
            if (NOT_A_LEVEL.matcher(c.path()).find() || c.years() || !(c.groups() || hinted(c.path()) != null)
                    || !(c.text() || c.codes() || c.codesWithNames())) {
                codes = c.codes() ? c : null;
                continue;
            }
            Found last = found.isEmpty() ? null : found.get(found.size() - 1);
            boolean deeper = last != null && last.depth > 0 && c.depths().size() == 1
                    && c.depths().first() != last.depth;
            if (last != null && last.name == null && !c.codes() && !deeper
                    && last.openings.containsAll(c.openings())) {
                // the name beside the code: it changes where the code does (two codes may share a name)
                last.name = c.codesWithNames() ? fields.split(c.column()).get(1) : field;
                last.words.append(' ').append(c.path());
            } else if (last == null || deeper || !c.openings().equals(last.openings) && within(last.openings, c)) {
                Found level = level(c, field, fields);
                // the code in the column before the name ("Cod. | Obiettivo operativo")
                if (level.code == null && codes != null && codes.column() == c.column() - 1
                        && codes.openings().equals(c.openings())) {
                    level.code = fields.field(codes.column());
                }
                found.add(level);
            }
            codes = null;
        }
        // a level of codes alone, one per row ("Cod. azione"), is named by the indicators' column
        DataColumn names = columns.get(nameColumn - 1);
        Found deepest = found.isEmpty() ? null : found.get(found.size() - 1);
        if (deepest != null && deepest.name == null && !names.codesWithNames()
                && deepest.openings.equals(names.openings())) {
            deepest.name = fields.field(nameColumn);
        }
        return found;
    }

    /**
     * Whether a column changes wherever the level above it changes, on the rows where it has a value: a level
     * below it, not something said of that level (its kpi, the same on every row).
     */
    private static boolean within(TreeSet<Integer> above, DataColumn c) {
        for (int row : above) {
            if (!c.values().get(row).isEmpty() && !c.openings().contains(row)) {
                return false;
            }
        }
        return true;
    }

    private static Found level(DataColumn c, String field, DraftColumns fields) {
        Found level = new Found(c.openings(), c.path());
        level.depth = c.depths().size() == 1 ? c.depths().first() : 0;
        if (c.codes()) {
            level.code = field;
        } else if (c.codesWithNames()) {
            List<String> parts = fields.split(c.column());
            level.code = parts.get(0);
            level.name = parts.get(1);
        } else {
            level.name = field;
        }
        return level;
    }

    /** A weight that changes only where a level does goes to the deepest such level on its left. */
    private static void weight(List<Found> found, DataColumn c, String field) {
        for (int i = found.size() - 1; i >= 0; i--) {
            if (found.get(i).openings.containsAll(c.openings())) {
                found.get(i).weight = found.get(i).weight == null ? field : found.get(i).weight;
                return;
            }
        }
    }

    /** The kind of each level: from its words, else its code's depth, else its place; none if two are the same. */
    private static List<Guess> kinds(List<Found> found) {
        List<Guess> guesses = new ArrayList<>();
        Set<Level> seen = new HashSet<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            Level level = hinted(f.words.toString());
            if (level == null && f.depth > 0 && f.depth <= BY_DEPTH.size()) {
                level = BY_DEPTH.get(f.depth - 1);
            }
            if (level == null) {
                // the deepest level is the operational objective, the ones above it the strategic, the area
                int place = BY_PLACE.size() - 2 - (found.size() - 1 - i);
                level = place >= 0 ? BY_PLACE.get(place) : null;
            }
            if (level == null || !seen.add(level)) {
                return List.of();
            }
            guesses.add(new Guess(level, f.code, f.name, f.weight, f.match));
        }
        return guesses;
    }
}
