package pira.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV: delimiter and encoding detected, BOM removed, quoted cells kept whole. */
class CsvReaderTest {

    @TempDir
    Path dir;

    @Test
    void windows1252WithSemicolonsAndDecimalCommas() throws Exception {
        RawTable t = read("a.csv", "Attività;Peso;Target\r\nQualità dei servizi;14,29;>= 60%\r\n",
                Charset.forName("windows-1252"), false);
        assertThat(t.rows().get(0).cell(1)).isEqualTo("Attività");
        assertThat(t.rows().get(1).cell(2)).isEqualTo("14,29");
        assertThat(t.rows().get(1).cell(3)).isEqualTo(">= 60%");
    }

    @Test
    void utf8WithBomAndCommas() throws Exception {
        RawTable t = read("b.csv", "Indicatore,Target 2022\n\"Grado di utilizzo, budget\",≥ 90%\n",
                StandardCharsets.UTF_8, true);
        assertThat(t.rows().get(0).cell(1)).isEqualTo("Indicatore");
        assertThat(t.rows().get(1).cell(1)).isEqualTo("Grado di utilizzo, budget");
        assertThat(t.rows().get(1).cell(2)).isEqualTo("≥ 90%");
    }

    @Test
    void utf8WithoutBomAndTabs() throws Exception {
        RawTable t = read("c.csv", "Indicatore\tTarget\nÈ più efficiente\t100%\n", StandardCharsets.UTF_8, false);
        assertThat(t.rows().get(1).cell(1)).isEqualTo("È più efficiente");
        assertThat(t.rows().get(1).cell(2)).isEqualTo("100%");
    }

    @Test
    void quotedCellOverSeveralLinesStaysOneCellAndRowsAreNumberedAsRecords() throws Exception {
        RawTable t = read("d.csv", "Nome;Target\n\"Riga\nspezzata\";1\nAltro;2\n", StandardCharsets.UTF_8, false);
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(1).cell(1)).isEqualTo("Riga\nspezzata");
        assertThat(t.rows().get(2).number()).isEqualTo(3);
    }

    @Test
    void detectsSemicolonEvenWhenCellsHoldCommas() {
        assertThat(CsvReader.detectDelimiter("a;b,c;d\n1,5;2;3,5\n")).isEqualTo(';');
        assertThat(CsvReader.detectDelimiter("a,b,c\n1,2,3\n")).isEqualTo(',');
        // issue 26: title lines with a comma and decimal commas in values; the ';' agree on every line of the table
        assertThat(CsvReader.detectDelimiter("Camera di commercio, ufficio pianificazione\nPiano 2020, revisione\n"
                + "Allegato, tabella 1\nCodice;Indicatore;Target;Valore\n1;Pratiche;95,5;80,0\n2;Imprese;100;—\n"
                + "3;Webinar;1,5;2\n")).isEqualTo(';');
    }

    private RawTable read(String name, String text, Charset charset, boolean bom) throws Exception {
        Path file = dir.resolve(name);
        byte[] body = text.getBytes(charset);
        byte[] bytes = body;
        if (bom) {
            bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
        }
        Files.write(file, bytes);
        return SourceReaders.read(file, ReaderOptions.DETECT).tables().get(0);
    }
}
