package pira.choice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import pira.source.RawDocument;
import pira.source.RawRow;
import pira.source.RawTable;
import pira.layout.TableMapper;
import pira.mapping.Mapping;
import pira.mapping.MappingCandidate;
import pira.mapping.MappingMismatchException;

/**
 * Chooses the mapping for a file by its signature: the file kind, and how many of the signature's
 * words appear in the first rows of one of its sheets.
 */
public final class MappingMatcher {

    private static final int ROWS_LOOKED_AT = 60;

    private MappingMatcher() {
    }

    /** How well one mapping fits a document. */
    public record Score(MappingCandidate candidate, boolean formatFits, double score, List<String> missing) {

        boolean fits() {
            return formatFits && score >= candidate.mapping().signature().threshold();
        }

        String explain() {
            if (!formatFits) {
                return candidate.id() + ": è per file " + candidate.mapping().signature().formats();
            }
            return candidate.id() + ": " + Math.round(score * 100) + "% delle parole chiave"
                    + (missing.isEmpty() ? "" : ", mancano " + missing.stream().map(w -> "\"" + w + "\"")
                    .collect(Collectors.joining(", ")));
        }
    }

    /** The best fitting mapping; the message of the exception lists the closest ones and why they do not fit. */
    public static Score choose(RawDocument document, List<MappingCandidate> candidates)
            throws MappingMismatchException {
        List<Score> scores = new ArrayList<>();
        for (MappingCandidate c : candidates) {
            scores.add(score(document, c));
        }
        scores.sort(Comparator.comparing(Score::formatFits).thenComparingDouble(Score::score).reversed()
                .thenComparing(s -> s.candidate().id()));
        List<Score> fitting = scores.stream().filter(Score::fits).toList();
        if (fitting.isEmpty()) {
            String closest = scores.stream().limit(3).map(s -> "    " + s.explain())
                    .collect(Collectors.joining("\n"));
            throw new MappingMismatchException(document.file() + ": nessuna mappatura adatta a questo file."
                    + (closest.isEmpty() ? " Non ci sono mappature." : " Le più vicine:\n" + closest)
                    + "\n  Indicare la mappatura con --mapping, oppure crearne una nuova (vedere mappings/README.md).");
        }
        if (fitting.size() > 1 && fitting.get(0).score() == fitting.get(1).score()) {
            throw new MappingMismatchException(document.file() + ": più mappature si adattano allo stesso modo ("
                    + fitting.stream().filter(s -> s.score() == fitting.get(0).score())
                    .map(s -> s.candidate().id()).collect(Collectors.joining(", "))
                    + "). Indicare quella giusta con --mapping.");
        }
        return fitting.get(0);
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
            String text = head(table);
            List<String> missing = signature.words().stream()
                    .filter(w -> !TableMapper.wordPattern(w).matcher(text).find()).toList();
            if (missing.size() < bestMissing.size()) {
                bestMissing = missing;
            }
        }
        double score = signature.words().isEmpty() ? 0
                : 1.0 - (double) bestMissing.size() / signature.words().size();
        return new Score(candidate, formatFits, score, bestMissing);
    }

    private static String head(RawTable table) {
        StringBuilder sb = new StringBuilder();
        for (RawRow row : table.rows().subList(0, Math.min(ROWS_LOOKED_AT, table.rows().size()))) {
            sb.append(TableMapper.headerText(row)).append('\n');
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

}
