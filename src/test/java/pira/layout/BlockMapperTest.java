package pira.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pira.model.Element;
import pira.model.ImportNote;
import pira.model.Indicator;
import pira.source.RawRow;
import pira.source.RawTable;
import pira.mapping.Mapping;
import pira.mapping.MappingLoader;
import pira.mapping.MappingMismatchException;

/** Block layouts: levels after their headings, indicators with key/value lines, every stray line reported. */
class BlockMapperTest {

    private static final String MAPPING = """
            id: prova-blocchi
            document: piano
            signature: {formats: [docx], words: [Indicatori]}
            ignore_rows: ["^Titolo"]
            blocks:
              levels:
                - {level: obiettivo_strategico, after: "^Obiettivo Strategico$", match: "^(?<name>.+)$"}
                - {level: obiettivo_operativo, match: "^(?<code>\\\\d{3}-\\\\d{3}) (?<name>.+)$"}
              indicators: "^Indicatori$"
              skip: "^Azione$"
              values:
                weight: "^Peso\\\\s+(?<value>.+)$"
                actuals: {match: "^Stato\\\\s+(?<value>.+)$", year: 2020}
                targets: "^Target (?<year>\\\\d{4})\\\\s+(?<value>.+)$"
            """;

    @Test
    void readsLevelsIndicatorsAndTheirValues() throws Exception {
        TableMapper.Result r = map("Titolo del documento", "Obiettivo Strategico", "CRESCERE", "Indicatori",
                "Grado di utilizzo delle risorse", "Peso 40 %", "Stato 100 %", "Target 2020 >= 60 %",
                "Target 2021 >= 70 %", "011-005 Efficienza", "Indicatori", "Customer", "Peso 100 %", "Target 2020 >= 3",
                "Azione", "1.11.5.01.05 Promozione", "2.12.4.01.01 Supporto");

        assertThat(r.notes()).isEmpty();
        Element os = r.elements().get(0);
        assertThat(os.name()).isEqualTo("CRESCERE");
        Indicator first = os.indicators().get(0);
        assertThat(first.name()).isEqualTo("Grado di utilizzo delle risorse");
        assertThat(first.weight().raw()).isEqualTo("40 %");
        assertThat(first.actuals().get(2020).raw()).isEqualTo("100 %");
        assertThat(first.targets()).containsOnlyKeys(2020, 2021);
        assertThat(first.targets().get(2021).raw()).isEqualTo(">= 70 %");
        assertThat(first.targets().get(2021).location().row()).isEqualTo(9);
        assertThat(first.provenance().row()).isEqualTo(5);
        Element op = os.children().get(0);
        assertThat(op.code()).isEqualTo("011-005");
        assertThat(op.indicators()).extracting(Indicator::name).containsExactly("Customer");
        assertThat(r.years()).containsExactly(2020, 2021);
    }

    @Test
    void levelNamesWrappedOnAPrintedPageAreJoined() throws Exception {
        Mapping m = MappingLoader.parse("m.yaml", MAPPING);
        List<RawRow> rows = new ArrayList<>();
        for (String line : new String[] {"Obiettivo Strategico", "ACCOMPAGNARE LE IMPRESE", "ALL'ESTERO",
            "011-005 Sostegno", "all'export", "Indicatori", "Nome su", "due righe", "Peso 100 %"}) {
            rows.add(new RawRow(rows.size() + 1, false, new String[] {line}, 1, rows.size() + 1));
        }
        TableMapper.Result r = new BlockMapper(m, "a.pdf", new RawTable("a.pdf", false, rows, List.of())).map();
        assertThat(r.notes()).isEmpty();
        assertThat(r.elements().get(0).name()).isEqualTo("ACCOMPAGNARE LE IMPRESE ALL'ESTERO");
        assertThat(r.elements().get(0).children().get(0).name()).isEqualTo("Sostegno all'export");
        assertThat(r.elements().get(0).children().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("Nome su due righe");
    }

    @Test
    void onAPrintedPageALongRunOfUnknownLinesIsReportedNotSwallowedIntoAName() throws Exception {
        Mapping m = MappingLoader.parse("m.yaml", MAPPING);
        List<RawRow> rows = new ArrayList<>();
        for (String line : new String[] {"Obiettivo Strategico", "CRESCERE", "DELLE", "IMPRESE", "DEL TERRITORIO",
            "Indicatori (tabella non prevista)", "Nome"}) {
            rows.add(new RawRow(rows.size() + 1, false, new String[] {line}, 1, rows.size() + 1));
        }
        TableMapper.Result r = new BlockMapper(m, "a.pdf", new RawTable("a.pdf", false, rows, List.of())).map();
        assertThat(r.elements().get(0).name()).isEqualTo("CRESCERE DELLE IMPRESE DEL TERRITORIO");
        assertThat(r.notes()).extracting(n -> n.location().row()).containsExactly(6, 7);
    }

    @Test
    void inAWordDocumentEveryParagraphIsWholeAndRepeatedValuesAreReported() throws Exception {
        TableMapper.Result r = map("011-005 Sostegno", "Indicatori", "Primo senza valori", "Secondo", "Peso 50 %",
                "Peso 60 %", "Target 2020 >= 1", "Target 2020 >= 2");
        Element op = r.elements().get(0);
        assertThat(op.indicators()).extracting(Indicator::name).containsExactly("Primo senza valori", "Secondo");
        assertThat(op.indicators().get(0).targets()).isEmpty();
        Indicator second = op.indicators().get(1);
        assertThat(second.weight().raw()).isEqualTo("50 %");
        assertThat(second.targets().get(2020).raw()).isEqualTo(">= 1");
        assertThat(r.notes()).extracting(ImportNote::code, ImportNote::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("VALORE-RIPETUTO", "la riga \"Peso 60 %\" ripete un valore già"
                        + " letto per l'indicatore \"Secondo\" (a.docx, riga 5): vale il primo"),
                org.assertj.core.groups.Tuple.tuple("VALORE-RIPETUTO", "la riga \"Target 2020 >= 2\" ripete un"
                        + " valore già letto per l'indicatore \"Secondo\" (a.docx, riga 7): vale il"
                        + " primo"));
    }

    @Test
    void weightsStatedInHeadingsOrLevelLinesGoToTheirElement() throws Exception {
        Mapping m = MappingLoader.parse("m.yaml", MAPPING.replace("after: \"^Obiettivo Strategico$\"",
                "after: \"^Obiettivo Strategico \\\\(Peso (?<weight>[0-9,]+ ?%)\\\\)$\"").replace(
                "(?<name>.+)$\"}\n", "(?<name>.+?)( \\\\(peso (?<weight>[0-9,]+ ?%)\\\\))?$\"}\n"));
        TableMapper.Result r = new BlockMapper(m, "a.docx", table("Obiettivo Strategico (Peso 33,34%)", "CRESCERE",
                "011-005 Sostegno (peso 60 %)", "011-006 Altro")).map();
        Element os = r.elements().get(0);
        assertThat(os.weight().raw()).isEqualTo("33,34%");
        assertThat(os.weight().location().row()).isEqualTo(1);
        assertThat(os.children()).extracting(Element::name).containsExactly("Sostegno", "Altro");
        assertThat(os.children().get(0).weight().raw()).isEqualTo("60 %");
        assertThat(os.children().get(1).weight()).isNull();
    }

    @Test
    void strayLinesAreReportedWithTheirRow() throws Exception {
        TableMapper.Result r = map("Indicatori", "Orfano", "Peso 10 %", "Obiettivo Strategico", "",
                "CRESCERE", "Testo libero", "Indicatori", "Peso 5 %", "Nome", "Target 2020 SI");

        assertThat(r.notes()).extracting(ImportNote::code, n -> n.location().row(), ImportNote::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("INDICATORE-SENZA-LIVELLO", 2,
                                "l'indicatore \"Orfano\" viene prima di ogni livello e non è stato letto, né le"
                                        + " righe dei suoi valori"),
                        org.assertj.core.groups.Tuple.tuple("RIGA-IGNORATA", 7,
                                "riga non riconosciuta (non è un livello né un elenco di indicatori):"
                                        + " \"Testo libero\""),
                        org.assertj.core.groups.Tuple.tuple("RIGA-IGNORATA", 9,
                                "la riga \"Peso 5 %\" non segue il nome di un indicatore"));
        assertThat(r.elements().get(0).indicators()).extracting(Indicator::name).containsExactly("Nome");
        // the indicator dropped is not counted as one: its row (2) and its value's (3) are "segnalata", and the
        // heading after it (4) is a level, as it was read; 7 and 9 are the stray lines, 5 the blank one
        assertThat(r.balance().get(0).outcomes()).isEqualTo(java.util.Map.of("intestazione", 2, "segnalata", 4,
                "livello", 2, "indicatore", 1, "unita", 1, "vuota", 1));
    }

    @Test
    void headingFollowedByAnotherShapeIsReported() throws Exception {
        Mapping m = MappingLoader.parse("m.yaml", MAPPING.replace("match: \"^(?<name>.+)$\"",
                "match: \"^(?<name>[^0-9]+)$\""));
        TableMapper.Result r = new BlockMapper(m, "a.docx", table("Obiettivo Strategico", "2020",
                "011-005 Efficienza")).map();
        assertThat(r.notes()).extracting(ImportNote::message).containsExactly("dopo l'intestazione dell'obiettivo"
                + " strategico la riga \"2020\" non ne ha la forma attesa");
    }

    /** Asti's layout: shares in the headings, a two-column table "Indicatori | Programma", actions beside. */
    private static final String SHARES = MAPPING
            .replace("    - {level: obiettivo_operativo,",
                    "    - {level: programma, column: \"^Programma$\"}\n    - {level: obiettivo_operativo,")
            .replace("indicators: \"^Indicatori$\"", "indicators: \"^Indicatori(?: \\\\(Peso indicatori"
                    + " (?<weight>[^)]+)\\\\))?$\"\n"
                    + "  children_weight: {match: \"^Obiettivi Operativi \\\\(Peso (?<weight>[^)]+)\\\\)$\","
                    + " of: obiettivo_strategico}");

    @Test
    void sharesAndTheProgrammeBesideTheIndicatorsGoWhereTheDocumentSays() throws Exception {
        TableMapper.Result r = new BlockMapper(MappingLoader.parse("m.yaml", SHARES), "a.docx", rows(
                new String[] {"Obiettivo Strategico"}, new String[] {"CRESCERE"},
                new String[] {"Indicatori (Peso indicatori 40%)", "Programma"},
                new String[] {"N. report", "Politiche di sviluppo"},
                new String[] {"Peso 50 %\nStato 2\nTarget 2020 >= 2", ""},
                new String[] {"N. eventi", ""},
                new String[] {"Peso 50 %\nStato 4\nTarget 2020 >= 2", ""},
                new String[] {"Obiettivi Operativi (Peso 60%)"},
                new String[] {"011-005 Efficienza"},
                new String[] {"Indicatori", "Azione"},
                new String[] {"Customer", "Supporto ASTISS"},
                new String[] {"Peso 100 %\nTarget 2020 >= 3", "Formazione aziende\nAdeguamento piattaforma"})).map();

        assertThat(r.notes()).isEmpty();
        Element os = r.elements().get(0);
        assertThat(os.indicatorsWeight().raw()).isEqualTo("40%");
        assertThat(os.childrenWeight().raw()).isEqualTo("60%");
        assertThat(os.childrenWeight().location().paragraph()).isEqualTo(3);
        // the indicators of the table belong to the objective, though the programme is named on their first row
        assertThat(os.indicators()).extracting(Indicator::name).containsExactly("N. report", "N. eventi");
        assertThat(os.indicators().get(1).actuals().get(2020).raw()).isEqualTo("4");
        Element programme = os.children().get(0);
        assertThat(programme.name()).isEqualTo("Politiche di sviluppo");
        assertThat(programme.provenance().describe()).isEqualTo("a.docx, tabella 1, riga 2, colonna 2");
        assertThat(os.indicators().get(1).actuals().get(2020).location().describe())
                .isEqualTo("a.docx, tabella 1, riga 5, colonna 1");
        Element op = programme.children().get(0);
        assertThat(op.code()).isEqualTo("011-005");
        // the actions beside the operational objective's indicator are not read
        assertThat(op.indicators()).extracting(Indicator::name).containsExactly("Customer");
        assertThat(op.indicators().get(0).targets().get(2020).raw()).isEqualTo(">= 3");
        assertThat(op.indicatorsWeight()).isNull();
    }

    @Test
    void anUnknownColumnBesideTheIndicatorsAndASharesLineWithoutItsLevelAreReported() throws Exception {
        TableMapper.Result r = new BlockMapper(MappingLoader.parse("m.yaml", SHARES), "a.docx", rows(
                new String[] {"Obiettivi Operativi (Peso 60%)"},
                new String[] {"011-005 Efficienza"},
                new String[] {"Indicatori", "Responsabile"},
                new String[] {"Customer", "Rossi"},
                new String[] {"Peso 100 %", ""})).map();

        assertThat(r.notes()).extracting(ImportNote::code, n -> n.location().describe(), ImportNote::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("RIGA-IGNORATA", "a.docx, paragrafo 1 («Obiettivi Operativi (Peso 60%)»)",
                                "la riga \"Obiettivi Operativi (Peso 60%)\" dà un peso ma non c'è l'obiettivo"
                                        + " strategico a cui riferirlo"),
                        org.assertj.core.groups.Tuple.tuple("RIGA-IGNORATA", "a.docx, tabella 1, riga 1, colonna 2",
                                "la colonna \"Responsabile\" accanto agli indicatori non è prevista dalla mappatura"
                                        + " e non è stata letta"));
        assertThat(r.elements().get(0).indicators()).extracting(Indicator::name).containsExactly("Customer");
    }

    @Test
    void textBesideTheIndicatorsWithoutAKnownColumnIsReported() throws Exception {
        TableMapper.Result r = new BlockMapper(MappingLoader.parse("m.yaml", SHARES), "a.docx", rows(
                new String[] {"011-005 Efficienza"},
                new String[] {"Indicatori", "Azione", ""},
                new String[] {"Customer", "Supporto", "nota a margine"},
                new String[] {"011-006 Altro", "testo accanto al livello", ""})).map();

        assertThat(r.notes()).extracting(n -> n.location().describe(), ImportNote::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a.docx, tabella 1, riga 2, colonna 3", "il testo \"nota a"
                        + " margine\" sta in una colonna senza intestazione accanto agli indicatori, o accanto a una"
                        + " riga che chiude il loro elenco, e non è stato letto"),
                org.assertj.core.groups.Tuple.tuple("a.docx, tabella 1, riga 3, colonna 2", "il testo \"testo"
                        + " accanto al livello\" sta in una colonna senza intestazione accanto agli indicatori, o"
                        + " accanto a una riga che chiude il loro elenco, e non è stato letto"));
        assertThat(r.elements()).extracting(Element::code).containsExactly("011-005", "011-006");
    }

    @Test
    void aShareBeforeAnyLevelIsReported() throws Exception {
        TableMapper.Result r = new BlockMapper(MappingLoader.parse("m.yaml", SHARES), "a.docx", table(
                "Indicatori (Peso indicatori 40%)", "Obiettivo Strategico", "CRESCERE")).map();
        assertThat(r.elements().get(0).indicatorsWeight()).isNull();
        assertThat(r.notes()).extracting(ImportNote::message).containsExactly("la riga \"Indicatori (Peso indicatori"
                + " 40%)\" dà la quota degli indicatori ma viene prima di ogni livello");
    }

    @Test
    void aShareStatedTwiceIsReportedAndTheFirstKept() throws Exception {
        TableMapper.Result r = new BlockMapper(MappingLoader.parse("m.yaml", SHARES), "a.docx", table(
                "Obiettivo Strategico", "CRESCERE", "Obiettivi Operativi (Peso 60%)", "Obiettivi Operativi (Peso 70%)"))
                .map();
        assertThat(r.elements().get(0).childrenWeight().raw()).isEqualTo("60%");
        assertThat(r.notes()).extracting(ImportNote::code).containsExactly("VALORE-RIPETUTO");
        assertThat(r.notes().get(0).message()).startsWith("la riga \"Obiettivi Operativi (Peso 70%)\" ripete un"
                + " valore già letto per l'obiettivo strategico CRESCERE");
    }

    @Test
    void aDocumentWithoutLevelsIsNotThisLayout() {
        assertThatThrownBy(() -> map("Indicatori", "Nome", "Peso 10 %"))
                .isInstanceOf(MappingMismatchException.class)
                .hasMessageStartingWith("a.docx: nessuna riga apre un livello della mappatura prova-blocchi");
    }

    private static TableMapper.Result map(String... lines) throws Exception {
        return new BlockMapper(MappingLoader.parse("m.yaml", MAPPING), "a.docx", table(lines)).map();
    }

    /** Rows as a Word document gives them: a paragraph per one-cell row, consecutive wider rows one table. */
    private static RawTable rows(String[]... cells) {
        List<RawRow> rows = new ArrayList<>();
        int paragraphs = 0;
        int tables = 0;
        int inTable = 0;
        for (String[] row : cells) {
            if (row.length == 1) {
                rows.add(RawRow.ofParagraph(rows.size() + 1, row[0], ++paragraphs));
                inTable = 0;
            } else {
                tables += inTable == 0 ? 1 : 0;
                rows.add(RawRow.ofWordTable(rows.size() + 1, row, tables, ++inTable));
            }
        }
        return new RawTable("a.docx", false, rows, List.of());
    }

    private static RawTable table(String... lines) {
        List<RawRow> rows = new ArrayList<>();
        for (String line : lines) {
            rows.add(new RawRow(rows.size() + 1, false, new String[] {line}));
        }
        return new RawTable("a.docx", false, rows, List.of());
    }
}
