package pira.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import pira.mapping.YamlSchema.Problem;

/**
 * Loads mapping files: YAML syntax, then the JSON schema {@code mapping.schema.json}, then the checks
 * a schema cannot express (fields that exist, regular expressions that compile). Every problem
 * names the file, the line and the key, and where it helps, the valid choices.
 */
public final class MappingLoader {

    private static final String SCHEMA_RESOURCE = "/pira/mapping.schema.json";
    private static final YAMLMapper YAML = (YAMLMapper) YamlLimits.mapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The schema, loaded on first use: built-in mappings are checked by the build and read without it. */
    private static final class Schema {
        static final YamlSchema CHECK = new YamlSchema(SCHEMA_RESOURCE, "scrivere il nome di un campo oppure un"
                + " oggetto con le chiavi field, split, year, by_year");
    }

    private MappingLoader() {
    }

    /** Loads a mapping file: UTF-8, or else Windows-1252 (a mapping saved by Notepad in an Italian office). */
    public static Mapping load(Path file) throws MappingException, IOException {
        String tooBig = YamlLimits.tooBig(file, file.getFileName().toString());
        if (tooBig != null) {
            throw new MappingException(file.toString(), List.of(tooBig.substring(tooBig.indexOf(": ") + 2)));
        }
        byte[] bytes = Files.readAllBytes(file);
        String yaml;
        try {
            yaml = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            yaml = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
        return parse(file.toString(), yaml);
    }

    /** Parses a mapping; {@code name} is how messages refer to it. */
    public static Mapping parse(String name, String yaml) throws MappingException {
        JsonNode tree;
        YamlLines lines;
        try {
            tree = YAML.readTree(yaml);
            lines = new YamlLines(yaml);
        } catch (JsonProcessingException e) {
            throw new MappingException(name, List.of(YamlErrors.italian(e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tree == null || !tree.isObject()) {
            throw new MappingException(name, List.of("riga 1: la mappatura deve essere un oggetto YAML con le chiavi"
                    + " " + Schema.CHECK.topKeys()));
        }
        List<Problem> problems = new ArrayList<>(Schema.CHECK.check(tree, lines));
        eitherOf(problems, "indicators", "levels");
        if (!problems.isEmpty()) {
            throw failure(name, problems);
        }
        Mapping mapping;
        try {
            mapping = YAML.treeToValue(tree, Mapping.class);
        } catch (JsonProcessingException e) {
            throw new MappingException(name, List.of("riga 1: " + e.getOriginalMessage()));
        }
        problems.addAll(new MappingChecks(mapping, tree, lines).run());
        if (!problems.isEmpty()) {
            throw failure(name, problems);
        }
        return mapping;
    }

    /**
     * The two problems "manca 'indicators'" and "manca 'levels'" of one place, where either key would do, said as
     * one problem.
     */
    private static void eitherOf(List<Problem> problems, String a, String b) {
        for (Problem p : List.copyOf(problems)) {
            Problem other = new Problem(p.line(), p.key(), "manca la chiave obbligatoria '" + b + "'");
            if (p.text().equals("manca la chiave obbligatoria '" + a + "'") && problems.contains(other)) {
                problems.remove(other);
                problems.set(problems.indexOf(p), new Problem(p.line(), p.key(), "mancano sia '" + a + "' (gli"
                        + " indicatori) sia '" + b + "' (i livelli): ne serve almeno una"));
            }
        }
    }

    private static MappingException failure(String name, List<Problem> problems) {
        return new MappingException(name, problems.stream()
                .sorted(Comparator.comparingInt(Problem::line).thenComparing(Problem::key))
                .map(Problem::toString).distinct().toList());
    }

    /** The checks that need the whole mapping: referenced fields exist, patterns compile. */
    private static final class MappingChecks {
        private final Mapping mapping;
        private final JsonNode tree;
        private final YamlLines lines;
        /** Where in the file the checked mapping is: "" for the whole, "/sections/1" for a section. */
        private final String prefix;
        private final List<Problem> problems;

        MappingChecks(Mapping mapping, JsonNode tree, YamlLines lines) {
            this(mapping, tree, lines, "", new ArrayList<>());
        }

        private MappingChecks(Mapping mapping, JsonNode tree, YamlLines lines, String prefix, List<Problem> problems) {
            this.mapping = mapping;
            this.tree = tree;
            this.lines = lines;
            this.prefix = prefix;
            this.problems = problems;
        }

        List<Problem> run() {
            if (mapping.sections().isEmpty()) {
                return table();
            }
            if (mapping.header() != null || !mapping.columns().isEmpty() || !mapping.indicators().isEmpty()
                    || !mapping.levels().isEmpty() || mapping.blocks() != null) {
                add("/sections", "con 'sections' header, columns, levels e indicators stanno dentro ogni sezione, non"
                        + " fuori");
            }
            List<Mapping> parts = mapping.parts();
            for (int i = 0; i < parts.size(); i++) {
                new MappingChecks(parts.get(i), tree.path("sections").path(i), lines, "/sections/" + i, problems)
                        .table();
            }
            List<pira.model.Level> order = mapping.levelOrder();
            if (order == null) {
                add("/sections", "le sezioni mettono gli stessi livelli in ordine diverso: in ogni sezione i livelli"
                        + " vanno dall'alto in basso, nello stesso ordine del documento");
                return problems;
            }
            for (int i = 0; i < parts.size(); i++) {
                // a section that starts below the top finds its parents among the elements another section reads
                if (parts.get(i).levels().isEmpty()) {
                    continue;
                }
                String first = parts.get(i).levels().get(0).level();
                int rank = order.indexOf(pira.model.Level.fromId(first));
                int self = i;
                boolean elsewhere = java.util.stream.IntStream.range(0, parts.size()).filter(j -> j != self)
                        .anyMatch(j -> parts.get(j).levels().stream().anyMatch(l -> l.level().equals(first)));
                if (rank > 0 && !elsewhere) {
                    add("/sections/" + i + "/levels/0", "la sezione comincia dal livello '" + first + "', che"
                            + " nessun'altra sezione legge: i suoi elementi non troverebbero il loro livello superiore;"
                            + " aggiungere alla sezione il livello sopra ('" + order.get(rank - 1).id() + "') con la"
                            + " colonna che lo nomina");
                }
            }
            return problems;
        }

        /** The checks of a mapping read as tables, or of one of its sections. */
        private List<Problem> table() {
            for (Map.Entry<String, Mapping.ColumnSpec> c : mapping.columns().entrySet()) {
                String at = "/columns/" + c.getKey();
                Mapping.ColumnSpec spec = c.getValue();
                boolean object = spec.nth() != null || spec.extract() != null || spec.column() != null
                        || spec.scale() != null;
                if (spec.column() != null && (spec.header() != null || spec.nth() != null)) {
                    add(at + "/column", "una colonna si trova per posizione ('column') oppure per intestazione"
                            + " ('header', 'nth'), non in entrambi i modi");
                } else if (spec.column() == null && spec.header() == null) {
                    add(at, "manca 'header' (l'intestazione della colonna) oppure 'column' (la sua posizione)");
                }
                Pattern header = pattern(object ? at + "/header" : at, spec.header());
                if (header != null && spec.perUnit() && spec.perYear()) {
                    add(object ? at + "/header" : at, "un campo ha una colonna per anno (?<year>...) o una per"
                            + " struttura (?<unit>...), non entrambe");
                }
                Pattern extract = pattern(at + "/extract", c.getValue().extract());
                if (extract != null && !extract.pattern().contains("?<value>")) {
                    add(at + "/extract", "l'espressione deve avere un gruppo (?<value>...)");
                }
            }
            for (int i = 0; i < mapping.fillDown().size(); i++) {
                field("/fill_down/" + i, mapping.fillDown().get(i));
            }
            int inLevels = tree.path("levels").size();
            for (int i = 0; i < mapping.levels().size(); i++) {
                // the older form's openers come after the levels in the one list: name them where they are written
                String at = i < inLevels ? "/levels/" + i : "/openers/" + (i - inLevels);
                level(at, mapping.levels().get(i));
            }
            Pattern sheets = pattern("/reader/sheets", mapping.reader().sheets());
            if (sheets != null && mapping.reader().sheet() != null) {
                add("/reader/sheets", "'sheet' (un foglio) e 'sheets' (più fogli) non vanno insieme: usarne uno");
            }
            for (int i = 0; i < mapping.ignoreRows().size(); i++) {
                pattern("/ignore_rows/" + i, mapping.ignoreRows().get(i));
            }
            for (int i = 0; i < mapping.indicators().size(); i++) {
                indicator("/indicators/" + i, mapping.indicators().get(i));
            }
            if (mapping.blocks() == null && !mapping.levels().isEmpty()) {
                // a share of a level the mapping never reads changes nothing, silently (a newcomer's mistake)
                for (int i = 0; i < mapping.resultShares().size(); i++) {
                    String level = mapping.resultShares().get(i).level();
                    if (level != null && mapping.levels().stream().noneMatch(l -> level.equals(l.level()))) {
                        add("/result_shares/" + i + "/level", "il livello '" + level + "' non è tra i livelli della"
                                + " mappatura ('levels'): la quota non cambierebbe nulla");
                    }
                }
            }
            if (mapping.blocks() != null) {
                blocks(mapping.blocks());
                if (mapping.header() != null || !mapping.columns().isEmpty() || !mapping.indicators().isEmpty()) {
                    add("/blocks", "una mappatura a blocchi non ha header, columns né indicators: usare l'una o"
                            + " l'altra forma");
                }
            }
            return problems;
        }

        private void level(String at, Mapping.LevelSpec l) {
            if (!l.byRows()) {
                field(at + "/code", l.code());
                field(at + "/name", l.name());
                field(at + "/weight", l.weight());
                field(at + "/description", l.description());
                field(at + "/units", l.units());
                if (l.identifiedByCode() && l.code() == null) {
                    add(at + "/identity", "'identity: code' vuole il campo del codice ('code') nel livello");
                }
                if (l.units() != null && !unitField(l.units())) {
                    add(at + "/units", "'units' vuole un campo con una colonna per struttura: un gruppo (?<unit>...)"
                            + " nella sua intestazione in 'columns'");
                }
                return;
            }
            if (l.code() != null || l.name() != null || l.weight() != null) {
                add(at + "/match", "un livello si legge in un modo solo: con 'match' da una riga propria, oppure con"
                        + " 'code'/'name' dalle colonne; togliere l'uno o l'altro");
            }
            if (l.description() != null && !l.collectsDescription() && !"false".equals(l.description())) {
                add(at + "/description", "con 'match' description vale true (raccoglie le righe di testo che"
                        + " seguono) o false");
            }
            Pattern p = pattern(at + "/match", l.match());
            if (p != null && !p.pattern().contains("?<name>") && !p.pattern().contains("?<code>")) {
                add(at + "/match", "l'espressione deve avere almeno un gruppo (?<code>...) o (?<name>...)");
            }
        }

        private void blocks(Mapping.Blocks b) {
            for (int i = 0; i < b.levels().size(); i++) {
                String at = "/blocks/levels/" + i;
                Mapping.BlockLevel l = b.levels().get(i);
                pattern(at + "/after", l.after());
                pattern(at + "/column", l.column());
                Pattern p = pattern(at + "/match", l.match());
                if (p != null && !p.pattern().contains("?<name>") && !p.pattern().contains("?<code>")) {
                    add(at + "/match", "l'espressione deve avere almeno un gruppo (?<code>...) o (?<name>...)");
                }
                if (l.match() == null && l.column() == null) {
                    add(at, "manca la chiave 'match' (o 'column', per un livello scritto nella colonna accanto agli"
                            + " indicatori)");
                }
                if (l.after() != null && l.column() != null) {
                    add(at + "/column", "un livello si apre dopo un'intestazione (after) o da una colonna (column),"
                            + " non in entrambi i modi");
                }
            }
            pattern("/blocks/indicators", b.indicators());
            pattern("/blocks/skip", b.skip());
            if (b.childrenWeight() != null) {
                Pattern p = pattern("/blocks/children_weight/match", b.childrenWeight().match());
                if (p != null && !p.pattern().contains("?<weight>")) {
                    add("/blocks/children_weight/match", "l'espressione deve avere un gruppo (?<weight>...)");
                }
                if (b.levels().stream().noneMatch(l -> l.level().equals(b.childrenWeight().of()))) {
                    add("/blocks/children_weight/of", "il livello \"" + b.childrenWeight().of()
                            + "\" non è tra i livelli di blocks/levels");
                }
            }
            Mapping.BlockValues v = b.values();
            valueLine("/blocks/values/weight", v.weight());
            if (v.actuals() != null) {
                yearLine("/blocks/values/actuals", v.actuals());
            }
            if (v.targets() != null) {
                yearLine("/blocks/values/targets", v.targets());
            }
        }

        private void yearLine(String at, Mapping.BlockYearValue y) {
            boolean object = y.year() != null;
            Pattern p = valueLine(object ? at + "/match" : at, y.match());
            if (p != null && y.year() == null && !p.pattern().contains("?<year>")) {
                add(object ? at + "/match" : at, "l'espressione deve avere un gruppo (?<year>...), oppure indicare"
                        + " l'anno con year");
            }
        }

        private Pattern valueLine(String at, String regex) {
            Pattern p = pattern(at, regex);
            if (p != null && !p.pattern().contains("?<value>")) {
                add(at, "l'espressione deve avere un gruppo (?<value>...)");
            }
            return p;
        }

        private void indicator(String at, Mapping.IndicatorSpec s) {
            if (s.when() != null) {
                field(at + "/when/field", s.when().field());
                pattern(at + "/when/matches", s.when().matches());
            }
            String[][] fields = {{"code", s.code()}, {"name", s.name()}, {"description", s.description()},
                {"type", s.type()}, {"unit", s.unit()}, {"source", s.source()}, {"algorithm", s.algorithm()},
                {"weight", s.weight()}, {"baseline", s.baseline()}, {"outcome", s.outcome()},
                {"stated_achievement", s.statedAchievement()}, {"responsible", s.responsible()},
                {"notes", s.notes()}};
            for (String[] f : fields) {
                field(at + "/" + f[0], f[1]);
            }
            pattern(at + "/pira_marker", s.piraMarker());
            field(at + "/status", s.status());
            Pattern status = pattern(at + "/status_pattern", s.statusPattern());
            if (status != null && s.name() == null) {
                add(at + "/status_pattern", "la nota si cerca nel nome dell'indicatore: serve 'name'");
            }
            Pattern pareto = pattern(at + "/pareto_pattern", s.paretoPattern());
            if (pareto != null && !pareto.pattern().contains("?<code>")) {
                add(at + "/pareto_pattern", "l'espressione deve avere un gruppo (?<code>...)");
            }
            field(at + "/period", s.period());
            field(at + "/assignee", s.assignee());
            field(at + "/assignee_share", s.assigneeShare());
            if ("share".equals(s.unitsRollup()) && s.assigneeShare() == null) {
                add(at + "/units_rollup", "con 'share' serve 'assignee_share': il campo della quota di ogni struttura");
            }
            List<String> unitFields = java.util.stream.Stream.of(s.assigneeShare(),
                    s.targets() == null ? null : s.targets().field(), s.actuals() == null ? null : s.actuals().field())
                    .filter(this::unitField).toList();
            if (s.assignee() != null && !unitFields.isEmpty()) {
                add(at + "/assignee", "le strutture sono o sulle righe ('assignee') o nelle colonne (un gruppo"
                        + " (?<unit>...) nell'intestazione di " + unitFields + "), non in entrambi i modi");
            }
            if (s.unitsRollup() != null && s.assignee() == null && unitFields.isEmpty()) {
                add(at + "/units_rollup", "'units_rollup' dice come sommare le strutture: servono 'assignee' (la"
                        + " struttura di ogni riga) o colonne per struttura (un gruppo (?<unit>...) in 'columns')");
            }
            for (int g = 0; g < s.groupBy().size(); g++) {
                field(at + "/group_by/" + g, s.groupBy().get(g));
            }
            yearValues(at + "/targets", s.targets());
            yearValues(at + "/actuals", s.actuals());
            yearValues(at + "/progress", s.progress());
            if (s.progress() != null && s.period() == null) {
                add(at + "/progress", "'progress' è l'avanzamento di ogni periodo e vuole 'period' (il campo del"
                        + " periodo); il grado di raggiungimento dell'anno si legge con 'stated_achievement'");
            }
            if (s.thresholds() != null) {
                s.thresholds().levels().forEach((k, v) -> field(at + "/thresholds/levels/" + k, v));
            }
            if (s.level() != null && mapping.levels().stream().noneMatch(l -> l.level().equals(s.level()))) {
                add(at + "/level", "il livello '" + s.level() + "' non è tra i livelli della mappatura ('levels')");
            }
        }

        private void yearValues(String at, Mapping.YearValues v) {
            if (v == null) {
                return;
            }
            field(at + (v.split() == null && v.year() == null && v.byYear().isEmpty() ? "" : "/field"), v.field());
            v.byYear().forEach((year, f) -> field(at + "/by_year/" + year, f));
            Pattern split = pattern(at + "/split", v.split());
            if (split != null && !(split.pattern().contains("?<year>") && split.pattern().contains("?<text>"))) {
                add(at + "/split", "l'espressione deve avere i gruppi (?<year>...) e (?<text>...)");
            }
            field(at + "/year_field", v.yearField());
            field(at + "/year_of", v.yearOf());
            if (v.yearOf() != null && mapping.columns().containsKey(v.yearOf())
                    && !mapping.columns().get(v.yearOf()).perYear()) {
                add(at + "/year_of", "la colonna '" + v.yearOf() + "' non indica l'anno: 'year_of' vuole un campo con"
                        + " un gruppo (?<year>...) nella sua intestazione in 'columns'");
            }
            boolean sheetYear = mapping.reader().sheets() != null && mapping.reader().sheets().contains("?<year>");
            if (v.field() != null && v.split() == null && v.year() == null && v.yearField() == null
                    && v.yearOf() == null && !sheetYear
                    && mapping.columns().containsKey(v.field())
                    && !mapping.columns().get(v.field()).perYear()) {
                add(at, "la colonna '" + v.field() + "' non indica l'anno: aggiungere un gruppo (?<year>...) alla sua"
                        + " intestazione in 'columns', oppure 'year', 'year_field', 'year_of' o 'split', o l'anno nel"
                        + " nome dei fogli (reader.sheets)");
            }
        }

        /** A field read from one column per organisational unit: its header has a group (?<unit>...). */
        private boolean unitField(String name) {
            return name != null && mapping.columns().containsKey(name) && mapping.columns().get(name).perUnit();
        }

        private void field(String at, String name) {
            if (unitField(name) && !at.matches(".*/(assignee_share|units|targets|actuals|targets/field|actuals/field)")) {
                add(at, "il campo '" + name + "' ha una colonna per struttura (un gruppo (?<unit>...)): si usa in"
                        + " 'assignee_share', 'targets' o 'actuals' di un indicatore, o in 'units' di un livello");
            }
            if (name != null && !mapping.columns().containsKey(name)) {
                add(at, "il campo '" + name + "' non è definito in 'columns'; campi definiti: "
                        + new TreeSet<>(mapping.columns().keySet()));
            }
        }

        private Pattern pattern(String at, String regex) {
            if (regex == null) {
                return null;
            }
            try {
                return Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                add(at, "espressione regolare non valida: " + RegexErrors.italian(e.getDescription()) + " (posizione "
                        + e.getIndex() + ")");
                return null;
            }
        }

        private void add(String pointer, String text) {
            problems.add(new Problem(lines.lineOf(prefix + pointer), prefix + pointer, text));
        }
    }
}
