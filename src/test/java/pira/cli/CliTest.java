package pira.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pira.model.Plan;
import pira.model.PlanJson;
import pira.tools.Needs;
import pira.tools.Tool;

/** The command line: help, import with automatic mapping, failures that do not stop the run, exit codes. */
class CliTest extends CommandLineHarness {

    @TempDir
    Path dir;

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("import", "demo");
    }

    @Test
    void everyCommandsHelpFormatsWithoutPicocliWarnings() {
        // a bare "%" in a description makes picocli print a warning on System.err each time the help is shown
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true));
        try {
            for (String command : new String[] {"import", "validate", "demo", "init", "process", "watch", "mappings", "report"}) {
                assertThat(run(command, "--help")).isEqualTo(ExitCodes.OK);
            }
        } finally {
            System.setErr(saved);
        }
        assertThat(captured.toString()).doesNotContain("picocli WARN");
        assertThat(out.toString()).contains("Non limita il raggiungimento al 100%.");
    }

    @Test
    void wrongUsageHasItsOwnExitCode() {
        assertThat(run("import")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("ERRORE manca il parametro FILE|CARTELLA.").contains("Uso: pira import");
    }

    /** picocli's English (Usage, Missing required parameter, Show this help message) reaches no user. */
    @Test
    void mistakesAndHelpAreInItalian() {
        assertThat(run("import", "--foo", "x.csv")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("ERRORE opzione sconosciuta: --foo.");
        assertThat(run("--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Uso: pira", "Comandi:", "-h, --help      Mostra questo aiuto ed esce.")
                .doesNotContain("Usage", "Show this help", "Commands:");
        assertThat(run("mappings", "check", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).doesNotContain("Usage", "Show this help");
        assertThat(run("help", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Mostra l'aiuto di un comando").doesNotContain("Display", "When no");
    }

    @Test
    void importChoosesTheMappingAndWritesJson() throws Exception {
        int code = run("import", "samples/sondrio-piano-2022-2024.xlsx", "--out", dir.toString());
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString())
                .contains("(mappatura sondrio-piano, scelta in base all'intestazione)")
                .contains("4 aree strategiche, 9 obiettivi strategici, 17 obiettivi operativi, 48 azioni,"
                        + " 57 indicatori, anni [2022, 2023, 2024], 0 avvisi di importazione")
                .contains("1 file importato, 0 non importati.");
        Plan plan = PlanJson.read(dir.resolve("sondrio-piano-2022-2024.xlsx.plan.json"));
        assertThat(plan.allIndicators()).hasSize(57);
        assertThat(plan.sources().get(0).mapping()).isEqualTo("sondrio-piano");
    }

    @Test
    void aBadFileIsReportedAndTheOthersAreStillImported() throws Exception {
        Path bad = Files.writeString(dir.resolve("rotto.xlsx"), "non un foglio di calcolo");
        int code = run("import", bad.toString(), "samples/alessandria-kpi-2020.csv", "--out", dir.toString());
        assertThat(code).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(err.toString()).contains("ERRORE rotto.xlsx: ha estensione .xlsx ma non è un file Excel");
        assertThat(out.toString()).contains("1 file importato, 1 non importato.");
        assertThat(dir.resolve("alessandria-kpi-2020.csv.plan.json")).exists();
        assertThat(dir.resolve("rotto.xlsx.plan.json")).doesNotExist();
    }

    @Test
    void noFittingMappingListsTheClosestAndWhy() throws Exception {
        Path csv = Files.writeString(dir.resolve("altro.csv"), "Obiettivo strategico;Indicatori testo;Valore\nA;B;1\n");
        assertThat(run("import", csv.toString(), "--out", dir.toString())).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(err.toString())
                .contains("ERRORE altro.csv: nessuna mappatura adatta a questo file. Le più vicine:")
                .contains("alessandria-kpi-csv: 29% delle parole chiave, mancano \"Area strategica\", \"Algoritmo\","
                        + " \"Peso\", \"Stato\", \"Target\"")
                .contains("asti-schede-docx: è per file [docx]")
                .contains("Indicare la mappatura con --mapping");
    }

    /** Tables that are pictures: the cause and the option that reads them; with the option, the file is read. */
    @Test
    @Needs(Tool.TESSERACT)
    void aPdfOfPicturesNamesTheCauseAndOcrReadsIt() throws Exception {
        Path pdf = pira.source.PicturePdf.of(Path.of("samples/alessandria-kpi-operativi-2020.pdf"),
                dir.resolve("immagini.pdf"), 150, null);
        assertThat(run("import", pdf.toString(), "--out", dir.toString())).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(err.toString()).contains("ERRORE immagini.pdf: pagina 1: le tabelle sono immagini (nessun testo da"
                + " leggere).\n  Cosa fare: Chiedere all'ufficio il file originale (il foglio di calcolo o il documento"
                + " Word), oppure ripetere con --ocr per riconoscere il testo delle immagini");
        assertThat(run("import", pdf.toString(), "--ocr", "--out", dir.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("immagini.pdf -> ", "27 indicatori", "avviso: immagini.pdf: pagina 1: testo"
                + " riconosciuto con l'OCR");
    }

    /** A workbook with none of the words of a performance document is not "a layout to map". */
    @Test
    void aFileThatIsNotAPlanIsSaidSo() throws Exception {
        Path csv = Files.writeString(dir.resolve("presenze.csv"), "Mese;Giorni lavorati;Assenze\nGennaio;21;3\n");
        assertThat(run("import", csv.toString(), "--out", dir.toString())).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(err.toString()).contains("ERRORE presenze.csv: non sembra un documento di performance: non parla di"
                + " obiettivi, indicatori, target o pesi.\n  Cosa fare: Nulla da fare se il file non è un Piano, un PIRA"
                + " o una Relazione; se lo è, indicare la mappatura con --mapping.");
    }

    @Test
    void aFileThatDoesNotFitTheGivenMappingSaysWhereAndWhat() {
        int code = run("import", "samples/milano-pira-2019-2021.xlsx", "--mapping", "mappings/sondrio-piano.yaml",
                "--out", dir.toString());
        assertThat(code).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(err.toString()).contains("ERRORE milano-pira-2019-2021.xlsx: intestazione non trovata in nessun"
                + " foglio [PIRA 2019-2021]: nessuna riga contiene tutte le parole [Prospettiva, Obiettivi strategici,"
                + " Azioni] (mappatura sondrio-piano)");
    }

    @Test
    void anInvalidMappingIsAUsageError() throws Exception {
        Path m = Files.writeString(dir.resolve("m.yaml"), "id: x\n");
        assertThat(run("import", "samples/alessandria-kpi-2020.csv", "--mapping", m.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("m.yaml: la mappatura non è valida").contains("manca la chiave obbligatoria");
    }

    @Test
    void reportCommandWritesTheDocxOfPlanAndResults() throws Exception {
        Path docx = dir.resolve("giunta.docx");
        assertThat(run("report", "--plan", "samples/milano-pira-2019-2021.pdf", "--results",
                "samples/milano-relazione-2019.pdf", "--year", "2019", "--out", docx.toString(), "--delibera",
                "n. 15 del 26/11/2020", "--allegato", "2", "--oiv", "Validata dall'OIV il 30/06/2020", "--data",
                "26/11/2020", "--ente", "CCIAA di prova")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Documento scritto in " + docx + ".");
        try (var in = Files.newInputStream(docx); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertThat(doc.getParagraphs().stream().limit(5).map(p -> p.getText()).toList()).containsExactly(
                    "CCIAA di prova", "Relazione sulla performance 2019 - Tabelle di rendicontazione",
                    "Allegato n. 2 alla deliberazione della Giunta n. 15 del 26/11/2020",
                    "Validata dall'OIV il 30/06/2020", "Data: 26/11/2020");
            // the appendices only when asked for (--appendici)
            assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().startsWith("Appendice"));
        }
    }

    /**
     * Issue 24: the plan's target is the adopted one and the score uses it; the Relazione's stands beside it, and with
     * --target-relazione the score uses that one; either way the body lists the change with both outcomes.
     */
    @Test
    void thePlansTargetByDefaultTheReportedOneOnRequest() throws Exception {
        Path byPlan = dir.resolve("piano.docx");
        Path byReport = dir.resolve("relazione.docx");
        for (Path docx : List.of(byPlan, byReport)) {
            List<String> args = new java.util.ArrayList<>(List.of("report", "--plan", "samples/milano-pira-2019-2021.pdf",
                    "--results", "samples/milano-relazione-2019.pdf", "--year", "2019", "--out", docx.toString()));
            if (docx == byReport) {
                args.add("--target-relazione");
            }
            assertThat(run(args.toArray(String[]::new))).isEqualTo(ExitCodes.OK);
        }
        try (var in = Files.newInputStream(byPlan); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            var row = indicatorRow(doc, "2.2.1");
            assertThat(row.getCell(2).getText()).isEqualTo("Target del piano (usato):\n30/09/2019\nTarget"
                    + " rendicontato:\nEntro 31.12");
            // adopted on 2.12.2019: late against the plan's 30/09, whatever the Relazione declares
            assertThat(row.getCell(4).getText()).isEqualTo("0,0 %");
            assertThat(row.getCell(5).getText()).startsWith("non raggiunto (1)");
            var changes = doc.getTables().stream().filter(t -> t.getRow(0).getCell(2).getText()
                    .equals("Target del piano")).findFirst().orElseThrow();
            assertThat(changes.getRows().stream().map(r -> r.getCell(0).getText()).toList()).containsExactly("Codice",
                    "1.1.3", "1.3.1", "1.4.1", "1.4.2", "2.2.1");
            assertThat(changes.getRow(5).getCell(4).getText()).isEqualTo("0,0 %\nnon raggiunto");
            assertThat(changes.getRow(5).getCell(5).getText()).isEqualTo("100,0 %\nraggiunto");
        }
        try (var in = Files.newInputStream(byReport); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            var row = indicatorRow(doc, "2.2.1");
            assertThat(row.getCell(2).getText()).isEqualTo("Target rendicontato (usato):\nEntro 31.12\nTarget del"
                    + " piano:\n30/09/2019");
            assertThat(row.getCell(4).getText()).isEqualTo("100,0 %");
            assertThat(doc.getParagraphs().stream().map(p -> p.getText())).anyMatch(t -> t.contains("il"
                    + " raggiungimento usa quello rendicontato, come ha scelto la Camera"));
        }
    }

    /** The row of an indicator in the year's tables (not in the list of changed targets). */
    private static org.apache.poi.xwpf.usermodel.XWPFTableRow indicatorRow(
            org.apache.poi.xwpf.usermodel.XWPFDocument doc, String code) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getCell(6) != null
                        && t.getRow(0).getCell(6).getText().equals("Responsabile"))
                .flatMap(t -> t.getRows().stream()).filter(r -> r.getCell(0).getText().equals(code)).findFirst()
                .orElseThrow();
    }

    /** Issue 14: the outcome bands of the chamber's measurement system change the outcomes and are printed. */
    @Test
    void theOutcomeBandsComeFromASettingsFile() throws Exception {
        Path bands = Files.writeString(dir.resolve("smvp.yaml"), "raggiunto: 95\nparzialmente_raggiunto: 60\n");
        Path docx = dir.resolve("esiti.docx");
        assertThat(run("report", "--plan", "samples/milano-pira-2019-2021.pdf", "--results",
                "samples/milano-relazione-2019.pdf", "--year", "2019", "--out", docx.toString(), "--regole-esito",
                bands.toString(), "--target-relazione")).isEqualTo(ExitCodes.OK);
        try (var in = Files.newInputStream(docx); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertThat(doc.getParagraphs().stream().map(p -> p.getText())).contains("Esito, secondo le soglie"
                    + " (smvp.yaml): raggiunto da 95%, parzialmente raggiunto da 60%, non raggiunto sotto.");
            // 1.1.3: the Relazione declares 96% (against its own target, the one used here), "raggiunto" from 95 (the
            // default bands say "parzialmente"), and says "Obiettivo non raggiunto": the contradiction is a mark and a
            // note, not chosen; the same for 1.4.2
            var row = indicatorRow(doc, "1.1.3");
            assertThat(row.getCell(4).getText()).isEqualTo("96,0 % (dichiarato) (2)");
            assertThat(row.getCell(5).getText()).isEqualTo("raggiunto (3)\n(dichiarato: Obiettivo non raggiunto)");
            assertThat(doc.getParagraphs().stream().map(p -> p.getText())).contains("(3) 1.1.3: il documento dichiara"
                    + " «Obiettivo non raggiunto»; il raggiungimento di 96,0 % dichiarato dà «raggiunto» con le soglie di"
                    + " esito usate (raggiunto da 95%, parzialmente raggiunto da 60%, non raggiunto sotto).");
            var contrary = indicatorRow(doc, "1.4.2");
            assertThat(contrary.getCell(5).getText()).isEqualTo("raggiunto (2)\n(dichiarato: Obiettivo non raggiunto)");
        }
        Files.writeString(bands, "raggiunto: molto\n");
        assertThat(run("report", "--plan", "samples/milano-pira-2019-2021.xlsx", "--year", "2019", "--out",
                dir.resolve("x.docx").toString(), "--regole-esito", bands.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("la soglia 'raggiunto' deve essere una percentuale");
    }

    /** Issue 24: --periodo chooses the period a score rests on; a blank one is a usage error said in Italian. */
    @Test
    void thePeriodOptionChoosesThePeriod() throws Exception {
        Path docx = dir.resolve("periodo.docx");
        assertThat(run("report", "--plan", "samples/casi/export-risultati.csv", "--mapping",
                "samples/casi/export-risultati.yaml", "--year", "2020", "--out", docx.toString(), "--periodo",
                "migliore")).isEqualTo(ExitCodes.OK);
        try (var in = Files.newInputStream(docx); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            var row = doc.getTables().stream().flatMap(t -> t.getRows().stream())
                    .filter(r -> r.getCell(1).getText().equals("Pratiche SUAP gestite on line")).findFirst()
                    .orElseThrow();
            assertThat(row.getCell(4).getText()).startsWith("100,0 %").contains("il periodo con il raggiungimento"
                    + " migliore");
        }
        assertThat(run("report", "--plan", "samples/casi/export-risultati.csv", "--mapping",
                "samples/casi/export-risultati.yaml", "--year", "2020", "--out", docx.toString(), "--periodo", " "))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--periodo: la regola del periodo è vuota");
    }

    /** Issue 14: a year the plan has no targets for is an error, not a document of "non valutabile". */
    @Test
    void aYearOutsideThePlanIsAnError() {
        assertThat(run("report", "--plan", "samples/milano-pira-2019-2021.xlsx", "--year", "2025", "--out",
                dir.resolve("x.docx").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("ERRORE l'anno 2025 non è tra gli anni del piano [2019, 2020, 2021]");
        assertThat(run("report", "--plan", "samples/milano-pira-2019-2021.xlsx", "--year", "2019", "--out",
                dir.resolve("x.docx").toString(), "--data", "31-12-2019")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("la data \"31-12-2019\" non è nella forma GG/MM/AAAA");
        assertThat(dir.resolve("x.docx")).doesNotExist();
        // a Relazione of another year is an error, not a document
        assertThat(run("report", "--plan", "samples/milano-pira-2019-2021.pdf", "--results",
                "samples/milano-relazione-2019.pdf", "--year", "2020", "--out", dir.resolve("x.docx").toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("i risultati milano-relazione-2019.pdf riguardano gli anni [2019], non il"
                + " 2020");
        assertThat(dir.resolve("x.docx")).doesNotExist();
    }

    @Test
    void wrongOptionValuesAreUsageErrors() {
        assertThat(run("report", "--plan", "samples/milano-pira-2019-2021.pdf", "--year", "2019", "--out",
                dir.resolve("x.docx").toString(), "--template", "manca.dotx")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("ERRORE il modello manca.dotx non esiste.");
        assertThat(run("import", "samples/milano-pira-2019-2021.pdf", "samples/milano-pira-2019-2021.xlsx",
                "--results", "samples/milano-relazione-2019.pdf")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("ERRORE con --results si importa un solo file, il piano.");
        assertThat(dir.resolve("x.docx")).doesNotExist();
    }

    /** A command named first builds only its own model (start-up); anything else gets the whole tree. */
    @Test
    void theCommandTreeHoldsOnlyTheCommandNamed() {
        assertThat(Main.commandLine(new String[] {"validate", "x.csv"}).getSubcommands().keySet())
                .containsExactly("validate", "help");
        assertThat(Main.commandLine(new String[] {"validat"}).getSubcommands()).hasSize(13);
        assertThat(Main.commandLine(new String[] {"--help"}).getSubcommands()).containsKeys("import", "storia",
                "confronta", "report", "status");
    }

    @Test
    void demoImportsEverySample() throws Exception {
        assertThat(run("demo", "--out", dir.toString())).isEqualTo(ExitCodes.OK);
        // thirteen files would show a progress line on a terminal; a test, like a pipe or cron, is not one
        assertThat(err.toString()).doesNotContain("Importazione", "%");
        assertThat(out.toString()).contains("13 file importati, 0 non importati.")
                .contains("3. Piano e risultati insieme").contains("(mappatura milano-pira + milano-relazione")
                .contains("  milano-pira-2019-2021.pdf: 128 righe: 38 indicatori, 34 livelli, 29 descrizioni,"
                        + " 20 intestazioni, 7 ignorate (ignore_rows)\n")
                .contains("  milano-relazione-2019.pdf: 45 righe: 19 indicatori,")
                .contains("  PIRA 2019-2021: ");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "alessandria-albero-performance-2020.docx.plan.json",
                    "alessandria-albero-performance-2020.pdf.plan.json", "alessandria-kpi-2020.csv.plan.json",
                    "alessandria-kpi-operativi-2020.pdf.plan.json", "asti-albero-performance-2020.docx.plan.json",
                    "asti-albero-performance-2020.pdf.plan.json",
                    "asti-schede-obiettivi-2020.docx.plan.json",
                    "milano-pira-2019-2021.pdf.plan.json",
                    "milano-pira-2019-2021.xlsx.plan.json", "milano-pira-2020-2022.pdf.plan.json",
                    "milano-relazione-2019.pdf.plan.json", "milano-relazione-2020.pdf.plan.json", "piano-e-risultati",
                    "relazione-2019.docx", "relazione-2020.docx", "rilievi.html", "rilievi.json", "rilievi.txt",
                    "sondrio-piano-2022-2024.xlsx.plan.json", "storia.html", "storia.json", "storia.xlsx",
                    "variazioni-pira-2020-2022.docx", "variazioni-pira-2020-2022.json");
        }
        // the years of Milano: the revision's changes, the history, the relative target resolved in the 2020 document
        assertThat(out.toString()).contains("  1 variazione degli elementi del piano, 9 variazioni degli indicatori, 4"
                + " rilievi sulle note di revisione: ",
                "  48 indicatori, 6 anni dichiarati in modo diverso: ",
                "  1.4.4 \"+10%\" -> ≥ 3.689 (valore 2019: 3.353 + 10%)\n");
        assertThat(out.toString()).contains("sondrio-piano-2022-2024.xlsx: 3 errori, 1 avviso, 2 informazioni");
    }

    /** Mistakes a person makes every day: each an Italian message and its documented exit code, never a trace. */
    @Test
    void everydayMistakesGetAnItalianMessageAndTheirExitCode() throws Exception {
        String csv = "samples/alessandria-kpi-2020.csv";
        assertThat(run("import", csv, "--mapping", dir.resolve("nessuna.yaml").toString(), "--out", dir.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("ERRORE la mappatura " + dir.resolve("nessuna.yaml") + " non esiste"
                + " (--mapping).");
        assertThat(run("validate", dir.resolve("manca.plan.json").toString())).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(out.toString()).contains("manca.plan.json: il file non esiste.");
        Path findings = Files.writeString(dir.resolve("rilievi.json"), "{\"schemaVersion\":\"1.0\",\"files\":[]}");
        assertThat(run("validate", findings.toString())).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(out.toString()).contains("rilievi.json: è un rapporto dei rilievi di pira, non un modello di piano");
        Path folder = Files.createDirectories(dir.resolve("cartella"));
        assertThat(run("report", "--plan", "samples/milano-pira-2019-2021.xlsx", "--year", "2019", "--out",
                folder.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("ERRORE --out indica la cartella " + folder);
        assertThat(run("report", "--plan", "samples/milano-pira-2019-2021.xlsx", "--year", "2019", "--out",
                dir.resolve("r.docx").toString(), "--template", "README.md")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("ERRORE README.md: non è un modello di Word (.dotx o .docx)");
        Path aFile = Files.writeString(dir.resolve("un-file"), "x");
        assertThat(run("init", aFile.resolve("lavoro").toString())).isEqualTo(ExitCodes.INPUT_FAILED);
        assertThat(err.toString()).contains("ERRORE la cartella di lavoro " + aFile.resolve("lavoro")
                + " non si può creare");
        assertThat(run("validate", csv, "--tolerance", "-1")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("ERRORE --tolerance: -1 è negativa");
        assertThat(run("validate", Files.createDirectories(dir.resolve("vuota")).toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("ERRORE la cartella " + dir.resolve("vuota") + " non contiene file che"
                + " pira legge");
        assertThat(err.toString()).doesNotContain("Exception", "\tat ", "java.");
    }

    /** A folder is its files, every format pira reads; what it does not read is named; a model is not re-imported. */
    @Test
    void importAndValidateReadAFoldersFilesAndNameTheOthers() throws Exception {
        Path in = Files.createDirectories(dir.resolve("documenti"));
        Files.copy(Path.of("samples/alessandria-kpi-2020.csv"), in.resolve("kpi.csv"));
        Files.copy(Path.of("samples/alessandria-kpi-operativi-2020.pdf"), in.resolve("kpi.pdf"));
        Files.copy(Path.of("samples/asti-schede-obiettivi-2020.docx"), in.resolve("schede.docx"));
        Files.writeString(in.resolve("note.md"), "appunti");
        Files.writeString(in.resolve("vecchio.plan.json"), "{}");
        Path models = dir.resolve("modelli");
        assertThat(run("import", in.toString(), "--out", models.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("3 file importati, 0 non importati.");
        assertThat(err.toString()).contains("NOTA non letto: " + in.resolve("note.md") + ": non è un formato che pira"
                + " legge (.md)", "NOTA non letto: " + in.resolve("vecchio.plan.json") + ": è un modello scritto da pira");
        assertThat(run("import", in.resolve("kpi.csv").toString(), "--out", models.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("sostituisce il modello scritto prima con lo stesso nome");
        out.getBuffer().setLength(0);
        assertThat(run("validate", models.toString())).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
        assertThat(out.toString()).contains("kpi.csv.plan.json", "kpi.pdf.plan.json", "schede.docx.plan.json");
    }

    /** A mistyped command or option gets the near ones, in Italian; -V answers on every command. */
    @Test
    void typosGetSuggestionsAndEveryCommandHasItsVersion() {
        assertThat(run("importt", "x.csv")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).startsWith("ERRORE comando sconosciuto: importt (forse: import");
        assertThat(run("import", "--mappping", "m.yaml", "x.csv")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("ERRORE opzione sconosciuta: --mappping (forse: --mapping?).");
        assertThat(err.toString()).doesNotContain("Did you mean", "Unknown option", "Usage:");
        for (String[] command : java.util.List.of(new String[] {"import", "-V"}, new String[] {"mappings", "check", "-V"},
                new String[] {"report", "--version"})) {
            out.getBuffer().setLength(0);
            assertThat(run(command)).isEqualTo(ExitCodes.OK);
            assertThat(out.toString().strip()).isEqualTo(pira.model.Version.NAME);
        }
    }
}
