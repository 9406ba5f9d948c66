package pira.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pira.mapping.MappingCandidate;
import pira.mapping.MappingLoader;
import pira.model.ImportNote;

/** What the mapping does not read is said: other sheets of the workbook; a header it cannot find, with the nearest. */
class UnreadSheetsTest {

    private static final String MAPPING = """
            id: prova
            document: piano
            signature: {formats: [xlsx], words: [Indicatore]}
            header: {find: [Obiettivo, Indicatore]}
            columns:
              os: "^Obiettivo$"
              name: "^Indicatore$"
            levels:
              - {level: obiettivo_strategico, name: os}
            indicators:
              - name: name
            """;

    @TempDir
    Path dir;

    private Path workbook(String... sheets) throws Exception {
        Path file = dir.resolve("piano.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (String name : sheets) {
                Sheet sheet = wb.createSheet(name);
                String[][] rows = name.equals("Vuoto") ? new String[0][] : name.equals("Piano")
                        ? new String[][] {{"Obiettivo", "Indicatore"}, {"Crescita", "Imprese assistite"}}
                        : new String[][] {{"Obiettivo", "Indicatori operativi"}, {"Crescita", "Eventi"}};
                for (int r = 0; r < rows.length; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows[r].length; c++) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    private static Importer importer() throws Exception {
        return new Importer(List.of(), new MappingCandidate(MappingLoader.parse("prova.yaml", MAPPING), "prova"));
    }

    @Test
    void otherSheetsWithContentAreNamedOnce() throws Exception {
        ImportResult result = importer().importFile(workbook("Piano", "Operativo", "Vuoto"));
        assertThat(result.plan().notes()).filteredOn(n -> n.code().equals("FOGLI-NON-LETTI"))
                .extracting(ImportNote::message).containsExactly("la mappatura legge il foglio \"Piano\"; non legge"
                        + " il foglio \"Operativo\"");
        assertThat(result.plan().notes()).filteredOn(n -> n.code().equals("FOGLI-NON-LETTI"))
                .allMatch(ImportNote::isInformation);
    }

    @Test
    void aHeaderNotFoundNamesTheNearestRowAndItsMissingWords() throws Exception {
        ImportResult result = importer().importFile(workbook("Operativo"));
        assertThat(result.error()).contains("la più vicina è: riga 1 (\"Obiettivo | Indicatori operativi\"), a cui"
                + " mancano [Indicatore]");
    }
}
