package pira.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** DOCX: paragraphs and table rows in document order, horizontal and vertical merges reported as ranges. */
class DocxReaderTest {

    @TempDir
    Path dir;

    @Test
    void paragraphsAndTableRowsComeInDocumentOrderWithMerges() throws Exception {
        Path file = dir.resolve("scheda.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("Schede di dettaglio");
            XWPFTable t = doc.createTable(3, 3);
            // row 1: one cell spanning the three columns
            XWPFTableCell title = t.getRow(0).getCell(0);
            title.setText("AMBITO STRATEGICO 1");
            title.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(3));
            t.getRow(0).removeCell(2);
            t.getRow(0).removeCell(1);
            // rows 2-3: first column merged vertically
            XWPFTableCell first = t.getRow(1).getCell(0);
            first.setText("Indicatore A");
            first.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            t.getRow(1).getCell(1).setText("≥ 2");
            t.getRow(1).getCell(2).setText("4");
            t.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
            t.getRow(2).getCell(1).setText("100%");
            doc.createParagraph().createRun().setText("Fine");
            doc.write(out);
        }

        RawTable table = SourceReaders.read(file, ReaderOptions.DETECT).tables().get(0);

        assertThat(table.rows()).hasSize(5);
        assertThat(table.rows().get(0).cell(1)).isEqualTo("Schede di dettaglio");
        assertThat(table.rows().get(1).cell(1)).isEqualTo("AMBITO STRATEGICO 1");
        assertThat(table.rows().get(1).cell(2)).isEmpty();
        assertThat(table.rows().get(2).cell(1)).isEqualTo("Indicatore A");
        assertThat(table.rows().get(2).cell(2)).isEqualTo("≥ 2");
        assertThat(table.rows().get(3).cell(1)).isEmpty();
        assertThat(table.rows().get(3).cell(2)).isEqualTo("100%");
        assertThat(table.rows().get(4).cell(1)).isEqualTo("Fine");
        assertThat(table.rows().get(4).number()).isEqualTo(5);
        assertThat(table.merged()).containsExactlyInAnyOrder(new CellRange(2, 2, 1, 3), new CellRange(3, 4, 1, 1));
        // what messages show: the paragraph, or the table and the row and column inside it
        assertThat(table.rows().get(0).locate("scheda.docx", table.name(), null).describe())
                .isEqualTo("scheda.docx, paragrafo 1 («Schede di dettaglio»)");
        assertThat(table.rows().get(2).locate("scheda.docx", table.name(), 2).describe())
                .isEqualTo("scheda.docx, tabella 1, riga 2, colonna 2");
        assertThat(table.rows().get(4).locate("scheda.docx", table.name(), null).describe())
                .isEqualTo("scheda.docx, paragrafo 2 («Fine»)");
    }

    @Test
    void paragraphsAndLineBreaksInsideACellStaySeparateLines() throws Exception {
        Path file = dir.resolve("albero.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFTableCell values = doc.createTable(1, 1).getRow(0).getCell(0);
            values.getParagraphs().get(0).createRun().setText("Peso 25 %");
            values.addParagraph().createRun().setText("Stato 2");
            XWPFRun run = values.addParagraph().createRun();
            run.setText("Target 2020 >= 2");
            run.addBreak();
            run.setText("Target 2021 >= 3");
            doc.write(out);
        }

        RawTable table = SourceReaders.read(file, ReaderOptions.DETECT).tables().get(0);

        assertThat(table.rows().get(0).cell(1)).isEqualTo("Peso 25 %\nStato 2\nTarget 2020 >= 2\nTarget 2021 >= 3");
    }

    /** A cell whose gridSpan says two billion columns filled the memory (OutOfMemoryError, issue 12). */
    @Test
    void aHugeGridSpanIsCappedAtWordsLimit() throws Exception {
        Path file = dir.resolve("span.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFTableCell cell = doc.createTable(1, 1).getRow(0).getCell(0);
            cell.getParagraphs().get(0).createRun().setText("Obiettivo");
            cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(java.math.BigInteger.valueOf(2_000_000_000L));
            doc.write(out);
        }

        RawTable table = SourceReaders.read(file, ReaderOptions.DETECT).tables().get(0);

        assertThat(table.rows().get(0).width()).isEqualTo(DocxReader.MAX_COLUMNS);
        assertThat(table.rows().get(0).cell(1)).isEqualTo("Obiettivo");
    }

    @Test
    void textInsideAContentControlIsRead() throws Exception {
        Path file = dir.resolve("modulo.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("Prima");
            // a content control (w:sdt) around two paragraphs, as forms and vendor templates write them
            var content = doc.getDocument().getBody().addNewSdt().addNewSdtContent();
            content.addNewP().addNewR().addNewT().setStringValue("Obiettivo Strategico");
            content.addNewP().addNewR().addNewT().setStringValue("CRESCERE");
            doc.createParagraph().createRun().setText("Dopo");
            doc.write(out);
        }

        RawTable table = SourceReaders.read(file, ReaderOptions.DETECT).tables().get(0);

        assertThat(table.rows()).extracting(r -> r.cell(1))
                .containsExactly("Prima", "Obiettivo Strategico", "CRESCERE", "Dopo");
        assertThat(table.rows().get(2).locate("modulo.docx", table.name(), null).describe())
                .isEqualTo("modulo.docx, paragrafo 3 («CRESCERE»)");
    }

    @Test
    void damagedDocumentIsNamedWithAdvice() throws Exception {
        Path file = dir.resolve("rotto.docx");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3});
        assertThatThrownBy(() -> SourceReaders.read(file, ReaderOptions.DETECT))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("rotto.docx: il documento DOCX è danneggiato")
                .hasMessageContaining("salvarlo di nuovo");
    }

    @Test
    void textFileWithDocxExtensionIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("piano.docx"), "Indicatore;Target\n");
        assertThatThrownBy(() -> SourceReaders.read(file, ReaderOptions.DETECT))
                .isInstanceOf(SourceException.class)
                .hasMessage("piano.docx: ha estensione .docx ma non è un documento Word.");
    }

    @Test
    void encryptedDocumentAsksForTheUnprotectedCopy() throws Exception {
        Path file = dir.resolve("protetto.docx");
        byte[] ole2 = new byte[512];
        ole2[0] = (byte) 0xD0;
        ole2[1] = (byte) 0xCF;
        ole2[2] = 0x11;
        ole2[3] = (byte) 0xE0;
        Files.write(file, ole2);
        assertThatThrownBy(() -> SourceReaders.read(file, ReaderOptions.DETECT))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("protetto da password");
    }
}
