package pira.draft;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import pira.choice.PlanVocabulary;
import pira.mapping.MappingException;
import pira.mapping.MappingLoader;
import pira.source.RawDocument;
import pira.source.RawTable;
import pira.source.ReaderOptions;
import pira.source.SourceException;
import pira.source.SourceReaders;

/**
 * A draft mapping for a file of an unknown layout. A block layout gets a block draft ({@link BlockDraft}); any other
 * a table draft ({@link TableDraft}) from the header of the table that looks most like a plan, among every sheet.
 * A draft is checked as {@code pira mappings check} would check it: one that would not pass is never given, and
 * the reason is said instead ({@link DraftException}).
 */
public final class MappingDraft {

    private static final Pattern PLAN_WORDS = Pattern.compile("(?i)indicator|kpi");
    private static final Pattern TARGET_WORDS = Pattern.compile("(?i)target|20\\d\\d");

    private MappingDraft() {
    }

    /**
     * The draft for a file, read as a block mapping would read it (a PDF's cells keep their lines, which a table
     * draft folds anyway).
     */
    public static String suggest(Path file) throws SourceException, DraftException {
        return suggest(SourceReaders.read(file, new ReaderOptions(null, null, null, null, null, null, true)));
    }

    /** The draft, valid for the mapping loader; {@link DraftException} with the reason where there is none. */
    public static String suggest(RawDocument document) throws DraftException {
        boolean text = document.tables().stream().anyMatch(t -> t.rows().stream().anyMatch(r -> !r.isBlank()));
        if (document.pictures().any() && !text) {
            throw new DraftException(document.pictures().describe() + ": nessuna bozza. Chiedere il file originale, o"
                    + " importarlo con il riconoscimento del testo (pira import --ocr).");
        }
        if (!PlanVocabulary.speaksOfPerformance(document)) {
            // a file of another kind (staff counts, charts) is not a layout to map
            throw new DraftException("non sembra un documento di performance (non parla di obiettivi, indicatori,"
                    + " target o pesi): nessuna bozza.");
        }
        String draft = draft(document);
        try {
            MappingLoader.parse(document.file(), draft);
        } catch (MappingException e) {
            throw new DraftException("la bozza non sarebbe una mappatura valida, e non è scritta: "
                    + String.join("; ", e.problems()));
        }
        return draft;
    }

    private static String draft(RawDocument document) throws DraftException {
        String blocks = document.tables().isEmpty() ? null : BlockDraft.suggest(document);
        if (blocks != null) {
            return blocks;
        }
        List<RawTable> tables = document.tables().stream().filter(t -> !t.hidden()).toList();
        List<HeaderGuess> found = new ArrayList<>();
        for (RawTable t : tables.isEmpty() ? document.tables() : tables) {
            HeaderGuess guess = HeaderGuess.find(t);
            if (guess != null) {
                found.add(guess);
            }
        }
        if (found.isEmpty()) {
            boolean cells = document.tables().stream().flatMap(t -> t.rows().stream())
                    .anyMatch(r -> HeaderGuess.filled(r) >= 2);
            throw new DraftException(cells ? "nessuna riga d'intestazione riconosciuta (etichette brevi sopra righe"
                    + " di dati) tra le prime righe delle tabelle: nessuna bozza"
                    : "il documento non contiene tabelle: nessuna bozza");
        }
        HeaderGuess best = found.get(0);
        for (HeaderGuess g : found) {
            if (planScore(g) > planScore(best)) {
                best = g;
            }
        }
        List<HeaderGuess> others = new ArrayList<>(found);
        others.remove(best);
        return TableDraft.suggest(document, best, others);
    }

    /** How much a table looks like a plan: its header's labels, more with indicators and years or targets. */
    private static int planScore(HeaderGuess guess) {
        String paths = String.join(" | ", guess.paths());
        return guess.score() + (PLAN_WORDS.matcher(paths).find() ? 5 : 0)
                + (TARGET_WORDS.matcher(paths).find() ? 3 : 0);
    }

    /** The first lines of every draft: what to do with it, its id and description. */
    static String intro(RawDocument document) {
        String base = slug(document.file().replaceFirst("\\.[^.]+$", "")).replace('_', '-');
        return "# BOZZA di mappatura generata da pira per " + document.file() + ".\n"
                + "# Controllare le colonne, i livelli (levels: da colonne o con match da righe proprie) e gli anni,\n"
                + "# poi copiare il file nella cartella mappings/ e rimettere il documento in inbox/.\n"
                + "# Il formato è descritto in mappings/README.md.\n"
                + "id: bozza-" + base + "\n"
                + "description: " + quote("Bozza per " + document.file()) + "\n"
                + "document: piano\n";
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            s = "campo_" + s;
        }
        return s.length() > 30 ? s.substring(0, 30).replaceAll("_+$", "") : s;
    }

    static String unique(Set<String> taken, String name) {
        String n = name;
        for (int i = 2; taken.contains(n); i++) {
            n = name + "_" + i;
        }
        return n;
    }

    static String escape(String text) {
        return text.replaceAll("([\\\\.\\[\\]{}()*+?^$|])", "\\\\$1");
    }

    /** A YAML single-quoted scalar: backslashes stay as they are, quotes are doubled. */
    static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
