package pira.source;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be read get an Italian message that names the file and says what to do. */
class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void emptyFile() throws Exception {
        Path f = Files.createFile(dir.resolve("vuoto.xlsx"));
        assertFails(f, "vuoto.xlsx: il file è vuoto (0 byte)");
    }

    @Test
    void csvRenamedXlsx() throws Exception {
        Path f = Files.writeString(dir.resolve("piano.xlsx"), "Indicatore;Target\nA;1\n");
        assertFails(f, "piano.xlsx: ha estensione .xlsx ma non è un file Excel (sembra un file di testo o CSV:"
                + " rinominarlo .csv).");
    }

    @Test
    void zipThatIsNotAWorkbook() throws Exception {
        Path f = dir.resolve("rotto.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("non sono un foglio".getBytes(StandardCharsets.UTF_8));
        }
        assertFails(f, "rotto.xlsx: il file non è un foglio di calcolo XLSX valido");
    }

    @Test
    void truncatedWorkbook() throws Exception {
        Path good = dir.resolve("buono.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(good)) {
            wb.createSheet("A").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
        }
        byte[] bytes = Files.readAllBytes(good);
        Path f = Files.write(dir.resolve("troncato.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        // the library's own warnings ("Error in zip file ... falling back to stream processing") stay off the console
        java.io.PrintStream console = System.err;
        java.io.ByteArrayOutputStream seen = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(seen, true, StandardCharsets.UTF_8));
        try {
            assertFails(f, "troncato.xlsx: il file");
        } finally {
            System.setErr(console);
        }
        org.assertj.core.api.Assertions.assertThat(seen.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void passwordProtectedXlsx() throws Exception {
        Path f = dir.resolve("protetto.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("A");
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("segreta");
            try (OutputStream os = enc.getDataStream(fs)) {
                wb.write(os);
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                fs.writeFilesystem(out);
            }
        }
        assertFails(f, "protetto.xlsx: il file XLSX è protetto da password (cifrato)");
    }

    @Test
    void pdfThatIsNotAPdf() throws Exception {
        Path f = Files.writeString(dir.resolve("relazione.pdf"), "Indicatore;Target\n");
        assertFails(f, "relazione.pdf: ha estensione .pdf ma non è un PDF.");
    }

    @Test
    void unknownExtension() throws Exception {
        Path f = Files.writeString(dir.resolve("note.odt"), "x");
        assertFails(f, "note.odt: formato non riconosciuto (.odt). pira legge file .xlsx, .xls, .csv, .pdf e .docx.");
    }

    @Test
    void missingFile() {
        assertFails(dir.resolve("manca.csv"), "manca.csv: il file non esiste");
    }

    private static void assertFails(Path file, String message) {
        assertThatThrownBy(() -> SourceReaders.read(file, ReaderOptions.DETECT))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining(message);
    }
}
