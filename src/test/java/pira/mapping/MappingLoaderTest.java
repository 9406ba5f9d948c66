package pira.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Mapping files: every built-in one loads; each kind of mistake is reported with file, line and key. */
class MappingLoaderTest {

    private static final String VALID = """
            id: prova
            document: piano
            signature:
              formats: [csv]
              words: [Indicatore, Target]
            header:
              find: [Indicatore]
            columns:
              name: "^Indicatore$"
              target: "^Target (?<year>\\\\d{4})$"
            indicators:
              - name: name
                targets: target
            """;

    @Test
    void everyMappingInTheRepositoryLoads() throws Exception {
        // the full check, schema included: the jar loads these without the schema (BuiltinMappings)
        try (Stream<Path> files = Files.list(Path.of("mappings"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                assertThat(MappingLoader.load(f).id()).as(f.toString()).isNotBlank();
            }
        }
        assertThat(BuiltinMappings.load()).extracting(MappingCandidate::id)
                .containsExactly("alessandria-albero-docx", "alessandria-kpi-csv", "alessandria-kpi-pdf",
                        "asti-albero-docx", "asti-schede-docx", "milano-pira", "milano-relazione", "sondrio-piano");
    }

    @Test
    void aValidMappingLoads() throws Exception {
        Mapping m = MappingLoader.parse("prova.yaml", VALID);
        assertThat(m.columns()).containsKeys("name", "target");
        assertThat(m.indicators().get(0).targets().field()).isEqualTo("target");
    }

    @Test
    void yamlSyntaxErrorNamesTheLine() {
        assertProblem(VALID.replace("  find: [Indicatore]", "  find: [Indicatore"),
                "prova.yaml: la mappatura non è valida", "il testo non è YAML valido");
    }

    /** The parser's English never reaches the user; the line is where the problem is, not where its block began. */
    @Test
    void yamlSyntaxErrorsAreSaidInItalianAtTheirLine() {
        String tab = "id: prova\nsignature:\n\tformats: [csv]\n";
        assertThatThrownBy(() -> MappingLoader.parse("prova.yaml", tab)).isInstanceOf(MappingException.class)
                .hasMessageContaining("riga 3: il testo non è YAML valido: c'è un carattere di tabulazione")
                .hasMessageNotContaining("token");
        String colon = "id: prova\ndescription: Piano: obiettivi: indicatori\n";
        assertThatThrownBy(() -> MappingLoader.parse("prova.yaml", colon)).isInstanceOf(MappingException.class)
                .hasMessageContaining("riga 2: il testo non è YAML valido: ci sono i due punti dove non ci vanno")
                .hasMessageNotContaining("mapping values");
    }

    @Test
    void unknownKeyNamesLineKeyAndTheValidKeys() {
        assertProblem(VALID.replace("columns:", "colums:"),
                "riga 8, chiave 'colums': chiave sconosciuta 'colums'; chiavi valide qui: [blocks, columns, description,"
                        + " document, ente, fill_down, header, id, ignore_rows, indicators, levels, openers, reader,"
                        + " result_shares, sections, signature, single_year_targets, years]");
    }

    @Test
    void unknownKeyInsideAListItem() {
        assertProblem(VALID.replace("    targets: target", "    target: target"),
                "riga 13, chiave 'indicators.0.target': chiave sconosciuta 'target'; chiavi valide qui: [actuals, algorithm,");
    }

    @Test
    void valueOutsideTheAllowedOnesListsThem() {
        assertProblem(VALID.replace("document: piano", "document: plan"),
                "riga 2, chiave 'document': valore \"plan\" non ammesso; valori validi: [\"piano\", \"pira\", \"relazione\","
                        + " \"monitoraggio\"]");
    }

    @Test
    void missingRequiredKey() {
        assertProblem(VALID.replace("header:\n  find: [Indicatore]\n", ""),
                "riga 1: manca la chiave obbligatoria 'header'");
    }

    @Test
    void fieldNotDefinedInColumns() {
        assertProblem(VALID.replace("  - name: name", "  - name: nome"),
                "riga 12, chiave 'indicators.0.name': il campo 'nome' non è definito in 'columns'; campi definiti:"
                        + " [name, target]");
    }

    /** A newcomer's share of a level the mapping never reads changed nothing, silently (issue 24). */
    @Test
    void aShareOfALevelTheMappingDoesNotRead() throws Exception {
        String levels = VALID + "levels:\n  - {level: obiettivo_operativo, name: name}\n";
        assertProblem(levels + "result_shares:\n  - {level: azione, indicators: \"100%\", children: \"0%\"}\n",
                "riga 17, chiave 'result_shares.0.level': il livello 'azione' non è tra i livelli della mappatura"
                        + " ('levels'): la quota non cambierebbe nulla");
        assertThat(MappingLoader.parse("r.yaml", levels + "result_shares:\n  - {level: obiettivo_operativo, indicators:"
                + " \"100%\", children: \"0%\"}\n").resultShares()).hasSize(1);
    }

    @Test
    void aMappingNeedsIndicatorsOrLevels() throws Exception {
        assertProblem(VALID.replaceAll("(?s)indicators:.*", ""), "riga 1: mancano sia 'indicators' (gli indicatori)"
                + " sia 'levels' (i livelli): ne serve almeno una");
        String onlyLevels = VALID.replaceAll("(?s)indicators:.*", "levels:\n  - {level: obiettivo_operativo, name: name}\n");
        assertThat(MappingLoader.parse("l.yaml", onlyLevels).indicators()).isEmpty();
    }

    @Test
    void invalidRegularExpression() {
        assertProblem(VALID.replace("\"^Indicatore$\"", "\"^(Indicatore$\""),
                "riga 9, chiave 'columns.name': espressione regolare non valida: gruppo non chiuso (manca una"
                        + " parentesi ')') (posizione 13)");
        assertProblem(VALID.replace("\"^Indicatore$\"", "\"*Indicatore\""),
                "riga 9, chiave 'columns.name': espressione regolare non valida: carattere speciale '*' senza nulla"
                        + " prima");
        assertProblem(VALID.replace("  - name: name", "  - name: name\n    group_by: []"),
                "chiave 'indicators.0.group_by': l'elenco è vuoto: serve almeno un elemento");
    }

    @Test
    void splitWithoutItsGroups() {
        assertProblem(VALID.replace("    targets: target", "    targets: {field: name, split: \"Anno: (\\\\d+)\"}"),
                "riga 13, chiave 'indicators.0.targets.split': l'espressione deve avere i gruppi (?<year>...) e"
                        + " (?<text>...)");
    }

    @Test
    void yearValuesFromAColumnWithoutYear() {
        assertProblem(VALID.replace("    targets: target", "    targets: name"),
                "riga 13, chiave 'indicators.0.targets': la colonna 'name' non indica l'anno");
    }

    @Test
    void yearOfNeedsAFieldWithTheYearInItsHeader() {
        assertProblem(VALID.replace("    targets: target", "    targets: target\n    actuals: {field: target, year_of: name}"),
                "chiave 'indicators.0.actuals.year_of': la colonna 'name' non indica l'anno: 'year_of' vuole un campo"
                        + " con un gruppo (?<year>...)");
    }

    @Test
    void statusFieldMustBeAColumnAndItsPatternValid() {
        assertProblem(VALID.replace("    targets: target", "    targets: target\n    status: nota\n    status_pattern: \"(\""),
                "chiave 'indicators.0.status': il campo 'nota' non è definito in 'columns'",
                "chiave 'indicators.0.status_pattern'");
    }

    @Test
    void allProblemsAreReportedAtOnceInLineOrder() {
        String yaml = VALID.replace("document: piano", "document: plan").replace("columns:", "colums:");
        assertThatThrownBy(() -> MappingLoader.parse("prova.yaml", yaml))
                .isInstanceOf(MappingException.class)
                .satisfies(e -> assertThat(((MappingException) e).problems())
                        .hasSize(3)
                        .first().asString().startsWith("riga 1: manca la chiave obbligatoria 'columns'"));
    }

    private static final String BLOCKS = """
            id: prova-blocchi
            document: piano
            signature: {formats: [docx], words: [Indicatori]}
            blocks:
              levels:
                - {level: obiettivo_operativo, match: "^(?<code>\\\\d{3}-\\\\d{3}) (?<name>.+)$"}
              indicators: "^Indicatori$"
              values:
                weight: "^Peso (?<value>.+)$"
                targets: "^Target (?<value>.+)$"
            """;

    @Test
    void blockMappingNeedsNoHeaderButItsPatternsNeedTheirGroups() {
        assertProblem(BLOCKS, "riga 10, chiave 'blocks.values.targets': l'espressione deve avere un gruppo"
                + " (?<year>...), oppure indicare l'anno con year");
        assertThat(catchThrowable(() -> MappingLoader.parse("prova.yaml", BLOCKS.replace("targets: \"^Target (?<value>",
                "targets: \"^Target (?<year>\\\\d{4}) (?<value>")))).isNull();
        assertProblem(BLOCKS.replace("weight: \"^Peso (?<value>.+)$\"", "weight: \"^Peso (.+)$\""),
                "chiave 'blocks.values.weight': l'espressione deve avere un gruppo (?<value>...)");
    }

    @Test
    void sharesAndColumnsOfABlockMappingAreChecked() {
        String ok = BLOCKS.replace("targets: \"^Target (?<value>", "targets: \"^Target (?<year>\\\\d{4}) (?<value>");
        assertProblem(ok + "  children_weight: {match: \"^Obiettivi Operativi (.+)$\", of: obiettivo_strategico}\n",
                "chiave 'blocks.children_weight.match': l'espressione deve avere un gruppo (?<weight>...)",
                "chiave 'blocks.children_weight.of': il livello \"obiettivo_strategico\" non è tra i livelli di"
                        + " blocks/levels");
        assertProblem(ok.replace("    - {level: obiettivo_operativo,",
                        "    - {level: programma, after: \"^Programma$\", column: \"^Programma$\"}\n"
                                + "    - {level: obiettivo_operativo,"),
                "un livello si apre dopo un'intestazione (after) o da una colonna (column), non in entrambi i modi");
        assertProblem(ok.replace("    - {level: obiettivo_operativo,", "    - {level: programma}\n"
                + "    - {level: obiettivo_operativo,"), "riga 6, chiave 'blocks.levels.0': manca la chiave 'match' (o"
                + " 'column', per un livello scritto nella colonna accanto agli indicatori)");
        assertThat(catchThrowable(() -> MappingLoader.parse("prova.yaml", ok.replace(
                "    - {level: obiettivo_operativo,", "    - {level: programma, column: \"^Programma$\"}\n"
                        + "    - {level: obiettivo_operativo,")))).isNull();
    }

    @Test
    void blockMappingWithColumnsTooIsRefused() {
        String yaml = BLOCKS.replace("targets: \"^Target (?<value>", "targets: \"^Target (?<year>\\\\d{4}) (?<value>")
                + "header: {find: [Indicatori]}\ncolumns: {name: \"^Indicatori$\"}\n";
        assertProblem(yaml, "una mappatura a blocchi non ha header, columns né indicators");
    }

    @Test
    void fileMessageNamesThePath(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("mia.yaml");
        Files.writeString(file, VALID.replace("document: piano", "document: plan"));
        assertThatThrownBy(() -> MappingLoader.load(file))
                .hasMessageStartingWith(file + ": la mappatura non è valida:");
    }

    private static final String SECTIONS = """
            id: sezioni
            document: piano
            signature: {formats: [xlsx], words: [KPI]}
            sections:
              - reader: {sheet: Cruscotto}
                header: {find: [KPI]}
                columns: {os: "^Obiettivo$", kpi: "^KPI$"}
                levels:
                  - {level: obiettivo_strategico, name: os}
                indicators:
                  - {name: kpi}
              - header: {find: [Indicatore]}
                columns: {os: "^Obiettivo$", op: "^Operativo$", ind: "^Indicatore$"}
                levels:
                  - {level: obiettivo_strategico, name: os}
                  - {level: obiettivo_operativo, name: op}
                indicators:
                  - {name: ind}
            """;

    @Test
    void sectionsAreCheckedEachWhereItIsWritten() throws Exception {
        assertThat(MappingLoader.parse("s.yaml", SECTIONS).parts()).hasSize(2);
        assertProblem(SECTIONS.replace("  - {name: ind}", "  - {name: nome}"),
                "riga 18, chiave 'sections.1.indicators.0.name': il campo 'nome' non è definito in 'columns'");
        assertProblem(SECTIONS.replace("""
                      - {level: obiettivo_strategico, name: os}
                      - {level: obiettivo_operativo, name: op}
                """, """
                      - {level: obiettivo_operativo, name: op}
                      - {level: obiettivo_strategico, name: os}
                """).replace("  - {level: obiettivo_strategico, name: os}\n    indicators:\n      - {name: kpi}",
                "  - {level: obiettivo_strategico, name: os}\n      - {level: obiettivo_operativo, name: kpi}\n"
                        + "    indicators:\n      - {name: kpi}"),
                "le sezioni mettono gli stessi livelli in ordine diverso");
        // the operational section without the strategic objective: its objectives would have no parent
        assertProblem(SECTIONS.replace("      - {level: obiettivo_strategico, name: os}\n      - {level: obiettivo_operativo",
                "      - {level: obiettivo_operativo"), "chiave 'sections.1.levels.0': la sezione comincia dal livello"
                + " 'obiettivo_operativo', che nessun'altra sezione legge: i suoi elementi non troverebbero il loro"
                + " livello superiore; aggiungere alla sezione il livello sopra ('obiettivo_strategico')");
        assertProblem(SECTIONS + "header: {find: [KPI]}\n",
                "con 'sections' header, columns, levels e indicators stanno dentro ogni sezione");
    }

    private static void assertProblem(String yaml, String... fragments) {
        assertThatThrownBy(() -> MappingLoader.parse("prova.yaml", yaml))
                .isInstanceOf(MappingException.class)
                .satisfies(e -> {
                    for (String f : fragments) {
                        assertThat(e.getMessage()).contains(f);
                    }
                });
    }
}
