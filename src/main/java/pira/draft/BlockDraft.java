package pira.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pira.model.Level;
import pira.source.RawDocument;
import pira.source.RawRow;
import pira.layout.BlockMapper;

/**
 * The draft of a block mapping, for a document that is a sequence of blocks (an "Albero della performance"): one
 * where several lines read "Peso ..." and "Target 2020 ...". It recognises the usual headings (Area or Ambito
 * strategico, Obiettivo strategico, Programma, each with its weight in brackets), the coded lines of operational
 * objectives ("011-005-001 ...", "OP 1.1.1 - ..."), the share of the operational objectives, the columns beside
 * the indicators and the title lines before the first heading. Like the table draft it loads as it is, and a
 * person checks it: the year of "Stato" above all.
 */
final class BlockDraft {

    /** Marks a heading of a column beside "Indicatori" in the list of lines. */
    private static final String SIDE = "\u0000";
    /** Key/value lines needed, of each kind, to take a document for a block layout. */
    private static final int MIN_BLOCKS = 3;
    private static final Pattern WEIGHT = Pattern.compile("(?i)^Peso\\s+\\S.*$");
    private static final Pattern TARGET = Pattern.compile("(?i)^Target\\s+(20\\d\\d)\\s+\\S.*$");
    private static final Pattern ACTUAL =
            Pattern.compile("(?i)^(Stato|Consuntivo|Valore rilevato|Valore conseguito|Rilevato)\\s+\\S.*$");
    private static final Pattern INDICATORS = Pattern.compile("(?i)^Indicatori\\b.*$");
    private static final Pattern AREA = Pattern.compile("(?i)^((?:Area|Ambito) Strategic[oa])\\b.*$");
    private static final Pattern STRATEGIC = Pattern.compile("(?i)^(Obiettivo Strategico)\\b.*$");
    private static final Pattern PROGRAMME = Pattern.compile("(?i)^Programma$");
    private static final Pattern OPERATIONAL_SHARE = Pattern.compile("(?i)^(Obiettivi Operativi)\\s*\\(.*%.*\\)$");
    private static final Pattern OPERATIONAL_HEADING = Pattern.compile("(?i)^Obiettiv[oi] Operativ[oi]$");
    private static final Pattern ACTION = Pattern.compile("(?i)^Azion[ei]$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{3}-\\d{3}-\\d{3}\\s+\\S.*$");
    private static final Pattern CODED = Pattern.compile("^OP\\s?\\d+(?:\\.\\d+)+\\s*-\\s*\\S.*$");
    /** A weight in brackets after a heading: "(Peso 33,34%)", "(Peso ob. Strategico 50%)". */
    private static final String SHARE = "(?:\\s*\\(.*?(?<weight>\\d+(?:,\\d+)?\\s*%)\\))?";
    /** The line after a heading: "1 - NAME", "AREA1 - NAME", "OS1.1 - NAME" or just the name. */
    private static final String NAME = "^(?:(?<code>[A-Z]{0,4}\\s?\\d+(?:\\.\\d+)*)\\s*-\\s*)?(?<name>.+)$";

    private BlockDraft() {
    }

    /** The draft, or null where the document is not a block layout. */
    static String suggest(RawDocument document) {
        // in document order: the lines, and the headings of the columns beside "Indicatori" marked with SIDE
        List<String> order = new ArrayList<>();
        for (RawRow row : document.tables().get(0).rows()) {
            List<String> first = BlockMapper.lines(row.cell(1));
            boolean headed = !first.isEmpty() && INDICATORS.matcher(first.get(0)).matches();
            for (int c = 1; c <= row.width(); c++) {
                for (String line : BlockMapper.lines(row.cell(c))) {
                    order.add(headed && c > 1 ? SIDE + line : line);
                }
            }
        }
        TreeSet<Integer> years = new TreeSet<>();
        int weights = 0;
        int targets = 0;
        String actualKey = null;
        for (String line : order) {
            Matcher t = TARGET.matcher(line);
            if (t.matches()) {
                years.add(Integer.valueOf(t.group(1)));
                targets++;
            }
            weights += WEIGHT.matcher(line).matches() ? 1 : 0;
            Matcher a = ACTUAL.matcher(line);
            if (actualKey == null && a.matches()) {
                actualKey = a.group(1);
            }
        }
        if (weights < MIN_BLOCKS || targets < MIN_BLOCKS) {
            return null;
        }

        // the levels in the order they first appear, each with its YAML entry
        Map<Level, String> levels = new LinkedHashMap<>();
        List<String> titles = new ArrayList<>();
        List<String> words = new ArrayList<>();
        boolean operationalHeading = false;
        boolean action = false;
        String operationalShare = null;
        for (String line : order) {
            Matcher m;
            if (line.startsWith(SIDE)) {
                String side = line.substring(SIDE.length());
                if (PROGRAMME.matcher(side).matches()) {
                    levels.putIfAbsent(Level.PROGRAMMA, "column: '^Programma$'");
                }
                action |= ACTION.matcher(side).matches();
            } else if ((m = AREA.matcher(line)).matches()) {
                heading(levels, Level.AREA, m.group(1), words);
            } else if ((m = STRATEGIC.matcher(line)).matches()) {
                heading(levels, Level.OBIETTIVO_STRATEGICO, m.group(1), words);
            } else if (PROGRAMME.matcher(line).matches()) {
                levels.putIfAbsent(Level.PROGRAMMA, "after: '^Programma$', match: '^(?:(?<code>\\d{3})\\s*-?\\s*)?"
                        + "(?<name>.+)$'");
            } else if ((m = OPERATIONAL_SHARE.matcher(line)).matches()) {
                operationalShare = operationalShare != null ? operationalShare
                        : "'^" + MappingDraft.escape(m.group(1)) + SHARE + "$'";
            } else if (NUMBERED.matcher(line).matches()) {
                levels.putIfAbsent(Level.OBIETTIVO_OPERATIVO,
                        "match: '^(?<code>\\d{3}-\\d{3}-\\d{3})\\s+(?<name>.+)$'");
            } else if (CODED.matcher(line).matches()) {
                levels.putIfAbsent(Level.OBIETTIVO_OPERATIVO,
                        "match: '^(?<code>OP\\s?\\d+(?:\\.\\d+)+)\\s*-\\s*(?<name>.+)$'");
            } else if (OPERATIONAL_HEADING.matcher(line).matches()) {
                operationalHeading = true;
            } else if (ACTION.matcher(line).matches()) {
                action = true;
            } else if (levels.isEmpty() && !INDICATORS.matcher(line).matches()) {
                titles.add(line);
            }
        }
        if (levels.isEmpty()) {
            return null;
        }

        StringBuilder y = new StringBuilder(MappingDraft.intro(document));
        y.append("# Layout a blocchi (\"Albero della performance\"): vedere \"Layout a blocchi\" in mappings/README.md.\n");
        if (!years.isEmpty()) {
            y.append("years: ").append(years).append('\n');
        }
        words.addAll(List.of("Indicatori", "Peso", "Target"));
        y.append("\nsignature:\n  formats: [").append(document.format().id()).append("]\n  words: [")
                .append(String.join(", ", words.stream().map(MappingDraft::quote).toList())).append("]\n");
        if (!titles.isEmpty()) {
            y.append("\n# le righe del titolo, prima del primo livello\nignore_rows:\n");
            for (String title : titles) {
                y.append("  - ").append(MappingDraft.quote("^" + MappingDraft.escape(title) + "$")).append('\n');
            }
        }
        y.append("\nblocks:\n  levels:\n");
        levels.forEach((level, entry) -> y.append("    - {level: ").append(level.id()).append(", ").append(entry)
                .append("}\n"));
        y.append("  indicators: '^Indicatori").append(SHARE).append("$'\n");
        if (operationalShare != null && levels.containsKey(Level.OBIETTIVO_STRATEGICO)) {
            y.append("  children_weight: {match: ").append(operationalShare).append(", of: obiettivo_strategico}\n");
        }
        List<String> skip = new ArrayList<>();
        if (action) {
            skip.add("Azion[ei]");
        }
        if (operationalHeading && levels.containsKey(Level.OBIETTIVO_OPERATIVO)) {
            skip.add("Obiettiv[oi] Operativ[oi]");
        }
        if (!skip.isEmpty()) {
            y.append("  skip: '^(").append(String.join("|", skip)).append(")$'\n");
        }
        y.append("  values:\n    weight: '^Peso\\s+(?<value>.+)$'\n");
        if (actualKey != null) {
            int year = years.isEmpty() ? 2020 : years.first() - 1;
            y.append("    # ANNO DA CONTROLLARE: \"").append(actualKey).append("\" è il valore di quale anno? (qui ")
                    .append(year).append(", l'anno prima del primo target)\n")
                    .append("    actuals: {match: '^").append(MappingDraft.escape(actualKey))
                    .append("\\s+(?<value>.+)$', year: ").append(year).append("}\n");
        }
        y.append("    targets: '^Target\\s+(?<year>\\d{4})\\s+(?<value>.+)$'\n");
        return y.toString();
    }

    /** A heading such as "Ambito Strategico (Peso 33,34%)": the words, then the weight in brackets if any. */
    private static void heading(Map<Level, String> levels, Level level, String words, List<String> signature) {
        if (!levels.containsKey(level)) {
            levels.put(level, "after: '^" + MappingDraft.escape(words) + SHARE + "$', match: '" + NAME + "'");
            signature.add(words);
        }
    }
}
