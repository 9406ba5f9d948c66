package pira.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 25: LibreOffice's PDF made the same at every run (its dates and /ID), and the working folders of runs killed
 * outside a workspace swept at the next start.
 */
class PdfExportStableTest {

    @TempDir
    Path tmp;

    private static byte[] pdf(Calendar made) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.getDocumentInformation().setCreationDate(made);
            doc.getDocumentInformation().setModificationDate(made);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out); // PDFBox writes an /ID of its own from the time
            return out.toByteArray();
        }
    }

    @Test
    void twoConversionsAtDifferentTimesGiveTheSameBytes() throws Exception {
        byte[] docx = "il documento".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] a = pdf(new GregorianCalendar(2026, Calendar.MARCH, 1, 10, 0, 0));
        Thread.sleep(20);
        byte[] b = pdf(new GregorianCalendar(2026, Calendar.MARCH, 2, 11, 30, 5));
        assertThat(a).isNotEqualTo(b);
        assertThat(PdfExport.stable(a, docx, null)).isEqualTo(PdfExport.stable(b, docx, null));
        String text = new String(PdfExport.stable(a, docx, java.time.LocalDate.of(2024, 6, 30)),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).contains("/CreationDate (D:20240630000000");
        // another document, another identifier
        assertThat(PdfExport.stable(a, "altro".getBytes(java.nio.charset.StandardCharsets.UTF_8), null))
                .isNotEqualTo(PdfExport.stable(a, docx, null));
    }

    @Test
    void foldersOfRunsNoLongerRunningAreSwept() throws Exception {
        long dead = ProcessHandle.current().pid() + 4_000_000; // beyond any pid the system gives
        Path left = Files.createDirectories(tmp.resolve(PdfExport.PREFIX + dead + "-123/prima"));
        Files.writeString(left.resolve("rapporto.docx"), "copia del documento");
        Path running = Files.createDirectories(tmp.resolve(PdfExport.PREFIX + ProcessHandle.current().pid() + "-456"));
        Path other = Files.createDirectories(tmp.resolve("altro"));
        PdfExport.sweepTemporary(tmp);
        assertThat(tmp.resolve(PdfExport.PREFIX + dead + "-123")).doesNotExist();
        assertThat(running).exists();
        assertThat(other).exists();
    }
}
