package pira.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import pira.tools.Needs;
import pira.tools.Tool;

/**
 * The workspace writes the Giunta document: a plan and the Relazione of the same chamber and year give
 * reports/relazione-YEAR.docx, once for each pair of versions, with the office's settings (pira.yaml).
 */
class GiuntaDocumentsTest extends WorkspaceHarness {

    private static final String PLAN = "milano-pira-2019-2021.pdf";
    private static final String RESULTS = "milano-relazione-2019.pdf";

    @Test
    void aPlanAndItsRelazioneGiveTheDocumentOnceWithAnAuditLine() throws IOException {
        Files.writeString(root.resolve(WorkspaceSettings.FILE), "pdf: no\n");
        drop(PLAN, PLAN);
        drop(RESULTS, RESULTS);
        PassResult first = pass();
        assertThat(first.imported()).containsExactly(PLAN, RESULTS);
        assertThat(first.documents()).containsExactly("relazione-2019.docx");
        assertThat(first.problems()).isEmpty();
        AuditEvent event = audit().get(audit().size() - 1);
        assertThat(event.outcome()).isEqualTo("documento");
        assertThat(event.report()).isEqualTo("reports/relazione-2019.docx");
        assertThat(event.sources()).containsExactly("model/" + PLAN + ".plan.json", "model/" + RESULTS + ".plan.json");
        assertThat(event.key()).endsWith(":2019");
        // the results are in the tables: 1.2.1's value from the Relazione beside the plan's target
        List<String> row = row(ws.reports().resolve("relazione-2019.docx"), "1.2.1");
        assertThat(String.join(" | ", row)).contains("5.866");

        PassResult second = pass();
        assertThat(second.documents()).isEmpty();
        assertThat(names(ws.reports())).filteredOn(n -> n.startsWith("relazione-")).containsExactly("relazione-2019.docx");
    }

    @Test
    void aNewVersionOfTheRelazioneGivesANewDocumentBesideTheOld() throws IOException {
        Files.writeString(root.resolve(WorkspaceSettings.FILE), "pdf: no\n");
        drop(PLAN, PLAN);
        drop(RESULTS, RESULTS);
        pass();
        byte[] old = Files.readAllBytes(ws.reports().resolve("relazione-2019.docx"));
        Path again = drop(RESULTS, "relazione-2019-rettificata.pdf");
        Files.write(again, "\n% rettifica\n".getBytes(StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.APPEND);
        PassResult pass = pass();
        assertThat(pass.documents()).containsExactly("relazione-2019 (2).docx");
        assertThat(Files.readAllBytes(ws.reports().resolve("relazione-2019.docx"))).isEqualTo(old);
        assertThat(audit().get(audit().size() - 1).sources()).containsExactly("model/" + PLAN + ".plan.json",
                "model/relazione-2019-rettificata.pdf.plan.json");
    }

    @Test
    void theSettingsGiveTheCoverNameAndTheOutcomeBands() throws IOException {
        Files.writeString(root.resolve(WorkspaceSettings.FILE), """
                ente: Camera di commercio di Milano Monza Brianza Lodi - Ufficio di prova
                soglie_esito:
                  raggiunto: 95
                  parzialmente_raggiunto: 60
                pdf: no
                """);
        drop(PLAN, PLAN);
        drop(RESULTS, RESULTS);
        assertThat(pass().documents()).containsExactly("relazione-2019.docx");
        String text = text(ws.reports().resolve("relazione-2019.docx"));
        assertThat(text).contains("Camera di commercio di Milano Monza Brianza Lodi - Ufficio di prova",
                "Esito, secondo le soglie (pira.yaml): raggiunto da 95%, parzialmente raggiunto da 60%");
        // by default the plan's target, and the Relazione-only indicators count in nothing
        assertThat(row(ws.reports().resolve("relazione-2019.docx"), "2.2.1").get(4)).isEqualTo("0,0 %");
        assertThat(text).contains("Sono riportati per informazione e non contano nel raggiungimento di alcun obiettivo.");
    }

    /** Issue 24: the chamber's choices about what the scores rest on, in pira.yaml. */
    @Test
    void theSettingsChooseTheTargetTheUnplannedAndTheDeclared() throws IOException {
        Files.writeString(root.resolve(WorkspaceSettings.FILE), """
                target: relazione
                conta_non_previsti: si
                conta_dichiarati: no
                pdf: no
                """);
        assertThat(WorkspaceSettings.load(root).choices()).isEqualTo(new pira.achievement.Choices(true, true, false));
        drop(PLAN, PLAN);
        drop(RESULTS, RESULTS);
        assertThat(pass().documents()).containsExactly("relazione-2019.docx");
        Path docx = ws.reports().resolve("relazione-2019.docx");
        assertThat(row(docx, "2.2.1").get(4)).isEqualTo("100,0 %");
        assertThat(row(docx, "1.1.2").get(4)).startsWith("non valutabile");
        assertThat(text(docx)).contains("Come ha scelto la Camera, contano nel raggiungimento dell'obiettivo che il"
                + " loro codice indica");
    }

    @Test
    void withWrongSettingsNoDocumentIsWrittenUntilTheyAreRight() throws IOException {
        Files.writeString(root.resolve(WorkspaceSettings.FILE), "pdf: no\nsoglie_esito:\n  raggiunto: 60\n"
                + "  parzialmente_raggiunto: 95\n");
        drop(PLAN, PLAN);
        drop(RESULTS, RESULTS);
        PassResult wrong = pass();
        assertThat(wrong.imported()).hasSize(2);
        assertThat(wrong.documents()).isEmpty();
        assertThat(wrong.problems()).containsExactly(
                "pira.yaml, riga 2, chiave 'soglie_esito': la soglia 'parzialmente_raggiunto' (95) non può superare"
                        + " 'raggiunto' (60; uguale a 'raggiunto', nessuna fascia di parzialmente raggiunto).",
                "il documento per la Giunta (relazione-2019) non è scritto finché pira.yaml non è corretto.");
        Files.writeString(root.resolve(WorkspaceSettings.FILE), "pdf: no\n");
        assertThat(pass().documents()).containsExactly("relazione-2019.docx");
    }

    @Test
    void aRelazioneWithoutItsPlanOrAPlanAloneWritesNothing() throws IOException {
        Files.writeString(root.resolve(WorkspaceSettings.FILE), "pdf: no\n");
        drop(RESULTS, RESULTS);
        drop("sondrio-piano-2022-2024.xlsx", "sondrio.xlsx");
        PassResult pass = pass();
        assertThat(pass.imported()).hasSize(2);
        assertThat(pass.documents()).isEmpty();
        assertThat(names(ws.reports())).noneMatch(n -> n.startsWith("relazione-"));
    }

    @Test
    @Needs(Tool.LIBREOFFICE)
    void withLibreOfficeThePdfIsWrittenBesideTheDocument() throws IOException {
        drop(PLAN, PLAN);
        drop(RESULTS, RESULTS);
        assertThat(pass().documents()).containsExactly("relazione-2019.docx e relazione-2019.pdf");
        assertThat(new String(Files.readAllBytes(ws.reports().resolve("relazione-2019.pdf")), 0, 5,
                StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    /**
     * A chamber's documents over two years: each Relazione is joined with the plan in force that year, and the 2020
     * document resolves 1.4.4's "+10%" with the 2019 value of last year's Relazione in the same workspace.
     */
    @Test
    void twoYearsOfDocumentsGiveEachYearsDocumentWithRelativeTargetsResolved() throws IOException {
        Files.writeString(root.resolve(WorkspaceSettings.FILE), "pdf: no\n");
        drop(PLAN, PLAN);
        drop(RESULTS, RESULTS);
        drop("milano-pira-2020-2022.pdf", "milano-pira-2020-2022.pdf");
        drop("milano-relazione-2020.pdf", "milano-relazione-2020.pdf");
        PassResult pass = pass();
        assertThat(pass.imported()).hasSize(4);
        assertThat(pass.documents()).containsExactly("relazione-2019.docx", "relazione-2020.docx");
        List<AuditEvent> documents = audit().stream().filter(e -> "documento".equals(e.outcome())).toList();
        assertThat(documents.get(1).sources()).containsExactly("model/milano-pira-2020-2022.pdf.plan.json",
                "model/milano-relazione-2020.pdf.plan.json");
        List<String> row = row(ws.reports().resolve("relazione-2020.docx"), "1.4.4");
        assertThat(String.join(" | ", row)).contains("+10%", "≥ 3.689", "valore 2019: 3.353");
        // issue 24: what the 2020-2022 plan withdrew (1.1.5) or does not measure in 2020 (1.3.1, 2.2.1: targets for
        // 2019 only) is in no table of 2020, and one sentence names them
        for (String code : List.of("1.1.5", "1.3.1", "2.2.1")) {
            assertThat(codesInTables(ws.reports().resolve("relazione-2020.docx"))).doesNotContain(code);
        }
        assertThat(text(ws.reports().resolve("relazione-2020.docx"))).contains("Non sono nelle tabelle del 2020, e non"
                + " contano in alcun raggiungimento, gli indicatori 1.3.1, 1.4.2, 2.2.1, 4.1.2, 4.3.1, 5.1.2, 6.2.1, che"
                + " il piano non misura nel 2020 (nessun target né valore per l'anno); l'indicatore 1.1.5, eliminato"
                + " dalla revisione del piano.");
        // the 2019 document is on the 2019-2021 plan: 1.1.5 of the plan is in its tables, the Relazione's is apart
        assertThat(codesInTables(ws.reports().resolve("relazione-2019.docx"))).containsOnlyOnce("1.1.5");
    }

    /** The codes of the rows of the year's indicator tables (those with the "Responsabile" column). */
    private static List<String> codesInTables(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getTables().stream().filter(t -> t.getRow(0).getTableCells().get(t.getRow(0).getTableCells()
                            .size() - 1).getText().equals("Responsabile")).flatMap(t -> t.getRows().stream().skip(1))
                    .map(r -> r.getCell(0).getText().strip()).toList();
        }
    }

    /** A rolling revision replaces the plan before it for its years; another chamber's Relazione is not joined. */
    @Test
    void theRelazioneIsJoinedWithThePlanInForceThatYear() throws IOException {
        List<AuditEvent> events = List.of(
                model("pira-2019.json", "a", "Camera di commercio di Milano", "pira", 2019, 2020, 2021),
                model("pira-2020.json", "b", "Camera di commercio di Milano", "pira", 2020, 2021, 2022),
                model("pira-2019-bis.json", "c", "Camera di commercio di Milano", "pira", 2019, 2020, 2021),
                model("relazione-2020.json", "d", "CAMERA DI COMMERCIO DI MILANO", "relazione", 2020),
                model("relazione-sondrio.json", "e", "Camera di commercio di Sondrio", "relazione", 2020));
        List<String> problems = new java.util.ArrayList<>();
        List<GiuntaDocuments.Due> due = new GiuntaDocuments().due(ws, events, problems);
        assertThat(due).hasSize(1);
        assertThat(due.get(0).plan().path()).isEqualTo("model/pira-2020.json");
        assertThat(due.get(0).results().path()).isEqualTo("model/relazione-2020.json");
        assertThat(due.get(0).key()).isEqualTo("b+d:2020");
        assertThat(problems).isEmpty();
    }

    private AuditEvent model(String name, String sha, String ente, String kind, Integer... years) throws IOException {
        pira.model.Plan plan = new pira.model.Plan(pira.model.Plan.SCHEMA_VERSION, ente, kind, List.of(years),
                List.of(), List.of(), List.of(), List.of(), List.of());
        try (java.io.OutputStream out = Files.newOutputStream(ws.model().resolve(name))) {
            pira.model.PlanJson.write(plan, out);
        }
        return new AuditEvent(name, "2026-11-30T10:00:00Z", name, sha, null, "importato", null, "model/" + name, null,
                null, null, null, null);
    }

    private static List<String> row(Path docx, String code) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFTable t : doc.getTables()) {
                List<XWPFTableCell> header = t.getRow(0).getTableCells();
                if (!header.get(header.size() - 1).getText().equals("Responsabile")) {
                    continue; // not a table of the year's indicators
                }
                for (XWPFTableRow r : t.getRows()) {
                    if (!r.getTableCells().isEmpty() && r.getCell(0).getText().strip().equals(code)) {
                        return r.getTableCells().stream().map(c -> c.getText().strip()).toList();
                    }
                }
            }
        }
        throw new AssertionError("nessuna riga " + code + " in " + docx);
    }

    private static String text(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             org.apache.poi.xwpf.extractor.XWPFWordExtractor x = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }
}
