package pira.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pira.mapping.Mapping;
import pira.mapping.MappingCandidate;
import pira.mapping.MappingLoader;
import pira.model.Plan;
import pira.model.RowBalance;
import pira.source.RawDocument;
import pira.source.RawTable;
import pira.source.SourceReaders;

/**
 * "Every row has one outcome", checked against the source and not against the ledger: for every table of the raw
 * document (as its reader gives it, with the options the mapping asks for) the plan has a balance whose rows are the
 * table's rows, read or not; and no balance names a table the document does not have. The samples and the layout
 * cases are checked so by {@link GoldenImportTest} and {@link LayoutCasesTest}; here, workbooks made for it with
 * the tables a mapping does not read.
 */
class BalanceAgainstSourceTest {

    private static final String[] HEADER = {"Obiettivo operativo", "Indicatore", "Target 2021"};

    /** One table read: the first sheet with the header; the sheet before it, the copy after it, an empty one not. */
    @Test
    void theSheetsBesideTheOneReadHaveTheirBalance(@TempDir Path dir) throws Exception {
        Path file = workbook(dir.resolve("uno.xlsx"),
                sheet("Note", new String[] {"Piano 2021"}, new String[] {""}, new String[] {"Approvato dalla Giunta"}),
                sheet("Piano", HEADER, new String[] {"1.1 - Semplificare", "Tempi medi", "30"}),
                sheet("Copia", HEADER, new String[] {"1.1 - Semplificare", "Tempi medi", "30"}),
                sheet("Vuoto"));
        Plan plan = assertBalanceCoversTheSource(file, mapping(dir, ""));
        assertThat(plan.balance()).extracting(RowBalance::table, RowBalance::unread).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Note", "intestazione non trovata"),
                org.assertj.core.groups.Tuple.tuple("Piano", null),
                org.assertj.core.groups.Tuple.tuple("Copia", "la mappatura legge una sola tabella, la prima con"
                        + " l'intestazione (foglio \"Piano\")"),
                org.assertj.core.groups.Tuple.tuple("Vuoto", "la tabella è vuota"));
        assertThat(plan.balance().get(0).outcomes()).containsExactly(java.util.Map.entry("vuota", 1),
                java.util.Map.entry("non_letta", 2));
    }

    /** The sheet the mapping names; the sheets its pattern names, with the header or not; the sheets it leaves. */
    @Test
    void sheetsNamedOrNotByTheMappingHaveTheirBalance(@TempDir Path dir) throws Exception {
        Path file = workbook(dir.resolve("fogli.xlsx"),
                sheet("Piano 2020", HEADER, new String[] {"1.1 - Semplificare", "Tempi medi", "30"}),
                sheet("Piano vecchio", new String[] {"Bozza"}),
                sheet("Piano 2021", HEADER, new String[] {"1.1 - Semplificare", "Tempi medi", "25"}),
                sheet("Note", new String[] {"Testo"}));
        assertBalanceCoversTheSource(file, mapping(dir, "reader: {sheet: Piano 2021}\n"));
        Plan plan = assertBalanceCoversTheSource(file, mapping(dir, "reader: {sheets: \"^Piano\"}\n"));
        assertThat(plan.balance()).extracting(RowBalance::table, RowBalance::unread).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Piano 2020", null),
                org.assertj.core.groups.Tuple.tuple("Piano vecchio", "intestazione non trovata"),
                org.assertj.core.groups.Tuple.tuple("Piano 2021", null),
                org.assertj.core.groups.Tuple.tuple("Note", "la mappatura non legge questo foglio"));
    }

    /** A section that reads the first sheet with its header: the next one with the same header is not read. */
    @Test
    void aSectionReadOnceLeavesTheNextTableWithItsBalance(@TempDir Path dir) throws Exception {
        Path file = workbook(dir.resolve("sezioni.xlsx"),
                sheet("Strategico", new String[] {"Obiettivo strategico", "KPI", "Target 2021"},
                        new String[] {"1 - Competitività", "Valore medio", "80%"}),
                sheet("Operativo", new String[] {"Obiettivo strategico", "Obiettivo operativo", "Indicatore", "Target 2021"},
                        new String[] {"1", "1.1 - Semplificare", "Tempi medi", "30"}),
                sheet("Operativo bis", new String[] {"Obiettivo strategico", "Obiettivo operativo", "Indicatore",
                        "Target 2021"}, new String[] {"1", "1.2 - Digitalizzare", "Pratiche online", "90%"}));
        Path mapping = dir.resolve("sezioni.yaml");
        Files.writeString(mapping, """
                id: sezioni
                document: piano
                signature: {formats: [xlsx], words: [KPI]}
                sections:
                  - header: {find: [Obiettivo strategico, KPI]}
                    columns:
                      os: {header: "^Obiettivo strategico$", extract: "^(?<value>\\\\d+)\\\\s*-"}
                      os_nome: {header: "^Obiettivo strategico$", extract: "^\\\\d+\\\\s*-\\\\s*(?<value>.+)$"}
                      kpi: "^KPI$"
                      target: "^Target (?<year>\\\\d{4})$"
                    levels:
                      - {level: obiettivo_strategico, code: os, name: os_nome}
                    indicators:
                      - {name: kpi, targets: target}
                  - header: {find: [Obiettivo operativo, Indicatore]}
                    columns:
                      os: "^Obiettivo strategico$"
                      op: "^Obiettivo operativo$"
                      indicatore: "^Indicatore$"
                      target: "^Target (?<year>\\\\d{4})$"
                    levels:
                      - {level: obiettivo_strategico, code: os}
                      - {level: obiettivo_operativo, name: op}
                    indicators:
                      - {name: indicatore, targets: target}
                """);
        Plan plan = assertBalanceCoversTheSource(file, mapping);
        assertThat(plan.balance()).extracting(RowBalance::table, RowBalance::unread).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Strategico", null),
                org.assertj.core.groups.Tuple.tuple("Operativo", null),
                org.assertj.core.groups.Tuple.tuple("Operativo bis", "la sezione 2 della mappatura legge una sola"
                        + " tabella, la prima con la sua intestazione (foglio \"Operativo\")"));
    }

    /** A block layout reads the document's first table: the workbook's other sheets are not read, and said so. */
    @Test
    void theTablesAfterTheFirstOfABlockLayoutHaveTheirBalance(@TempDir Path dir) throws Exception {
        Path file = workbook(dir.resolve("blocchi.xlsx"),
                sheet("Albero", new String[] {"Obiettivo Strategico"}, new String[] {"CRESCERE"},
                        new String[] {"Indicatori"}, new String[] {"Customer"}, new String[] {"Target 2020 >= 3"}),
                sheet("Altro", new String[] {"Obiettivo Strategico"}, new String[] {"ALTRO"}));
        Path mapping = dir.resolve("blocchi.yaml");
        Files.writeString(mapping, """
                id: blocchi
                document: piano
                signature: {formats: [xlsx], words: [Indicatori]}
                blocks:
                  levels:
                    - {level: obiettivo_strategico, after: "^Obiettivo Strategico$", match: "^(?<name>.+)$"}
                  indicators: "^Indicatori$"
                  values:
                    targets: "^Target (?<year>\\\\d{4})\\\\s+(?<value>.+)$"
                """);
        Plan plan = assertBalanceCoversTheSource(file, mapping);
        assertThat(plan.balance()).extracting(RowBalance::table, RowBalance::unread).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Albero", null),
                org.assertj.core.groups.Tuple.tuple("Altro", "una mappatura a blocchi legge solo la prima tabella"
                        + " del documento"));
    }

    /**
     * Imports {@code file} with {@code mapping}, reads it again with its reader, and checks that each table of the
     * raw document has a balance of its rows, whose outcomes add up to them, and that each balance is of such a table.
     */
    static Plan assertBalanceCoversTheSource(Path file, Path mappingFile) throws Exception {
        Mapping mapping = MappingLoader.load(mappingFile);
        ImportResult result = new Importer(List.of(), new MappingCandidate(mapping, mappingFile.toString()))
                .importFile(file);
        assertThat(result.error()).isNull();
        Plan plan = result.plan();
        RawDocument raw = SourceReaders.read(file, Importer.options(mapping, SourceReaders.detect(file)));
        for (RawTable table : raw.tables()) {
            List<RowBalance> of = plan.balance().stream()
                    .filter(b -> b.file().equals(raw.file()) && b.table().equals(table.name())).toList();
            assertThat(of).as("il bilancio della tabella \"%s\" di %s", table.name(), raw.file()).isNotEmpty()
                    .allSatisfy(b -> assertThat(b.rows()).as("righe della tabella \"%s\"", table.name())
                            .isEqualTo(table.rows().size()));
        }
        assertThat(plan.balance()).allSatisfy(b -> {
            assertThat(raw.tables()).as("la tabella del bilancio \"%s\"", b.table())
                    .anyMatch(t -> t.name().equals(b.table()) && raw.file().equals(b.file()));
            assertThat(b.outcomes().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(b.rows());
        });
        return plan;
    }

    private static Path mapping(Path dir, String reader) throws IOException {
        return Files.writeString(dir.resolve("m" + Math.abs(reader.hashCode()) + ".yaml"), """
                id: prova
                document: piano
                signature: {formats: [xlsx], words: [Indicatore]}
                %sheader: {find: [Obiettivo operativo, Indicatore]}
                columns:
                  op_codice: {header: "^Obiettivo operativo$", extract: "^(?<value>\\\\d+\\\\.\\\\d+)\\\\s*-"}
                  op_nome: {header: "^Obiettivo operativo$", extract: "^\\\\d+\\\\.\\\\d+\\\\s*-\\\\s*(?<value>.+)$"}
                  indicatore: "^Indicatore$"
                  target: "^Target (?<year>\\\\d{4})$"
                levels:
                  - {level: obiettivo_operativo, code: op_codice, name: op_nome}
                indicators:
                  - {name: indicatore, targets: target}
                """.formatted(reader));
    }

    private record SheetRows(String name, String[][] rows) {
    }

    private static SheetRows sheet(String name, String[]... rows) {
        return new SheetRows(name, rows);
    }

    private static Path workbook(Path file, SheetRows... sheets) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (SheetRows s : sheets) {
                Sheet sheet = workbook.createSheet(s.name());
                for (int r = 0; r < s.rows().length; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < s.rows()[r].length; c++) {
                        if (!s.rows()[r][c].isEmpty()) {
                            row.createCell(c).setCellValue(s.rows()[r][c]);
                        }
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
