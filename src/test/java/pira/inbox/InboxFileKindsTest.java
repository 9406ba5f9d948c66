package pira.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import pira.source.PicturePdf;
import pira.tools.Needs;
import pira.tools.Tool;

/**
 * What the inbox says of a file by what it is: a tie between the office's mappings, tables that are pictures (and,
 * with "ocr: si", read), a file that is not a plan; and the office's own mapping winning over the built-in one. No
 * explanation names an option of the command line.
 */
class InboxFileKindsTest extends WorkspaceHarness {

    @Test
    void aTieBetweenTheOfficesMappingsNamesBothFilesAndWhatToChange() throws IOException {
        copyMilano("a.yaml", "copia-a");
        copyMilano("b.yaml", "copia-b");
        drop("milano-pira-2019-2021.xlsx", "pira.xlsx");
        assertThat(pass().failed()).containsExactly("pira.xlsx");
        String explanation = Files.readString(ws.failed().resolve("pira.xlsx.errore.txt"));
        assertThat(explanation).contains("più mappature si adattano allo stesso modo",
                "rendere più specifica la firma (signature.words) di una tra copia-a (mappings/a.yaml) e copia-b"
                        + " (mappings/b.yaml), oppure togliere quella che non serve")
                .doesNotContain("--mapping");
        assertThat(names(ws.failed())).doesNotContain("pira.xlsx.bozza-mappatura.yaml");
    }

    @Test
    void theOfficesAdaptedCopyOfABuiltInMappingIsTheOneUsed() throws IOException {
        copyMilano("milano-nostra.yaml", "milano-nostra");
        drop("milano-pira-2019-2021.xlsx", "pira.xlsx");
        assertThat(pass().imported()).containsExactly("pira.xlsx");
        assertThat(audit().get(0).mapping()).isEqualTo("milano-nostra");
    }

    @Test
    void twoOfTheOfficesMappingsWithOneIdTheLaterIsRefused() throws IOException {
        copyMilano("a.yaml", "stessa");
        copyMilano("b.yaml", "stessa");
        PassResult r = pass();
        assertThat(r.problems()).containsExactly("mappings/b.yaml: l'id \"stessa\" è già usato da mappings/a.yaml; la"
                + " mappatura è stata saltata. Dare a una delle due un id diverso (la riga id: all'inizio del file).");
    }

    @Test
    void aWorkbookThatIsNotAPlanIsSaidSoWithNoDraft() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(
                ws.inbox().resolve("valutazioni-personale.xlsx"))) {
            XSSFSheet sheet = wb.createSheet("Valutazioni 2023");
            String[][] rows = {{"Categoria", "Dipendenti", "Valutati", "Punteggio medio"}, {"B", "12", "12", "91,5"},
                {"C", "30", "29", "88,0"}, {"D", "9", "9", "93,2"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        assertThat(pass().failed()).containsExactly("valutazioni-personale.xlsx");
        assertThat(names(ws.failed())).containsExactly("valutazioni-personale.xlsx",
                "valutazioni-personale.xlsx.errore.txt");
        assertThat(Files.readString(ws.failed().resolve("valutazioni-personale.xlsx.errore.txt")))
                .contains("non sembra un documento di performance", "non c'è nulla da fare")
                .doesNotContain("bozza");
    }

    @Test
    void aWordReportWithItsTablesAsPicturesSaysSo() throws IOException {
        Path png = dir("tabella.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(600, 300, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", png.toFile());
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(
                ws.inbox().resolve("relazione.docx"))) {
            doc.createParagraph().createRun().setText("Relazione sulla performance 2023: i risultati degli obiettivi"
                    + " strategici sono nelle tabelle seguenti.");
            for (int k = 0; k < 2; k++) {
                XWPFRun run = doc.createParagraph().createRun();
                try (var in = Files.newInputStream(png)) {
                    run.addPicture(in, Document.PICTURE_TYPE_PNG, "tabella.png", 500_000, 250_000);
                } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                    throw new IOException(e);
                }
            }
            doc.write(out);
        }
        assertThat(pass().failed()).containsExactly("relazione.docx");
        assertThat(Files.readString(ws.failed().resolve("relazione.docx.errore.txt")))
                .contains("relazione.docx: il documento ha 2 immagini e nessuna tabella: le tabelle sono immagini",
                        "Chiedere all'ufficio il file originale", "lasciare in inbox/ il documento salvato come PDF")
                .doesNotContain("--ocr");
    }

    /** With "ocr: si" in the workspace's settings, a PDF whose table is a picture is read, its values to check. */
    @Test
    @Needs(Tool.TESSERACT)
    void withOcrInTheSettingsAPictureTableIsReadAndItsValuesAreToCheck() throws IOException {
        PicturePdf.of(Path.of("samples/alessandria-kpi-operativi-2020.pdf"), ws.inbox().resolve("kpi.pdf"), 150, null);
        Files.writeString(root.resolve("pira.yaml"), "ocr: si\n");
        assertThat(pass().imported()).containsExactly("kpi.pdf");
        assertThat(Files.readString(ws.reports().resolve("kpi.pdf.rilievi.txt"))).contains("Da verificare"
                + " sull'originale", "letto con l'OCR da un'immagine a pagina 1");
    }

    @Test
    void anUnknownSettingIsAProblemOfThePass() throws IOException {
        Files.writeString(root.resolve("pira.yaml"), "ocr: forse\ncolore: blu\n");
        assertThat(pass().problems()).containsExactly(
                "pira.yaml, riga 1, chiave 'ocr': valore \"forse\" non ammesso; valori validi: si, no.",
                "pira.yaml, riga 2, chiave 'colore': chiave sconosciuta 'colore'; chiavi valide qui:"
                        + " [conta_dichiarati, conta_non_previsti, ente, limite_secondi, modello, ocr, pdf, periodo,"
                        + " soglie_esito, target].");
    }

    /** A blank name would blank the cover of the Giunta document instead of leaving the plan's. */
    @Test
    void aBlankChamberNameIsAProblemOfTheSettings() throws IOException {
        Files.writeString(root.resolve("pira.yaml"), "ente: \"  \"\n");
        assertThat(pass().problems()).containsExactly("pira.yaml, riga 1, chiave 'ente': il nome è vuoto.");
    }

    @Test
    void theSettingsFileOfTheFirstReleasesIsToBeRenamed() throws IOException {
        Files.delete(root.resolve("pira.yaml"));
        Files.writeString(root.resolve("impostazioni.yaml"), "ocr: si\n");
        assertThat(pass().problems()).containsExactly("impostazioni.yaml ora si chiama pira.yaml: rinominarlo (le"
                + " impostazioni sono le stesse).");
    }

    private void copyMilano(String file, String id) throws IOException {
        String yaml = Files.readString(Path.of("mappings/milano-pira.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^id: .*$", "id: " + id);
        Files.writeString(ws.mappings().resolve(file), yaml, StandardCharsets.UTF_8);
    }

    private Path dir(String name) throws IOException {
        Path d = Files.createDirectories(root.resolve("lavoro"));
        return d.resolve(name);
    }

    /** Issue 27: the lock files of Office and LibreOffice are not documents: said once, never waiting, never moved. */
    @Test
    void lockFilesAreSaidOnceAndNeverWait() throws IOException {
        Files.writeString(ws.inbox().resolve("~$Piano 2021.xlsx"), "blocco");
        Files.writeString(ws.inbox().resolve(".~lock.Piano 2021.xlsx#"), "blocco");
        PassResult first = pass();
        assertThat(first.waiting()).isEmpty();
        assertThat(first.failed()).isEmpty();
        assertThat(first.problems()).containsExactly(
                ".~lock.Piano 2021.xlsx# in inbox/: " + InboxProcessor.TEMPORARY + ".",
                "~$Piano 2021.xlsx in inbox/: " + InboxProcessor.TEMPORARY + ".");
        PassResult second = pass();
        assertThat(second.problems()).isEmpty();
        assertThat(second.waiting()).isEmpty();
        assertThat(names(ws.inbox())).contains("~$Piano 2021.xlsx", ".~lock.Piano 2021.xlsx#");
        assertThat(WorkspaceStatus.of(ws).waiting()).isEmpty();
    }
}
