package pira.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pira.model.Element;
import pira.model.ImportNote;
import pira.model.Indicator;
import pira.source.CellRange;
import pira.source.RawRow;
import pira.source.RawTable;
import pira.mapping.Mapping;
import pira.mapping.MappingLoader;
import pira.mapping.MappingMismatchException;

/** The row handling of the engine on small hand-made tables. */
class TableMapperTest {

    private static final String OPENERS = """
            id: prova
            document: pira
            signature: {formats: [csv], words: [Indicatore]}
            header: {find: [Codice, Indicatore], repeats: true}
            columns:
              code: "^Codice$"
              name: "^Indicatore$"
              target: "^Target (?<year>\\\\d{4})$"
            openers:
              - level: obiettivo_strategico
                match: "^Obiettivo strategico\\\\s+(?<code>\\\\d+)\\\\s+(?<name>.+)"
                description: true
              - level: obiettivo_operativo
                match: "^Obiettivo operativo\\\\s+(?<code>\\\\d+\\\\.\\\\d+)\\\\s+(?<name>.+)"
            ignore_rows: ["^Pagina \\\\d+"]
            indicators:
              - when: {field: code, matches: "^\\\\d+\\\\.\\\\d+\\\\.\\\\d+$"}
                code: code
                name: name
                pira_marker: "\\\\(?PIRA\\\\)?"
                targets: target
            """;

    @Test
    void openersDescriptionsRepeatedHeadersIgnoredAndUnknownRows() throws Exception {
        RawTable table = table(List.of(),
                row("Obiettivo strategico 1 PA SEMPLICE"),
                row("Testo che descrive l'obiettivo."),
                row("Obiettivo operativo 1.1 DIGITALE"),
                row("Codice", "Indicatore", "Target 2020", "Target 2021"),
                row("1.1.1", "Pratiche evase (PIRA)", "95%", ""),
                row("Pagina 2"),
                row("Codice", "Indicatore", "Target 2020", "Target 2021"),
                row("1.1.2", "Sospesi", "---", "-10%"),
                row(""),
                row("una riga che nessuno riconosce"));
        TableMapper.Result result = new TableMapper(MappingLoader.parse("prova.yaml", OPENERS), "f.csv", table).map();
        Element os = result.elements().get(0);
        assertThat(os.code()).isEqualTo("1");
        assertThat(os.description()).isEqualTo("Testo che descrive l'obiettivo.");
        Element op = os.children().get(0);
        assertThat(op.code()).isEqualTo("1.1");
        assertThat(op.indicators()).extracting(Indicator::code).containsExactly("1.1.1", "1.1.2");
        Indicator first = op.indicators().get(0);
        assertThat(first.pira()).isTrue();
        assertThat(first.name()).isEqualTo("Pratiche evase");
        assertThat(first.targets()).containsOnlyKeys(2020);
        assertThat(op.indicators().get(1).targets().get(2021).raw()).isEqualTo("-10%");
        assertThat(op.indicators().get(1).targets().get(2021).location().cell()).isEqualTo("D8");
        assertThat(result.notes()).extracting(ImportNote::code, n -> n.location().row())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RIGA-IGNORATA", 10));
        assertThat(result.years()).containsExactly(2020, 2021);
    }

    private static final String COLUMNS = """
            id: prova
            document: piano
            signature: {formats: [csv], words: [Azione]}
            header: {find: [Obiettivo, Azione], rows: 2}
            columns:
              os: "^Obiettivo$"
              az_code: "^Azione / cod\\\\.$"
              az_name: "^Azione / nome$"
              az_weight: "^Azione / peso$"
              unit: "^Unità$"
            fill_down: [unit]
            levels:
              - {level: obiettivo_strategico, name: os}
              - {level: azione, code: az_code, name: az_name, weight: az_weight}
            indicators:
              - level: azione
                code: az_code
                name: az_name
                unit: unit
            """;

    @Test
    void mergedCellsAndFillDownInheritValues() throws Exception {
        RawTable table = table(List.of(new CellRange(1, 1, 2, 4), new CellRange(3, 5, 1, 1)),
                row("Obiettivo", "Azione", "", "", "Unità"),
                row("", "cod.", "nome", "peso", ""),
                row("Crescita", "1.1", "Prima", "50%", "numero"),
                row("", "1.2", "Seconda", "50%", ""),
                row("", "1.3", "Terza", "", "giorni"),
                row("Altro", "2.1", "Quarta", "100%", ""));
        TableMapper.Result result = new TableMapper(MappingLoader.parse("prova.yaml", COLUMNS), "f.csv", table).map();
        assertThat(result.elements()).extracting(Element::name).containsExactly("Crescita", "Altro");
        List<Element> actions = result.elements().get(0).children();
        assertThat(actions).extracting(Element::code).containsExactly("1.1", "1.2", "1.3");
        assertThat(actions.get(2).weight()).isNull();
        List<String> units = new ArrayList<>();
        result.elements().forEach(e -> e.children().forEach(a -> units.add(a.indicators().get(0).unit())));
        assertThat(units).containsExactly("numero", "numero", "giorni", "giorni");
    }

    @Test
    void missingEssentialColumnNamesTheHeadersFound() throws Exception {
        RawTable table = table(List.of(), row("Obiettivo", "Azione"), row("", "cod."), row("x", "1"));
        assertThatThrownBy(() -> new TableMapper(MappingLoader.parse("prova.yaml", COLUMNS), "f.csv", table).map())
                .isInstanceOf(MappingMismatchException.class)
                .hasMessageContaining("f.csv, foglio t, riga 1: colonne non trovate per 'az_name'")
                .hasMessageContaining("la tabella ha 2 colonne: A \"Obiettivo\", B \"Azione / cod.\"");
    }

    private static final String IDENTITY = """
            id: prova
            document: piano
            signature: {formats: [csv], words: [Indicatore]}
            header: {find: [OS, Indicatore]}
            columns:
              os_code: "^OS$"
              os_name: "^Nome OS$"
              op_code: {header: "^OP$", extract: "^(?<value>\\\\d+\\\\.\\\\d+)"}
              name: "^Indicatore$"
              code: "^Codice$"
              target: "^Target (?<year>\\\\d{4})$"
            levels:
              - {level: obiettivo_strategico, code: os_code, name: os_name}
              - {level: obiettivo_operativo, code: op_code}
            indicators:
              - name: name
                code: code
                targets: target
            """;

    private static TableMapper.Result identity(String[]... rows) throws Exception {
        String[][] all = new String[rows.length + 1][];
        all[0] = row("OS", "Nome OS", "OP", "Indicatore", "Codice", "Target 2020");
        System.arraycopy(rows, 0, all, 1, rows.length);
        return new TableMapper(MappingLoader.parse("prova.yaml", IDENTITY), "f.csv", table(List.of(), all)).map();
    }

    @Test
    void theSameCodeWithAnotherNameIsKeptApartAndReported() throws Exception {
        TableMapper.Result result = identity(
                row("1", "Competitività", "1.1", "Primo", "1.1.1", "10"),
                row("1", "Competitivita'", "1.1", "Secondo", "1.1.2", "20"),
                row("1", "competitività", "1.2", "Terzo", "1.2.1", "30"));
        assertThat(result.elements()).extracting(Element::name).containsExactly("Competitività", "Competitivita'");
        assertThat(result.elements().get(0).children()).extracting(Element::code).containsExactly("1.1", "1.2");
        assertThat(result.notes()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("CODICE-NOME-DIVERSO");
            assertThat(n.message()).contains("il codice 1 dell'obiettivo strategico è usato per \"Competitività\"")
                    .contains("e per \"Competitivita'\"");
            assertThat(n.location().row()).isEqualTo(3);
        });
    }

    @Test
    void anIndicatorCodePlacesItThroughAnEmptyLevel() throws Exception {
        TableMapper.Result result = identity(
                row("3", "Processi", "3.1", "Primo", "3.1.1", "10"),
                row("3", "Processi", "3.3", "Secondo", "3.3.1", "20"),
                row("3", "Processi", "", "Terzo", "3.1.2", "30"),
                row("3", "Processi", "", "Del 3", "3.9", "40"),
                row("3", "Processi", "", "Orfano", "3.2.1", "50"));
        Element os = result.elements().get(0);
        assertThat(os.children().get(0).indicators()).extracting(Indicator::code).containsExactly("3.1.1", "3.1.2");
        // "3.9" says it belongs to objective 3 itself: nothing is missing; "3.2.1" says 3.2, which is not there
        assertThat(os.indicators()).extracting(Indicator::code).containsExactly("3.9", "3.2.1");
        assertThat(result.notes()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("LIVELLO-MANCANTE");
            assertThat(n.message()).isEqualTo("la riga 6 non indica l'obiettivo operativo: 3.2.1 è posto"
                    + " direttamente sotto l'obiettivo strategico 3; il codice indica l'obiettivo operativo 3.2, che"
                    + " nel documento non c'è");
        });
        assertThat(result.balance().get(0).outcomes()).isEqualTo(java.util.Map.of("intestazione", 1,
                "indicatore", 5));
    }

    /** Rows that name no level in their columns (an export writing them once, no merge) stay with the rows above. */
    @Test
    void rowsThatNameNoLevelStayWithTheElementsAbove() throws Exception {
        TableMapper.Result result = identity(
                row("1", "Competitività", "1.1", "Primo", "1.1.1", "10"),
                row("", "", "", "Secondo", "1.1.2", "20"),
                row("", "", "", "Terzo", "", "30"));
        assertThat(result.indicators()).isEmpty();
        assertThat(result.elements().get(0).children().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("Primo", "Secondo", "Terzo");
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void aLevelCellThatExtractCannotReadIsReported() throws Exception {
        TableMapper.Result result = identity(
                row("1", "Competitività", "1.1 Digitale", "Primo", "1.1.1", "10"),
                row("1", "Competitività", "Digitale senza codice", "Secondo", "", "20"));
        assertThat(result.notes()).extracting(ImportNote::code).contains("LIVELLO-NON-LETTO");
        assertThat(result.notes()).filteredOn(n -> n.code().equals("LIVELLO-NON-LETTO")).singleElement()
                .satisfies(n -> assertThat(n.location().cell()).isEqualTo("C3"));
    }

    @Test
    void twoIndicatorsInOneCellWithoutSplitLinesAreReportedAndNotReadAsOneValue() throws Exception {
        TableMapper.Result result = identity(row("1", "Competitività", "1.1", "Primo\nSecondo", "", "> 1\n90%"));
        Indicator one = result.elements().get(0).children().get(0).indicators().get(0);
        assertThat(one.targets().get(2020).parsed().kind()).isEqualTo(pira.model.ValueKind.NOT_UNDERSTOOD);
        assertThat(result.notes()).extracting(ImportNote::code).containsExactly("PIU-INDICATORI-IN-UNA-CELLA");
    }

    @Test
    void aSecondIndicatorOnAnElementReadOnceIsReported() throws Exception {
        String mapping = IDENTITY.replace("  - name: name", "  - level: obiettivo_operativo\n    name: name");
        RawTable t = table(List.of(), row("OS", "Nome OS", "OP", "Indicatore", "Codice", "Target 2020"),
                row("1", "A", "1.1", "Primo", "", "10"),
                row("1", "A", "1.1", "Primo", "", "10"),
                row("1", "A", "1.1", "Secondo", "", "20"));
        TableMapper.Result result = new TableMapper(MappingLoader.parse("prova.yaml", mapping), "f.csv", t).map();
        assertThat(result.elements().get(0).children().get(0).indicators()).hasSize(1);
        assertThat(result.notes()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("INDICATORE-NON-LETTO");
            assertThat(n.location().row()).isEqualTo(4);
        });
        assertThat(result.balance().get(0).outcomes()).isEqualTo(java.util.Map.of("intestazione", 1,
                "indicatore", 1, "unita", 1, "segnalata", 1));
    }

    @Test
    void aColumnByPositionBeyondTheTableNamesTheKeyAndTheColumns() throws Exception {
        String mapping = IDENTITY.replace("name: \"^Indicatore$\"", "name: {column: 12}");
        RawTable t = table(List.of(), row("OS", "Nome OS", "OP", "Indicatore", "Codice", "Target 2020"),
                row("1", "A", "1.1", "Primo", "", "10"));
        assertThatThrownBy(() -> new TableMapper(MappingLoader.parse("prova.yaml", mapping), "f.csv", t).map())
                .isInstanceOf(MappingMismatchException.class)
                .hasMessageContaining("colonne non trovate per 'name' (colonna 12)")
                .hasMessageContaining("la tabella ha 6 colonne: A \"OS\"");
    }

    @Test
    void aColumnOfFractionsGivesPercentages() throws Exception {
        String mapping = IDENTITY.replace("target: \"^Target (?<year>\\\\d{4})$\"",
                "target: {header: \"^Target (?<year>\\\\d{4})$\", scale: fraction}");
        TableMapper.Result result = new TableMapper(MappingLoader.parse("prova.yaml", mapping), "f.csv",
                table(List.of(), row("OS", "Nome OS", "OP", "Indicatore", "Codice", "Target 2020"),
                        row("1", "A", "1.1", "Avanzamento", "1.1.1", "0,93"))).map();
        var target = result.elements().get(0).children().get(0).indicators().get(0).targets().get(2020);
        assertThat(target.raw()).isEqualTo("0,93");
        assertThat(target.parsed().number()).isEqualByComparingTo("93");
        assertThat(target.parsed().isPercent()).isTrue();
        assertThat(result.notes()).isEmpty();
        TableMapper.Result above = new TableMapper(MappingLoader.parse("prova.yaml", mapping), "f.csv",
                table(List.of(), row("OS", "Nome OS", "OP", "Indicatore", "Codice", "Target 2020"),
                        row("1", "A", "1.1", "Avanzamento", "1.1.1", "1,2"),
                        row("1", "A", "1.1", "Altro", "1.1.2", "0,5"),
                        row("1", "A", "1.1", "Terzo", "1.1.3", "1,5"))).map();
        // once a column, with its cells: an export writes the same mistake on many rows
        assertThat(above.notes()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("FRAZIONE-OLTRE-UNO");
            assertThat(n.message()).isEqualTo("la colonna 'target', che contiene frazioni di uno, ha 2 valori che"
                    + " superano 1: F2 \"1,2\", F4 \"1,5\"");
            assertThat(n.location().row()).isEqualTo(2);
        });
    }

    /** A header pattern that fits several columns used to take the first in silence (issue 13). */
    @Test
    void aPatternThatFitsSeveralColumnsIsAnErrorNamingThem() throws Exception {
        String mapping = IDENTITY.replace("target: \"^Target (?<year>\\\\d{4})$\"", "target: \"^Target\"")
                .replace("targets: target", "targets: {field: target, year: 2020}");
        RawTable t = table(List.of(), row("OS", "Nome OS", "OP", "Indicatore", "Target 2020", "Target 2021"),
                row("1", "A", "1.1", "Primo", "10", "20"));
        assertThatThrownBy(() -> new TableMapper(MappingLoader.parse("prova.yaml", mapping), "f.csv", t).map())
                .isInstanceOf(MappingMismatchException.class)
                .hasMessageContaining("il campo 'target' (/^Target/) corrisponde a più colonne: E \"Target 2020\","
                        + " F \"Target 2021\". Rendere l'espressione più precisa, o scegliere la colonna con nth");
    }

    @Test
    void openersOfTheOlderFormComeAfterTheLevelsReadFromColumns() throws Exception {
        Mapping m = MappingLoader.parse("prova.yaml", OPENERS.replace("openers:", "levels:\n  - {level: area,"
                + " name: code}\nopeners:"));
        assertThat(m.levels()).extracting(Mapping.LevelSpec::level)
                .containsExactly("area", "obiettivo_strategico", "obiettivo_operativo");
        assertThat(m.levels().get(1).collectsDescription()).isTrue();
    }

    @Test
    void statusNotesFromTheirColumnOrOutOfTheName() throws Exception {
        String yaml = OPENERS.replace("target: \"^Target (?<year>\\\\d{4})$\"",
                        "target: \"^Target (?<year>\\\\d{4})$\"\n  nota: \"^Note$\"")
                .replace("    targets: target", "    targets: target\n    status: nota\n"
                        + "    status_pattern: \"(?:Inserito|Aggiornato|Eliminato) in sede di rolling.*$\"");
        assertThat(yaml).contains("nota: \"^Note$\"", "status: nota");
        RawTable table = table(List.of(),
                row("Obiettivo operativo 1.1 DIGITALE"),
                row("Codice", "Indicatore", "Target 2020", "Note"),
                row("1.1.1", "Pratiche evase", "95%", "Aggiornato con deliberazione n. 97 del 22/07/2019"),
                row("1.1.2", "Sospesi\nEliminato in sede di rolling annuale", "", ""),
                row("1.1.3", "Istanze on line", "20%", ""));
        Element op = new TableMapper(MappingLoader.parse("prova.yaml", yaml), "f.csv", table).map().elements().get(0);
        Indicator updated = op.indicators().get(0);
        assertThat(updated.status().kind()).isEqualTo(pira.model.StatusKind.AGGIORNATO);
        assertThat(updated.status().deliberation()).isEqualTo("deliberazione n. 97 del 22/07/2019");
        assertThat(updated.status().location().column()).isEqualTo(4);
        Indicator withdrawn = op.indicators().get(1);
        assertThat(withdrawn.name()).isEqualTo("Sospesi");
        assertThat(withdrawn.eliminated()).isTrue();
        assertThat(withdrawn.status().raw()).isEqualTo("Eliminato in sede di rolling annuale");
        assertThat(op.indicators().get(2).status()).isNull();
    }

    /**
     * A note left in the name (no status_pattern, or one that does not match: the README's table example copied with
     * its "\\|") is a warning, never a silent rename between two revisions.
     */
    @Test
    void aRevisionNoteLeftInTheNameIsAWarning() throws Exception {
        String yaml = OPENERS.replace("    targets: target", "    targets: target\n"
                + "    status_pattern: \"(?:Inserito\\\\|Aggiornato) in sede di rolling.*$\"");
        RawTable table = table(List.of(),
                row("Obiettivo operativo 1.1 DIGITALE"),
                row("Codice", "Indicatore", "Target 2020"),
                row("1.1.1", "Pratiche evase\nAggiornato in sede di rolling annuale con deliberazione n. 97", "95%"),
                row("1.1.2", "N. nuovi comuni aggiornati nel registro", "20%"));
        TableMapper.Result plan = new TableMapper(MappingLoader.parse("prova.yaml", yaml), "f.csv", table).map();
        assertThat(plan.notes()).filteredOn(n -> n.code().equals("NOTA-NEL-NOME")).extracting(ImportNote::message)
                .containsExactly("il nome dell'indicatore 1.1.1 contiene una nota di revisione (\"Aggiornato in sede di"
                        + " rolling annuale con deliberazione n. 97\"): la mappatura la legga con 'status' o"
                        + " 'status_pattern' (l'espressione della mappatura non la trova)");
    }

    /** A table whose rows are numbered 1, 2, 3... as in a sheet. */
    private static RawTable table(List<CellRange> merges, String[]... rows) {
        List<RawRow> numbered = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            numbered.add(new RawRow(i + 1, false, rows[i]));
        }
        return new RawTable("t", false, numbered, merges);
    }

    private static String[] row(String... cells) {
        return cells;
    }
}
