package pira.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The draft the inbox leaves beside a file of an unknown layout: only one that loads, never an invalid one. */
class InboxDraftTest extends WorkspaceHarness {

    @Test
    void aWordReportWithoutTablesFailsWithoutADraft() throws Exception {
        try (XWPFDocument doc = new XWPFDocument();
             OutputStream out = Files.newOutputStream(ws.inbox().resolve("relazione.docx"))) {
            doc.createParagraph().createRun().setText("Relazione sulla performance 2023");
            doc.createParagraph().createRun().setText("La Camera ha consolidato i servizi digitali alle imprese.");
            doc.write(out);
        }

        PassResult r = pass();

        assertThat(r.failed()).containsExactly("relazione.docx");
        assertThat(names(ws.failed())).containsExactly("relazione.docx", "relazione.docx.errore.txt");
        assertThat(Files.readString(ws.failed().resolve("relazione.docx.errore.txt")))
                .doesNotContain("bozza-mappatura");
    }
}
