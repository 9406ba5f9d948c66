package pira.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pira validate}: formats, output file, tolerance, model JSON and folder inputs, exit codes. */
class ValidateCommandTest extends CommandLineHarness {

    @TempDir
    Path dir;

    @Test
    void noErrorsExitsZeroWithWarnings() {
        assertThat(run("validate", "samples/milano-pira-2019-2021.xlsx")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("milano-pira-2019-2021.xlsx (mappatura milano-pira): 0 errori, 3 avvisi,"
                + " 2 informazioni").contains("Totale: 0 errori, 3 avvisi, 2 informazioni in 1 file.");
    }

    @Test
    void errorsExitOne() {
        assertThat(run("validate", "samples/sondrio-piano-2022-2024.xlsx")).isEqualTo(ExitCodes.FINDINGS);
        assertThat(out.toString()).contains("  ERRORI\n    [CODICE-GERARCHIA]");
    }

    @Test
    void unreadableInputExitsTwoAndTheOthersAreStillValidated() throws Exception {
        Path bad = Files.writeString(dir.resolve("rotto.csv.xlsx"), "x");
        assertThat(run("validate", bad.toString(), "samples/milano-pira-2019-2021.xlsx"))
                .isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(out.toString()).contains("rotto.csv.xlsx: NON LETTO").contains("milano-pira-2019-2021.xlsx (mappatura")
                .contains("1 file non letto");
    }

    @Test
    void toleranceOptionChangesTheWeightCheck() {
        run("validate", "samples/sondrio-piano-2022-2024.xlsx", "--tolerance", "20");
        assertThat(out.toString()).doesNotContain("sommano a 80 invece di 100").contains("sommano a 140");
        assertThat(run("validate", "samples/sondrio-piano-2022-2024.xlsx", "--tolerance", "molta"))
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void jsonReportHasCountsAndLocatedFindings() throws Exception {
        Path report = dir.resolve("rilievi.json");
        assertThat(run("validate", "samples/sondrio-piano-2022-2024.xlsx", "--format", "json", "--out",
                report.toString())).isEqualTo(ExitCodes.FINDINGS);
        assertThat(out.toString()).contains("Rapporto scritto in " + report + ": 3 errori, 1 avviso.");
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("schemaVersion").asText()).isEqualTo("1.0");
        assertThat(json.at("/counts/errore").asInt()).isEqualTo(3);
        JsonNode file = json.at("/files/0");
        assertThat(file.get("file").asText()).isEqualTo("sondrio-piano-2022-2024.xlsx");
        assertThat(file.get("sha256").asText()).hasSize(64);
        JsonNode orphan = null;
        for (JsonNode f : file.get("findings")) {
            if (f.get("rule").asText().equals("ORFANO")) {
                orphan = f;
            }
        }
        assertThat(orphan).isNotNull();
        assertThat(orphan.get("severity").asText()).isEqualTo("errore");
        assertThat(orphan.at("/location/cell").asText()).isEqualTo("L25");
        assertThat(orphan.get("code").asText()).isEqualTo("3.2.1");
        assertThat(orphan.get("place").asText()).isEqualTo("sondrio-piano-2022-2024.xlsx, foglio Piano 2022-2024,"
                + " cella L25");
        assertThat(json.get("generator").asText()).isEqualTo(pira.model.Version.NAME);
        // which mapping, exactly, read the file: the SHA-256 of its text
        assertThat(file.get("mappingSha256").asText()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(
                        Path.of("mappings/sondrio-piano.yaml")))));
        // a finding about one value carries the value as the document writes it
        JsonNode unit = null;
        for (JsonNode f : file.get("findings")) {
            if (f.get("rule").asText().equals("TARGET-UNITA")) {
                unit = f;
            }
        }
        assertThat(unit.get("text").asText()).isEqualTo("65%");
    }

    @Test
    void htmlReportIsSelfContainedWithASortableRowPerFinding() throws Exception {
        Path report = dir.resolve("rilievi.html");
        run("validate", "samples/sondrio-piano-2022-2024.xlsx", "samples/milano-pira-2019-2021.xlsx", "--format",
                "html", "--out", report.toString());
        String html = Files.readString(report);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"it\">")
                .contains("Totale: 3 errori, 4 avvisi, 4 informazioni in 2 file")
                .contains("<table class=\"sortable\" id=\"rilievi\">")
                .doesNotContain("http://", "https://", "<link", "src=\"");
        Matcher rows = Pattern.compile("<tr class=\"(errore|avviso|informazione)\" data-gravita=").matcher(html);
        int count = 0;
        while (rows.find()) {
            count++;
        }
        assertThat(count).isEqualTo(11);
        assertThat(html).contains("<td>ORFANO</td>").contains("cella L25");
    }

    @Test
    void sameInputSameOutput() {
        run("validate", "samples/sondrio-piano-2022-2024.xlsx", "--format", "json");
        String first = out.toString();
        out.getBuffer().setLength(0);
        run("validate", "samples/sondrio-piano-2022-2024.xlsx", "--format", "json");
        assertThat(out.toString()).isEqualTo(first);
    }

    @Test
    void acceptsModelJsonAndFolders() throws Exception {
        run("import", "samples/sondrio-piano-2022-2024.xlsx", "--out", dir.toString());
        out.getBuffer().setLength(0);
        assertThat(run("validate", dir.toString())).isEqualTo(ExitCodes.FINDINGS);
        assertThat(out.toString()).contains("sondrio-piano-2022-2024.xlsx.plan.json (mappatura sondrio-piano): 3 errori,"
                + " 1 avviso, 2 informazioni");
    }

    /** The run's date only where asked: without it, two runs give the same bytes. */
    @Test
    void theDateOfTheRunOnlyWhenAsked() throws Exception {
        Path first = dir.resolve("a.json");
        Path second = dir.resolve("b.json");
        run("validate", "samples/milano-pira-2019-2021.xlsx", "--format", "json", "--out", first.toString());
        run("validate", "samples/milano-pira-2019-2021.xlsx", "--format", "json", "--out", second.toString());
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        assertThat(Files.readString(first)).doesNotContain("generated");
        Path dated = dir.resolve("c.json");
        run("validate", "samples/milano-pira-2019-2021.xlsx", "--format", "json", "--out", dated.toString(),
                "--con-data");
        assertThat(new ObjectMapper().readTree(dated.toFile()).get("generated").asText())
                .matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2} [+-]\\d{2}:\\d{2}");
    }

    /** A model already imported is validated with the results given beside it (they were ignored silently). */
    @Test
    void aPlanModelIsValidatedWithItsResults() throws Exception {
        assertThat(run("import", "samples/milano-pira-2019-2021.pdf", "--out", dir.toString())).isEqualTo(ExitCodes.OK);
        Path model = dir.resolve("milano-pira-2019-2021.pdf.plan.json");
        out.getBuffer().setLength(0);
        run("validate", model.toString());
        assertThat(out.toString()).doesNotContain("milano-relazione-2019.pdf");
        out.getBuffer().setLength(0);
        run("validate", model.toString(), "--results", "samples/milano-relazione-2019.pdf");
        String joined = out.toString();
        assertThat(joined).contains("milano-relazione-2019.pdf, pagina 4, tabella 1, riga 3: l'indicatore 2.2.3 è nella"
                + " relazione e non nel piano");
        // the results as a model too, and read with a mapping of their own: the same findings
        assertThat(run("import", "samples/milano-relazione-2019.pdf", "--out", dir.toString())).isEqualTo(ExitCodes.OK);
        out.getBuffer().setLength(0);
        run("validate", model.toString(), "--results", dir.resolve("milano-relazione-2019.pdf.plan.json").toString());
        assertThat(out.toString()).isEqualTo(joined);
        out.getBuffer().setLength(0);
        run("validate", model.toString(), "--results", "samples/milano-relazione-2019.pdf", "--results-mapping",
                "mappings/milano-relazione.yaml");
        assertThat(out.toString()).isEqualTo(joined);
        out.getBuffer().setLength(0);
        assertThat(run("validate", model.toString(), "--results", "samples/milano-relazione-2019.pdf",
                "--results-mapping", "mappings/sondrio-piano.yaml")).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(out.toString()).contains("milano-relazione-2019.pdf: NON LETTO", "(mappatura sondrio-piano)");
    }

    /**
     * Issue 24: the targets the Relazione changed are findings of their own rule, each with the plan's and the
     * Relazione's text, and the file's verdict says so; never among the import's notes.
     */
    @Test
    void theTargetsTheRelazioneChangedAreTheirOwnRule() throws Exception {
        Path json = dir.resolve("rilievi.json");
        run("validate", "samples/milano-pira-2019-2021.pdf", "--results", "samples/milano-relazione-2019.pdf",
                "--format", "json", "--out", json.toString());
        var findings = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).get("files").get(0)
                .get("findings");
        List<String> changed = new java.util.ArrayList<>();
        for (var f : findings) {
            if (f.get("rule").asText().equals("TARGET-MODIFICATO")) {
                assertThat(f.get("severity").asText()).isEqualTo("avviso");
                changed.add(f.get("code").asText() + ": " + f.get("expected").asText() + " -> "
                        + f.get("observed").asText());
            }
            assertThat(f.get("rule").asText().equals("IMPORTAZIONE") && f.get("message").asText().contains("target"))
                    .as("a changed target among the import's notes").isFalse();
        }
        assertThat(changed).containsExactly("1.1.3: -8% -> -5%",
                "1.3.1: 30/09/2019 -> Sì - Progettazione e individuazione strumento informatico", "1.4.1: 15% -> 22%",
                "1.4.2: 31/10/2019 -> Realizzazione attività propedeutiche entro il 30.12",
                "2.2.1: 30/09/2019 -> Entro 31.12");
        out.getBuffer().setLength(0);
        run("validate", "samples/milano-pira-2019-2021.pdf", "--results", "samples/milano-relazione-2019.pdf");
        assertThat(out.toString()).startsWith("milano-pira-2019-2021.pdf (mappatura milano-pira + milano-relazione): 0"
                + " errori, 48 avvisi, 2 informazioni, con 5 target modificati rispetto al piano\n");
        Path html = dir.resolve("rilievi.html");
        run("validate", "samples/milano-pira-2019-2021.pdf", "--results", "samples/milano-relazione-2019.pdf",
                "--format", "html", "--out", html.toString());
        String page = Files.readString(html);
        assertThat(page).contains(">valido, con 5 target modificati rispetto al piano<");
        assertThat(page.split("data-regola=\"TARGET-MODIFICATO\">", -1).length - 1).isEqualTo(5);
    }
}
