package pira.draft;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pira.source.RawDocument;
import pira.source.RawRow;
import pira.source.RawTable;
import pira.source.ReaderOptions;
import pira.source.SourceException;
import pira.source.SourceReaders;
import pira.layout.Text;

/**
 * A draft mapping for a file of an unknown layout. A block layout gets a block draft ({@link BlockDraft}); any other
 * is drafted from its header: every column becomes a field,
 * year columns become one field of targets by year, and the usual headers (codice, indicatore, peso, unità,
 * algoritmo, responsabile) are wired to the indicator. The draft loads as it is; a person completes the levels.
 */
public final class MappingDraft {

    private static final int ROWS_LOOKED_AT = 30;
    private static final Pattern YEAR = Pattern.compile("^(.*?)(20\\d\\d)$");
    private static final Pattern TARGET = Pattern.compile("(?i)target|obiettivo|atteso|soglia");
    private static final Pattern ACTUAL = Pattern.compile("(?i)stato|consuntiv|rilevat|consegu|realizzat|misurat");

    private MappingDraft() {
    }

    /**
     * The draft for a file, read as a block mapping would read it (a PDF's cells keep their lines, which a table
     * draft folds anyway).
     */
    public static String suggest(Path file) throws SourceException {
        return suggest(SourceReaders.read(file, new ReaderOptions(null, null, null, null, null, null, true)));
    }

    public static String suggest(RawDocument document) {
        String blocks = BlockDraft.suggest(document);
        if (blocks != null) {
            return blocks;
        }
        RawTable table = document.tables().get(0);
        RawRow header = null;
        int best = 0;
        for (RawTable t : document.tables()) {
            for (RawRow row : t.rows().subList(0, Math.min(ROWS_LOOKED_AT, t.rows().size()))) {
                int score = 0;
                for (int c = 1; c <= row.width(); c++) {
                    String s = Text.fold(row.cell(c));
                    if (!s.isEmpty() && s.length() <= 60 && s.chars().anyMatch(Character::isLetterOrDigit)) {
                        score++;
                    }
                }
                if (score > best) {
                    best = score;
                    header = row;
                    table = t;
                }
            }
        }
        StringBuilder y = new StringBuilder(intro(document));
        if (header == null) {
            y.append("# Nessuna riga d'intestazione riconosciuta: compilare a mano.\n");
            return y.toString();
        }
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, String> headerText = new LinkedHashMap<>();
        // one field per kind of year column ("Stato anno 2019", "Target anno 2020".."2022"): prefix -> field
        Map<String, String> yearFields = new LinkedHashMap<>();
        for (int c = 1; c <= header.width(); c++) {
            String text = Text.fold(header.cell(c));
            if (text.isEmpty()) {
                continue;
            }
            Matcher m = YEAR.matcher(text);
            if (m.matches()) {
                if (!yearFields.containsKey(m.group(1))) {
                    String field = unique(columns.keySet(), m.group(1).isBlank() ? "anno" : slug(m.group(1)));
                    columns.put(field, "^" + escape(m.group(1)) + "(?<year>20\\d\\d)$");
                    yearFields.put(m.group(1), field);
                }
                continue;
            }
            String field = unique(columns.keySet(), slug(text));
            columns.put(field, "^" + escape(text) + "$");
            headerText.put(field, text);
        }
        List<String> words = new ArrayList<>();
        for (String text : headerText.values()) {
            if (words.size() < 6) {
                words.add(text);
            }
        }
        y.append("\nsignature:\n  formats: [").append(document.format().id()).append("]\n  words: [")
                .append(String.join(", ", words.stream().map(MappingDraft::quote).toList())).append("]\n");
        if (table != document.tables().get(0) || document.tables().size() > 1) {
            y.append("\nreader:\n  sheet: ").append(quote(table.name())).append('\n');
        }
        y.append("\nheader:\n  find: [").append(String.join(", ", words.subList(0, Math.min(3, words.size()))
                .stream().map(MappingDraft::quote).toList())).append("]\n  rows: 1\n");
        y.append("\ncolumns:\n");
        columns.forEach((f, regex) -> y.append("  ").append(f).append(": ").append(quote(regex)).append('\n'));
        String name = pick(headerText, "indicator", "kpi", "descrizione", "titolo", "obiettivo");
        for (String f : headerText.keySet()) {
            if (name == null) {
                name = f;
            }
        }
        y.append("\n# Livelli, dall'alto in basso: da una riga propria (match) o dalle colonne, per esempio\n")
                .append("# levels:\n")
                .append("#   - {level: obiettivo_strategico, match: \"^Obiettivo strategico (?<code>\\\\d+) (?<name>.+)\"}\n")
                .append("#   - {level: obiettivo_operativo, code: ..., name: ...}\n");
        y.append("\nindicators:\n  - name: ").append(name).append('\n');
        wire(y, "code", pick(headerText, "codice", "cod."));
        wire(y, "weight", pick(headerText, "peso"));
        wire(y, "unit", pick(headerText, "unità", "unita"));
        wire(y, "algorithm", pick(headerText, "algoritmo", "formula"));
        wire(y, "responsible", pick(headerText, "responsab", "relatore", "centro"));
        String actuals = yearField(yearFields, ACTUAL);
        String targets = yearField(yearFields, TARGET);
        if (targets == null) {
            targets = yearFields.values().stream().filter(f -> !f.equals(actuals)).findFirst().orElse(null);
        }
        wire(y, "targets", targets);
        wire(y, "actuals", actuals);
        for (String field : yearFields.values()) {
            if (!field.equals(targets) && !field.equals(actuals)) {
                y.append("    # ").append(field).append(": colonne per anno non assegnate (targets o actuals?)\n");
            }
        }
        return y.toString();
    }

    /** The first lines of every draft: what to do with it, its id and description. */
    static String intro(RawDocument document) {
        String base = slug(document.file().replaceFirst("\\.[^.]+$", "")).replace('_', '-');
        return "# BOZZA di mappatura generata da pira per " + document.file() + ".\n"
                + "# Controllare le colonne, completare i livelli (levels: da colonne o con match da righe proprie) e gli anni,\n"
                + "# poi copiare il file nella cartella mappings/ e rimettere il documento in inbox/.\n"
                + "# Il formato è descritto in mappings/README.md.\n"
                + "id: bozza-" + base + "\n"
                + "description: " + quote("Bozza per " + document.file()) + "\n"
                + "document: piano\n";
    }

    private static void wire(StringBuilder y, String key, String field) {
        if (field != null) {
            y.append("    ").append(key).append(": ").append(field).append('\n');
        }
    }

    /** The field of the first kind of year column whose words say what it holds. */
    private static String yearField(Map<String, String> yearFields, Pattern kind) {
        return yearFields.entrySet().stream().filter(e -> kind.matcher(e.getKey()).find()).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static String pick(Map<String, String> headerText, String... hints) {
        for (String hint : hints) {
            for (Map.Entry<String, String> e : headerText.entrySet()) {
                if (e.getValue().toLowerCase(Locale.ITALIAN).contains(hint)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            s = "campo_" + s;
        }
        return s.length() > 30 ? s.substring(0, 30).replaceAll("_+$", "") : s;
    }

    private static String unique(Set<String> taken, String name) {
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
