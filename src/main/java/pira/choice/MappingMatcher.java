package pira.choice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import pira.layout.TableMapper;
import pira.layout.Text;
import pira.mapping.Mapping;
import pira.mapping.MappingCandidate;
import pira.source.RawDocument;
import pira.source.RawRow;
import pira.source.RawTable;

/**
 * Chooses the mapping for a file by its signature: the file kind, and how many of the signature's words stand where
 * a header or a level's title can stand in the first rows of one of its tables. Ties are settled by who wrote the
 * mapping (the office's own outranks the built-in one it adapts) and then by the more specific signature; a real tie
 * is the office's to settle, never settled by the order of the files.
 */
public final class MappingMatcher {

    private static final int ROWS_LOOKED_AT = 60;
    /** A cell longer than this is data text (a description, an algorithm), not a header or a title. */
    private static final int LABEL_CHARS = 60;
    private static final int LABEL_WORDS = 8;
    /** A level's title: the label, then its code ("Obiettivo strategico 1.1 - ...", "MISSIONE 011 ..."). */
    private static final Pattern TITLE_CODE = Pattern.compile("^[\\s:.\\-]*([0-9]|[ivxlc]+\\b)");

    private MappingMatcher() {
    }

    /** How well one mapping fits a document. */
    public record Score(MappingCandidate candidate, boolean formatFits, double score, List<String> missing,
                        boolean headerFound) {

        /** The kind is right, enough words stand as labels, and the header the mapping reads from is there. */
        public boolean fits() {
            return formatFits && score >= candidate.mapping().signature().threshold() && headerFound;
        }

        /** How much the signature asks: the more words it has, the more specific it is. */
        int specificity() {
            return candidate.mapping().signature().words().size();
        }

        public String explain() {
            if (!formatFits) {
                return candidate.id() + ": è per file " + candidate.mapping().signature().formats();
            }
            return candidate.id() + ": " + Math.round(score * 100) + "% delle parole chiave"
                    + (missing.isEmpty() ? "" : ", mancano " + missing.stream().map(w -> "\"" + w + "\"")
                    .collect(Collectors.joining(", "))) + (headerFound ? "" : "; nessuna riga ha la sua intestazione "
                    + candidate.mapping().parts().get(0).header().find());
        }
    }

    /**
     * Best first: the fitting ones, then those for the file's kind, by score, the office's own before the built-in
     * ones, the more specific first.
     */
    private static final Comparator<Score> RANK = Comparator.comparing(Score::fits).reversed()
            .thenComparing(Comparator.comparing(Score::formatFits).reversed())
            .thenComparing(Comparator.comparingDouble(Score::score).reversed())
            .thenComparing(s -> s.candidate().builtin())
            .thenComparing(Comparator.comparingInt(Score::specificity).reversed())
            .thenComparing(s -> s.candidate().id());

    /** Every candidate scored, best first. */
    public static List<Score> rank(RawDocument document, List<MappingCandidate> candidates) {
        List<Score> scores = new ArrayList<>();
        for (MappingCandidate c : candidates) {
            scores.add(score(document, c));
        }
        scores.sort(RANK);
        return scores;
    }

    /**
     * The best fitting mapping. None fitting, or two the rules cannot tell apart, is a {@link NoChoiceException}
     * that names them and their scores; what to do about it depends on the path (the command line has --mapping, the
     * inbox has not), so the advice is the caller's.
     */
    public static Score choose(RawDocument document, List<MappingCandidate> candidates) throws NoChoiceException {
        return chooseAmong(document, rank(document, candidates));
    }

    /** As above, among candidates already scored by {@link #rank} (whose list then also names the others). */
    public static Score chooseAmong(RawDocument document, List<Score> scores) throws NoChoiceException {
        List<Score> fitting = scores.stream().filter(Score::fits).toList();
        if (fitting.isEmpty()) {
            return failNone(document, scores);
        }
        Score best = fitting.get(0);
        List<Score> tied = fitting.stream().filter(s -> s.score() == best.score()
                && s.candidate().builtin() == best.candidate().builtin() && s.specificity() == best.specificity())
                .toList();
        if (tied.size() > 1) {
            throw new NoChoiceException(NoChoiceException.Kind.TIE, document.file() + ": più mappature si adattano"
                    + " allo stesso modo (" + Math.round(best.score() * 100) + "% delle parole chiave, "
                    + best.specificity() + " parole): " + tied.stream().map(s -> s.candidate().id() + " ("
                    + s.candidate().origin() + ")").collect(Collectors.joining(", ")) + ".", tied);
        }
        return best;
    }

    private static Score failNone(RawDocument document, List<Score> scores) throws NoChoiceException {
        String closest = scores.stream().limit(3).map(s -> "    " + s.explain()).collect(Collectors.joining("\n"));
        throw new NoChoiceException(NoChoiceException.Kind.NONE, document.file() + ": nessuna mappatura adatta a"
                + " questo file." + (closest.isEmpty() ? " Non ci sono mappature." : " Le più vicine:\n" + closest),
                scores.stream().limit(3).toList());
    }

    static Score score(RawDocument document, MappingCandidate candidate) {
        Mapping.Signature signature = candidate.mapping().signature();
        boolean formatFits = signature.formats().contains(document.format().id());
        List<String> bestMissing = signature.words();
        for (RawTable table : document.tables()) {
            String sheet = candidate.mapping().reader().sheet();
            if (sheet != null && !sheet.equals(table.name())) {
                continue;
            }
            List<String> labels = labels(table);
            List<String> missing = signature.words().stream().filter(w -> !standsAsLabel(w, labels)).toList();
            if (missing.size() < bestMissing.size()) {
                bestMissing = missing;
            }
        }
        double score = signature.words().isEmpty() ? 0
                : 1.0 - (double) bestMissing.size() / signature.words().size();
        // the header is looked for only where the words fit: the others are out anyway
        boolean header = !(formatFits && score >= signature.threshold()) || headerFound(document, candidate.mapping());
        return new Score(candidate, formatFits, score, bestMissing, header);
    }

    /**
     * Whether a table of the document has the header the mapping (its first section) reads from; a block mapping has
     * none to find.
     */
    private static boolean headerFound(RawDocument document, Mapping mapping) {
        Mapping first = mapping.parts().get(0);
        if (mapping.blocks() != null || first.header() == null || first.header().find().isEmpty()) {
            return true;
        }
        for (RawTable table : document.tables()) {
            String sheet = first.reader().sheet();
            if ((sheet == null || sheet.equals(table.name())) && new TableMapper(first, document.file(), table)
                    .hasHeader()) {
                return true;
            }
        }
        return false;
    }

    /** The texts of the cells in the first rows of a table, folded to their keys. */
    private static List<String> labels(RawTable table) {
        List<String> labels = new ArrayList<>();
        for (RawRow row : table.rows().subList(0, Math.min(ROWS_LOOKED_AT, table.rows().size()))) {
            for (int c = 1; c <= row.width(); c++) {
                String t = Text.key(row.cell(c));
                if (!t.isBlank()) {
                    labels.add(t);
                }
            }
        }
        return labels;
    }

    /**
     * Whether the word stands in a cell as a header or a title does: a short cell that holds it, or a longer one
     * that begins with it and a code. A description that mentions it ("Stato di attuazione del piano ...") does
     * not count.
     */
    private static boolean standsAsLabel(String word, List<String> labels) {
        Pattern pattern = TableMapper.wordPattern(word);
        String key = Text.key(word);
        for (String label : labels) {
            if (label.length() <= LABEL_CHARS && label.split(" ").length <= LABEL_WORDS) {
                if (pattern.matcher(label).find()) {
                    return true;
                }
            } else if (label.startsWith(key) && TITLE_CODE.matcher(label.substring(key.length())).find()) {
                return true;
            }
        }
        return false;
    }
}
