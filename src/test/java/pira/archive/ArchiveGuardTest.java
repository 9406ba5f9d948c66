package pira.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 25: one guard for every zipped file pira opens. */
class ArchiveGuardTest {

    @TempDir
    Path dir;

    @Test
    void aTemplateWhoseStylesInflateTo200MbIsRefusedQuickly() throws Exception {
        Path bomb = ZipBombs.template(dir.resolve("bomba.dotx"), 200);
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        long start = System.nanoTime();
        assertThatThrownBy(() -> ArchiveGuard.check(bomb, "bomba.dotx"))
                .isInstanceOf(ArchiveGuard.Refused.class)
                .hasMessageStartingWith("bomba.dotx: il file si espande in modo anomalo")
                .hasMessageContaining("possibile \"zip bomb\"")
                .hasMessageContaining("word/styles.xml")
                .hasMessageContaining("Chiedere a chi l'ha inviato");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(5_000);
    }

    @Test
    void theRealTemplateAndSamplesPass() throws Exception {
        Path template = dir.resolve("modello.dotx");
        try (InputStream in = ZipBombs.class.getResourceAsStream(ZipBombs.TEMPLATE)) {
            Files.copy(in, template);
        }
        assertThatCode(() -> ArchiveGuard.check(template, "modello.dotx")).doesNotThrowAnyException();
        assertThatCode(() -> ArchiveGuard.check(Path.of("samples/milano-pira-2019-2021.xlsx"), "x"))
                .doesNotThrowAnyException();
        assertThatCode(() -> ArchiveGuard.check(Path.of("samples/asti-albero-performance-2020.docx"), "x"))
                .doesNotThrowAnyException();
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        Path many = dir.resolve("molte.docx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(many))) {
            for (int i = 0; i <= ArchiveGuard.MAX_ENTRIES; i++) {
                out.putNextEntry(new ZipEntry("p" + i + ".xml"));
                out.closeEntry();
            }
        }
        assertThatThrownBy(() -> ArchiveGuard.check(many, "molte.docx")).isInstanceOf(ArchiveGuard.Refused.class)
                .hasMessageContaining("possibile \"zip bomb\": contiene 1001 parti");
    }

    @Test
    void aFileThatIsNotAZipIsLeftToItsReader() throws Exception {
        Path text = Files.writeString(dir.resolve("finto.docx"), "non sono un documento");
        assertThatCode(() -> ArchiveGuard.check(text, "finto.docx")).doesNotThrowAnyException();
    }
}
