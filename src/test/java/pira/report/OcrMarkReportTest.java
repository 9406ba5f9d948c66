package pira.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import pira.mapping.BuiltinMappings;
import pira.model.Plan;
import pira.model.PlanJson;
import pira.pipeline.Importer;

/** A value read by OCR is marked in the Giunta's tables, and the note under the table says what the mark means. */
class OcrMarkReportTest {

    @Test
    void valuesReadByOcrAreMarkedAndExplained() throws Exception {
        Plan text = new Importer(BuiltinMappings.load(), null)
                .importFile(Path.of("samples/alessandria-kpi-operativi-2020.pdf")).plan();
        // the same plan as if page 1 had been a picture read by OCR: every place on it marked
        String marked = PlanJson.toJson(text).replace("\"page\" : 1,", "\"page\" : 1, \"ocr\" : true,");
        assertThat(marked).contains("\"ocr\" : true");
        Plan ocr = PlanJson.fromJson(marked);
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        new DocxReport(ocr, List.of(), new ReportOptions(2020, "Camera di prova", "Relazione 2020", null,
                LocalDate.of(2021, 6, 30), null, true)).write(docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
            XWPFTable first = doc.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText().equals("Indicatore"))
                    .findFirst().orElseThrow();
            assertThat(first.getRow(1).getCell(2).getText()).isEqualTo("14,29 *");
            assertThat(first.getRow(1).getCell(3).getText()).isEqualTo(">= 1 *");
            assertThat(first.getRow(1).getCell(4).getText()).isEqualTo("1 *");
            assertThat(first.getRow(1).getCell(5).getText()).isEqualTo("100,0 % *");
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText)).contains("* Valore letto con il"
                    + " riconoscimento del testo (OCR) da un'immagine del documento d'origine: da verificare"
                    + " sull'originale.");
        }
    }
}
