package pira.mapping;

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
