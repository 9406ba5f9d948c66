package pira.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Level;
import pira.model.Location;
import pira.model.Plan;
import pira.model.PlanJson;
import pira.model.SourceFile;
import pira.model.Value;
import pira.value.ValueParser;

/** {@code pira storia} and {@code pira report --storia}. */
class HistoryCommandTest extends CommandLineHarness {

    @TempDir
    Path dir;

    @Test
    void storiaPrintsTheSummaryAndWritesTheFormatItsExtensionSays() throws Exception {
        Path html = dir.resolve("storia.html");
        int code = run("storia", "samples/milano-pira-2019-2021.pdf", "samples/milano-relazione-2019.pdf", "--out",
                html.toString());
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Camera di commercio di Milano Monza Brianza Lodi: 2 documenti",
                "DISCORDANZA 1.1.3, target 2019: \"-8%\"", "INCERTO stesso codice, nomi diversi", "Storia scritta in");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg ");
        assertThat(run("storia", "samples/milano-relazione-2019.pdf", "--out", dir.resolve("s.txt").toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--out", ".json, .html o .xlsx");
    }

    /** Issue 25: the same file given twice (another name, same SHA-256) is one document, not two that agree. */
    @Test
    void theSameFileTwiceIsOneDocument() throws Exception {
        Path copy = Files.copy(Path.of("samples/milano-relazione-2019.pdf"), dir.resolve("copia.pdf"));
        int code = run("storia", "samples/milano-pira-2019-2021.pdf", "samples/milano-relazione-2019.pdf",
                copy.toString());
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("copia.pdf: stesso contenuto di samples/milano-relazione-2019.pdf",
                "contato una volta sola", "Camera di commercio di Milano Monza Brianza Lodi: 2 documenti");
    }

    @Test
    void storiaReadsWhatItCanAndSaysWhatItCannot() throws Exception {
        Path broken = dir.resolve("rotto.xlsx");
        Files.writeString(broken, "non sono un foglio");
        int code = run("storia", "samples/milano-relazione-2019.pdf", broken.toString(), "--out",
                dir.resolve("s.json").toString());
        assertThat(code).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(err.toString()).contains("ERRORE", "rotto.xlsx").doesNotContain("Exception");
        assertThat(Files.readString(dir.resolve("s.json"))).contains("\"schemaVersion\" : \"1.0\"");
    }

    /** The 2020 report of a plan whose 1.4.4 asks "+10%" on 2019: 2019's value is in the Relazione 2019. */
    @Test
    void reportResolvesARelativeTargetWithTheValueOfTheRelazioneGivenAsHistory() throws Exception {
        Path plan = dir.resolve("pira-2020.plan.json");
        Files.writeString(plan, PlanJson.toJson(plan2020()));
        Path with = dir.resolve("con-storia.docx");
        assertThat(run("report", "--plan", plan.toString(), "--storia", "samples/milano-relazione-2019.pdf",
                "--year", "2020", "--out", with.toString())).as(err.toString()).isEqualTo(ExitCodes.OK);
        List<String> row = row(with, "1.4.4");
        assertThat(row.get(2)).isEqualTo("+10%\n≥ 3.689 (valore 2019: 3.353 + 10%)");
        assertThat(row.get(4)).isEqualTo("100,0 %");
        assertThat(paragraphs(with)).anyMatch(p -> p.equals("Target relativi a un altro anno, con il valore usato e"
                + " dove è scritto: 1.4.4: valore 2019 3.353 (milano-relazione-2019.pdf, pagina 3, tabella 2, riga 5,"
                + " colonna 5)."));
        Path without = dir.resolve("senza-storia.docx");
        assertThat(run("report", "--plan", plan.toString(), "--year", "2020", "--out", without.toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(row(without, "1.4.4").get(2)).isEqualTo("+10%");
        assertThat(row(without, "1.4.4").get(4)).isEqualTo("non valutabile: serve il valore conseguito nel 2019");
        // another chamber's document is not history
        assertThat(run("report", "--plan", plan.toString(), "--storia", "samples/sondrio-piano-2022-2024.xlsx",
                "--year", "2020", "--out", without.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("di --storia è di \"");
    }

    /** The report of 2020 on Milano's samples: the PIRA 2020-2022, the Relazione 2020, the Relazione 2019 as history. */
    @Test
    void report2020OfTheSamplesResolves144WithTheRelazione2019() throws Exception {
        Path docx = dir.resolve("relazione-2020.docx");
        assertThat(run("report", "--plan", "samples/milano-pira-2020-2022.pdf", "--results",
                "samples/milano-relazione-2020.pdf", "--storia", "samples/milano-relazione-2019.pdf", "--year", "2020",
                "--out", docx.toString())).as(err.toString()).isEqualTo(ExitCodes.OK);
        List<String> row = row(docx, "1.4.4");
        assertThat(row).startsWith("1.4.4", "N. nuovi rilasci SPID", "+10%\n≥ 3.689 (valore 2019: 3.353 + 10%)",
                "N. 3.800 nuovi rilasci", "100,0 %");
        // the Relazione 2019 is history, not a Relazione of the wrong year
        assertThat(err.toString()).doesNotContain("ERRORE");
    }

    private static Plan plan2020() {
        String file = "pira-2020-2022.pdf";
        Value target = new Value("+10%", ValueParser.parse("+10%"), Location.of(file, null, 3, 7, 8));
        Value actual = new Value("3.800", ValueParser.parse("3.800"), Location.of(file, null, 3, 7, 9));
        Indicator spid = new Indicator("1.4.4", "N. nuovi rilasci SPID", null, null, null, null, null, null, false,
                null, null, new TreeMap<>(java.util.Map.of(2020, target)), List.of(),
                new TreeMap<>(java.util.Map.of(2020, actual)), null, null, null, null, Location.of(file, null, 3, 7, 1),
                null, null, null);
        Element objective = new Element(Level.OBIETTIVO_OPERATIVO, "1.4", "SERVIZI ONLINE E SALONE DEL FUTURO", null,
                null, Location.of(file, null, 3, 6, 1), List.of(spid), List.of());
        return new Plan(Plan.SCHEMA_VERSION, "Camera di commercio di Milano Monza Brianza Lodi", "pira",
                List.of(2020, 2021, 2022), List.of(new SourceFile(file, "0".repeat(64), "pdf", "milano-pira")),
                List.of(objective), List.of(), List.of(), List.of());
    }

    private static List<String> row(Path docx, String code) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            for (var t : doc.getTables()) {
                for (XWPFTableRow r : t.getRows()) {
                    if (r.getCell(0).getText().equals(code)) {
                        return r.getTableCells().stream().map(c -> c.getText().replace("\u0001", "")).toList();
                    }
                }
            }
        }
        throw new AssertionError("nessuna riga " + code);
    }

    private static List<String> paragraphs(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().map(p -> p.getText()).toList();
        }
    }
}
