package pira.source;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pira.archive.ZipBombs;

/**
 * Issue 25: a zip bomb among the inputs is said as one, in the same words for a Word document as for a workbook (a DOCX
 * bomb used to be called "danneggiato").
 */
class ZipBombInputTest {

    @TempDir
    Path dir;

    @Test
    void aDocxBombIsAPossibleZipBomb() throws Exception {
        Path bomb = ZipBombs.of(Path.of("samples/asti-albero-performance-2020.docx"), dir.resolve("albero.docx"),
                "word/styles.xml", 200);
        assertThatThrownBy(() -> SourceReaders.read(bomb, ReaderOptions.DETECT)).isInstanceOf(SourceException.class)
                .hasMessageStartingWith("albero.docx: il file si espande in modo anomalo una volta decompresso"
                        + " (possibile \"zip bomb\"")
                .hasMessageNotContaining("danneggiato");
    }

    @Test
    void anXlsxBombIsAPossibleZipBombInTheSameWords() throws Exception {
        Path bomb = ZipBombs.of(Path.of("samples/milano-pira-2019-2021.xlsx"), dir.resolve("pira.xlsx"),
                "xl/styles.xml", 200);
        assertThatThrownBy(() -> SourceReaders.read(bomb, ReaderOptions.DETECT)).isInstanceOf(SourceException.class)
                .hasMessageStartingWith("pira.xlsx: il file si espande in modo anomalo una volta decompresso"
                        + " (possibile \"zip bomb\": la parte xl/styles.xml")
                .hasMessageContaining("Chiedere a chi l'ha inviato");
    }
}
