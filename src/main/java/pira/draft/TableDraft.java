package pira.draft;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pira.layout.TableMapper;
import pira.source.RawDocument;
import pira.source.RawRow;
import pira.source.SourceFormat;

/**
 * The draft of a table mapping, from the table's header ({@link HeaderGuess}) and the data under it: a field for
 * every column ({@link DraftColumns}), the levels when they can be guessed ({@link LevelGuess}), the column of the
 * indicators' names, their codes, weights, units, algorithms and responsibles by the usual headers, the year
 * columns as targets (or as the values of a year, "Stato anno 2019").
 */
final class TableDraft {

    private static final Pattern TARGET = Pattern.compile("(?i)target|obiettivo|atteso|soglia");
    private static final Pattern ACTUAL = Pattern.compile("(?i)stato|consuntiv|rilevat|consegu|realizzat|misurat");
    /** A column of the values of one year, without the year ("Stato"): not a result in words ("conseguito"). */
    private static final Pattern STATED = Pattern.compile("(?i)\\bstato\\b|consuntiv|rilevat");
    /** The headers of the indicators' names, the likelier first. */
    private static final List<Pattern> NAMES = List.of(Pattern.compile("(?i)indicator|kpi"),
            Pattern.compile("(?i)descrizion|titolo|azion|attivit"));
    private static final Pattern YEAR = Pattern.compile("\\b(20\\d\\d)\\b");
    private static final Pattern PIRA = Pattern.compile("\\bPIRA\\b");
    /** The most rows at the bottom of a table that a draft ignores: more are not signatures. */
    private static final int BOTTOM_ROWS = 5;

    private final RawDocument document;
    private final HeaderGuess header;
    private final List<DataColumn> columns;
    private final DraftColumns fields;
    /** The fields that a level or the indicator reads already. */
    private final Set<String> used = new HashSet<>();

    private TableDraft(RawDocument document, HeaderGuess header) {
        this.document = document;
        this.header = header;
        this.columns = DataColumn.of(header);
        this.fields = new DraftColumns(columns);
    }

    /** The draft for the table of {@code header}; {@code others} are the document's other tables with a header. */
    static String suggest(RawDocument document, HeaderGuess header, List<HeaderGuess> others) throws DraftException {
        return new TableDraft(document, header).write(others);
    }

    private String write(List<HeaderGuess> others) throws DraftException {
        DataColumn name = nameColumn();
        if (name == null) {
            throw new DraftException("l'intestazione trovata alla riga " + header.headerRows().get(0).displayNumber()
                    + " non ha una colonna di testo per i nomi degli indicatori: nessuna bozza");
        }
        List<LevelGuess.Guess> levels = LevelGuess.guess(header, columns, fields, name.column());
        // "1.1.1 Imprese assistite": the code and the name of the indicator
        List<String> nameParts = name.codesWithNames() ? fields.split(name.column())
                : java.util.Arrays.asList(null, fields.field(name.column()));
        used.addAll(nameParts);
        levels.forEach(l -> used.addAll(java.util.Arrays.asList(l.code(), l.name(), l.weight())));

        StringBuilder y = new StringBuilder(MappingDraft.intro(document));
        List<String> labels = HeaderWords.labels(header.headerRows());
        y.append("\nsignature:\n  formats: [").append(document.format().id()).append("]\n  words: ")
                .append(list(labels.subList(0, Math.min(6, labels.size())))).append('\n');
        if (document.tables().size() > 1) {
            y.append("\nreader:\n  sheet: ").append(MappingDraft.quote(header.table().name())).append('\n');
        }
        y.append(OtherTables.comment(header, others));
        y.append("\nheader:\n  find: ").append(list(HeaderWords.find(header))).append("\n  rows: ")
                .append(header.rows()).append('\n');
        y.append(fields.yaml());
        if (levels.isEmpty()) {
            y.append("\n# Livelli, dall'alto in basso: da una riga propria (match) o dalle colonne, per esempio\n")
                    .append("# levels:\n")
                    .append("#   - {level: obiettivo_strategico, match: \"^Obiettivo strategico (?<code>\\\\d+)")
                    .append(" (?<name>.+)\"}\n")
                    .append("#   - {level: obiettivo_operativo, code: ..., name: ...}\n");
        } else {
            y.append("\n# Livelli INDOVINATI dalle colonne unite o ripetute e dai codici a punti (1, 1.1, 1.1.1):\n")
                    .append("# controllarli, e il tipo di ciascuno (area, obiettivo_strategico, obiettivo_operativo,")
                    .append(" azione...).\nlevels:\n");
            levels.forEach(l -> y.append(l.yaml()));
        }
        List<String> bottom = bottomRows(levels);
        if (!bottom.isEmpty()) {
            y.append("\n# le righe in fondo, dopo l'ultima riga di dati (firme, note)\nignore_rows:\n");
            bottom.forEach(r -> y.append("  - ").append(MappingDraft.quote(r)).append('\n'));
        }
        y.append("\nindicators:\n  - name: ").append(nameParts.get(1)).append('\n');
        String code = codeField();
        LevelGuess.Guess deepest = levels.isEmpty() ? null : levels.get(levels.size() - 1);
        if (code == null && deepest != null && nameParts.get(1).equals(deepest.name())) {
            code = deepest.code(); // one element per indicator, its code the indicator's ("Cod. azione")
        }
        wire(y, "code", code != null ? code : nameParts.get(0));
        if (marksPira(name.column(), code)) {
            y.append("    pira_marker: '\\(?PIRA\\)?'\n");
        }
        if (severalPerCell(name.column())) {
            y.append("    # più indicatori in una cella, uno per riga, con i valori sulle righe corrispondenti\n")
                    .append("    split_lines: true\n");
        }
        wire(y, "weight", pick(LevelGuess.WEIGHT));
        wire(y, "unit", pick(Pattern.compile("(?i)unità|unita|misura")));
        wire(y, "algorithm", pick(Pattern.compile("(?i)algoritmo|formula|calcolo")));
        wire(y, "responsible", pick(Pattern.compile("(?i)responsab|relatore|referente|dirigente")));
        yearValues(y, name.column());
        return y.toString();
    }

    /**
     * The column of the indicators' names: a text column under a header that says so, the one whose values change
     * most often (the kpi of each action, not the objective's merged over its actions); else any such column.
     */
    private DataColumn nameColumn() {
        List<DataColumn> texts = columns.stream().filter(c -> fields.field(c.column()) != null && c.filled() > 0
                && !c.codes() && (c.text() || c.codesWithNames())).toList();
        for (Pattern hint : NAMES) {
            DataColumn best = mostVaried(texts.stream().filter(c -> hint.matcher(c.path()).find()).toList());
            if (best != null) {
                return best;
            }
        }
        return mostVaried(texts);
    }

    private static DataColumn mostVaried(List<DataColumn> candidates) {
        DataColumn best = null;
        for (DataColumn c : candidates) {
            if (best == null || c.openings().size() > best.openings().size()) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The indicators' code: a column headed "Codice" or "Cod.", else one of dotted codes ("1.1.1", not a figure)
     * that changes every row.
     */
    private String codeField() {
        String coded = pick(Pattern.compile("(?i)codic|\\bcod\\b"));
        if (coded != null) {
            return coded;
        }
        for (DataColumn c : columns) {
            String field = fields.field(c.column());
            if (field != null && !used.contains(field) && !c.depths().isEmpty() && c.depths().last() > 1
                    && !c.groups()) {
                used.add(field);
                return field;
            }
        }
        return null;
    }

    /**
     * Whether a name cell holds several indicators, one a line, with as many lines in a year column beside it (a
     * PDF's lines are where the page wrapped a long text: not there).
     */
    private boolean severalPerCell(int nameColumn) {
        if (document.format() == SourceFormat.PDF) {
            return false;
        }
        for (RawRow row : header.below()) {
            int lines = row.cell(nameColumn).strip().split("\\R").length;
            if (lines > 1 && columns.stream().anyMatch(c -> fields.perYear(c.column())
                    && row.cell(c.column()).strip().split("\\R").length == lines)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the names or the codes mark some indicators as PIRA ("1.1.1 PIRA", "1.1.3 (PIRA)"). */
    private boolean marksPira(int nameColumn, String codeField) {
        return columns.stream().filter(c -> c.column() == nameColumn || codeField != null
                && codeField.equals(fields.field(c.column()))).flatMap(c -> c.values().stream())
                .anyMatch(v -> PIRA.matcher(v).find());
    }

    /** The first column not read yet whose header matches. */
    private String pick(Pattern hint) {
        for (DataColumn c : columns) {
            String field = fields.field(c.column());
            if (field != null && !used.contains(field) && hint.matcher(c.path()).find()) {
                used.add(field);
                return field;
            }
        }
        return null;
    }

    /**
     * Targets and actuals from the year columns, those right of the names first (the action's targets, not its
     * objective's on the left); a column "Target" without a year gets the year near the header.
     */
    private void yearValues(StringBuilder y, int nameColumn) {
        Map<String, String> byPrefix = new LinkedHashMap<>();
        fields.yearFields().forEach((prefix, field) -> {
            if (fields.firstColumn(field) > nameColumn) {
                byPrefix.put(prefix, field);
            }
        });
        if (byPrefix.isEmpty()) {
            byPrefix.putAll(fields.yearFields());
        }
        String actuals = kind(byPrefix, ACTUAL);
        String targets = kind(byPrefix, TARGET);
        if (targets == null) {
            targets = byPrefix.values().stream().filter(f -> !f.equals(actuals)).findFirst().orElse(null);
        }
        wire(y, "targets", targets);
        wire(y, "actuals", actuals);
        for (String field : fields.yearFields().values()) {
            if (!field.equals(targets) && !field.equals(actuals)) {
                y.append("    # ").append(field).append(": colonne per anno non assegnate (targets o actuals?)\n");
            }
        }
        String single = targets == null ? pick(Pattern.compile("(?i)\\btarget\\b|atteso")) : null;
        if (single != null) {
            String year = yearNearHeader();
            y.append(year == null ? "    # targets: {field: " + single + ", year: ANNO} (l'anno del target)\n"
                    : "    # ANNO DA CONTROLLARE: il target è dell'anno " + year + " (dal nome del foglio o dal"
                    + " titolo)?\n    targets: {field: " + single + ", year: " + year + "}\n");
        }
        String stated = actuals == null ? pick(STATED) : null;
        if (stated != null) {
            y.append("    # actuals: {field: ").append(stated).append(", year: ANNO} (l'anno del valore rilevato)\n");
        }
    }

    /**
     * The rows at the bottom of the table after its last row of data (signatures, a page number), as patterns of
     * {@code ignore_rows}; none where they are many, or where a level reads them.
     */
    private List<String> bottomRows(List<LevelGuess.Guess> levels) {
        List<RawRow> below = header.below();
        List<String> rows = new ArrayList<>();
        for (int i = below.size() - 1; i >= 0 && HeaderGuess.filled(below.get(i)) < DataColumn.dataCells(header);
             i--) {
            String text = TableMapper.rowText(below.get(i), "\t");
            if (HeaderGuess.filled(below.get(i)) == 0 || levels.stream().anyMatch(l -> l.match() != null
                    && Pattern.compile(l.match()).matcher(text).find())) {
                continue;
            }
            rows.add(0, "^" + MappingDraft.escape(text).replace("\t", "\\t") + "$");
        }
        return rows.size() <= BOTTOM_ROWS ? rows : List.of();
    }

    /** The first year in the sheet's name or in the rows above the header ("Piano 2022"), or null. */
    private String yearNearHeader() {
        List<String> texts = new ArrayList<>();
        texts.add(header.table().name());
        header.table().rows().subList(0, header.first()).forEach(r -> texts.add(TableMapper.headerText(r)));
        for (String text : texts) {
            Matcher m = YEAR.matcher(text);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String kind(Map<String, String> byPrefix, Pattern kind) {
        return byPrefix.entrySet().stream().filter(e -> kind.matcher(e.getKey()).find()).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static String list(List<String> words) {
        return "[" + String.join(", ", words.stream().map(MappingDraft::quote).toList()) + "]";
    }

    private static void wire(StringBuilder y, String key, String field) {
        if (field != null) {
            y.append("    ").append(key).append(": ").append(field).append('\n');
        }
    }
}
