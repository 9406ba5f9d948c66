package pira.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import pira.model.Plan;
import pira.pipeline.AtomicFiles;
import pira.pipeline.Importer;
import pira.pipeline.PlanJoiner;
import pira.report.DocxReport;
import pira.report.ReportOptions;
import pira.validation.Finding;
import pira.validation.ValidationContext;
import pira.validation.rules.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pira report --plan P [--results R...] --year Y --out F.docx [--template T.dotx] [--ente] [--delibera]}. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Scrive il DOCX per la Giunta: copertina, sommario, sintesi degli obiettivi strategici, tabelle di"
                + " rendicontazione dell'anno con il raggiungimento calcolato, metodo, rilievi e file di origine.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--plan", required = true, paramLabel = "FILE|PIANO.json", description = "Il piano (o il suo modello JSON).")
    Path plan;

    @Option(names = "--results", paramLabel = "FILE|PIANO.json", description = "I risultati (Relazione), anche più file.")
    List<Path> results;

    @Option(names = "--storia", paramLabel = "FILE|PIANO.json", description = "Documenti di altri anni dello stesso"
            + " ente (la relazione dell'anno prima, un piano precedente), anche più file, letti con la mappatura adatta a"
            + " ciascuno: danno solo i valori degli altri"
            + " anni a cui un target relativo si riferisce (\"+10%%\", \"x ≤ x-1\").")
    List<Path> history;

    @Option(names = "--year", required = true, paramLabel = "ANNO", description = "L'anno rendicontato.")
    int year;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "F.docx", description = "Il documento da scrivere.")
    Path out;

    @Option(names = "--template", paramLabel = "T.dotx", description = "Il modello della Camera (stili in docs/modello.md).")
    Path template;

    @Option(names = "--ente", paramLabel = "NOME", description = "Il nome dell'ente sulla copertina.")
    String ente;

    @Option(names = "--delibera", paramLabel = "\"n. 15 del 26/11/2020\"", description = "La delibera a cui è allegato.")
    String delibera;

    @Option(names = "--allegato", paramLabel = "N", description = "Il numero dell'allegato alla delibera.")
    String allegato;

    @Option(names = "--oiv", paramLabel = "TESTO", description = "La riga della validazione dell'OIV sulla copertina"
            + " (\"Validata dall'OIV il 30/06/2020\").")
    String oiv;

    @Option(names = "--data", paramLabel = "GG/MM/AAAA", description = "La data sulla copertina (senza, nessuna data).")
    String data;

    @Option(names = "--appendici", description = "Aggiunge le appendici: i rilievi della validazione (errori e avvisi,"
            + " per causa) e i file di origine.")
    boolean appendici;

    @Option(names = "--regole-esito", paramLabel = "SOGLIE.yaml", description = "Le soglie di esito del sistema di"
            + " misurazione della Camera: righe \"raggiunto: 95\" e \"parzialmente_raggiunto: 60\" (senza: raggiunto"
            + " al 100%%, parzialmente sopra lo 0%%).")
    Path bandsFile;

    @Option(names = "--pdf", description = "Scrive anche il PDF (accanto al DOCX, stesso nome) con LibreOffice, con i"
            + " numeri di pagina nel sommario (anche nel DOCX).")
    boolean pdf;

    @Option(names = "--target-relazione", description = "Dove la relazione scrive un target diverso da quello del"
            + " piano, calcola il raggiungimento con il target della relazione (senza: con quello del piano, adottato"
            + " dalla Giunta). Il documento mostra sempre entrambi.")
    boolean reportedTargets;

    @Option(names = "--conta-non-previsti", description = "Conta nel raggiungimento dell'obiettivo indicato dal"
            + " codice gli indicatori che la relazione rendiconta e il piano non ha (senza: sono riportati a parte e"
            + " non contano).")
    boolean countUnplanned;

    @Option(names = "--senza-dichiarati", description = "Dove il valore non si può giudicare, non conta l'esito o la"
            + " percentuale che il documento dichiara (senza: conta, indicato come dichiarato).")
    boolean noDeclared;

    @Option(names = "--no-cap", description = "Non limita il raggiungimento al 100%%.")
    boolean noCap;

    @Option(names = "--periodo", paramLabel = "ultimo|migliore|PERIODO", description = "Dove un indicatore ha i valori"
            + " o l'avanzamento per periodo (trimestri, semestri) e non quello dell'anno, il periodo su cui poggia il"
            + " raggiungimento: ultimo (predefinito: l'ultimo rilevato), migliore, oppure il nome di un periodo (per"
            + " esempio 2).")
    String periodo;

    @Mixin
    MappingOptions mappingOptions;

    @Override
    public Integer call() throws Exception {
        if (Files.isDirectory(out)) {
            throw new UsageError("--out indica la cartella " + out + ": indicare il file da scrivere, per esempio "
                    + out.resolve("relazione-" + year + ".docx") + ".");
        }
        List<Path> inputs = Outputs.of(plan, results, history, template, bandsFile, mappingOptions.mapping,
                mappingOptions.resultsMapping);
        Outputs.notOverInputs(out, "--out", inputs);
        if (pdf) {
            Outputs.notOverInputs(pdfOut(), "il PDF", inputs);
        }
        Outputs.template(template);
        LocalDate date = date();
        pira.achievement.OutcomeBands bands = bands();
        pira.achievement.PeriodRule periods = periodRule();
        Importer importer = mappingOptions.importer();
        Plan model = load(plan, importer);
        if (model == null) {
            return ExitCodes.INPUT_FAILED;
        }
        // the plan and its results as read, which the history of --storia joins with the other years' documents
        List<Plan> read = new java.util.ArrayList<>(List.of(model));
        if (!model.years().isEmpty() && !model.years().contains(year)) {
            throw new UsageError("l'anno " + year + " non è tra gli anni del piano " + model.years() + ": il documento"
                    + " rendiconterebbe un anno di cui il piano non ha i target. Indicare con --year uno di quegli anni.");
        }
        for (Path r : results == null ? List.<Path>of() : results) {
            Plan res = load(r, new Importer(mappingOptions.candidates(), mappingOptions.resultsForced(),
                    mappingOptions.ocr));
            if (res == null) {
                return ExitCodes.INPUT_FAILED;
            }
            // a Relazione of another chamber or year would give a document that looks right and is not
            if (model.ente() != null && res.ente() != null && !fold(model.ente()).equals(fold(res.ente()))) {
                throw new UsageError("i risultati " + r.getFileName() + " sono di \"" + res.ente() + "\" e il piano di"
                        + " \"" + model.ente() + "\": indicare la relazione dello stesso ente.");
            }
            if (!res.years().isEmpty() && !res.years().contains(year)) {
                throw new UsageError("i risultati " + r.getFileName() + " riguardano gli anni " + res.years()
                        + ", non il " + year + ": indicare la relazione dell'anno rendicontato.");
            }
            read.add(res);
            model = PlanJoiner.join(model, res);
        }
        pira.achievement.ReferenceValues references = references(model, read);
        if (references == null) {
            return ExitCodes.INPUT_FAILED;
        }
        List<Finding> findings = new Validator(ValidationContext.defaults()).validate(model);
        String kind = "relazione".equals(model.documentKind()) || results != null ? "Relazione sulla performance"
                : "monitoraggio".equals(model.documentKind()) ? "Monitoraggio della performance"
                : "Piano della performance";
        ReportOptions options = new ReportOptions(year, ente, ReportOptions.title(kind, year),
                delibera, date, template, !noCap, allegato, oiv, appendici, bands,
                new pira.achievement.Choices(reportedTargets, countUnplanned, !noDeclared), periods);
        DocxReport report = new DocxReport(model, findings, options, references);
        try {
            if (!write(report)) {
                return ExitCodes.INPUT_FAILED;
            }
        } catch (pira.report.NotATemplateException e) {
            throw new UsageError(e.getMessage());
        }
        spec.commandLine().getOut().println("Documento scritto in " + out + (appendici ? " ("
                + report.findingsInAppendix() + " rilievi in appendice: errori e avvisi sul contenuto del piano)."
                : "."));
        long ocr = findings.stream().filter(f -> f.rule().equals("VALORE-OCR")).count();
        if (ocr > 0) {
            spec.commandLine().getOut().println("Attenzione: " + (ocr == 1 ? "un indicatore ha valori letti" : ocr
                    + " indicatori hanno valori letti") + " con il riconoscimento del testo (OCR), segnati con * nel"
                    + " documento: da verificare sull'originale prima di presentarlo.");
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /**
     * The values of other years from the documents of --storia, of the same chamber, read with the mapping that fits
     * each, in the history they make with the plan and its results as read ({@code read}): an indicator of the report
     * is found there as the history joins it. Null where a document cannot be read (said).
     */
    private pira.achievement.ReferenceValues references(Plan model, List<Plan> read) {
        if (history == null || history.isEmpty()) {
            return pira.achievement.ReferenceValues.NONE;
        }
        Importer importer = new Importer(mappingOptions.candidates(), null, mappingOptions.ocr);
        List<Plan> documents = new java.util.ArrayList<>(read);
        for (Path h : history) {
            Plan doc = load(h, importer);
            if (doc == null) {
                return null;
            }
            if (model.ente() != null && doc.ente() != null && !fold(model.ente()).equals(fold(doc.ente()))) {
                throw new UsageError("il documento " + h.getFileName() + " di --storia è di \"" + doc.ente() + "\" e il"
                        + " piano di \"" + model.ente() + "\": indicare documenti dello stesso ente.");
            }
            documents.add(doc);
        }
        return pira.history.HistoryReferences.of(pira.history.HistoryBuilder.of(documents), model.ente());
    }

    /** The PDF written with --pdf: beside the DOCX, with its name. */
    private Path pdfOut() {
        return out.resolveSibling(out.getFileName().toString().replaceFirst("(?i)\\.docx$", "") + ".pdf");
    }

    /** Writes the document, and with --pdf its PDF beside it; false where the PDF could not be made (said). */
    private boolean write(DocxReport report) throws java.io.IOException {
        if (pdf) {
            Path pdfOut = pdfOut();
            pira.report.PdfExport.Documents documents;
            try {
                documents = pira.report.PdfExport.render(report);
            } catch (pira.report.NotATemplateException e) {
                throw e;
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println("ERRORE " + e.getMessage() + ".");
                return false;
            }
            AtomicFiles.write(out, stream -> stream.write(documents.docx()));
            AtomicFiles.write(pdfOut, stream -> stream.write(documents.pdf()));
            spec.commandLine().getOut().println("PDF scritto in " + pdfOut + " (sommario con i numeri di pagina).");
        } else {
            AtomicFiles.write(out, stream -> {
                try (OutputStream o = new BufferedOutputStream(stream)) {
                    report.write(o);
                }
            });
        }
        return true;
    }

    /** The rule of --periodo, the last period where the option is absent. */
    private pira.achievement.PeriodRule periodRule() {
        if (periodo == null) {
            return pira.achievement.PeriodRule.LAST;
        }
        try {
            return pira.achievement.PeriodRule.parse(periodo);
        } catch (IllegalArgumentException e) {
            throw new UsageError("--periodo: " + e.getMessage() + ".");
        }
    }

    private pira.achievement.OutcomeBands bands() throws java.io.IOException {
        if (bandsFile == null) {
            return pira.achievement.OutcomeBands.DEFAULT;
        }
        if (!Files.isRegularFile(bandsFile)) {
            throw new UsageError("il file delle soglie di esito " + bandsFile + " non esiste.");
        }
        try {
            return pira.pipeline.OutcomeSettings.load(bandsFile);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage() + ".");
        }
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ITALIAN).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The cover's date as the user writes it, or none. */
    private LocalDate date() {
        if (data == null) {
            return null;
        }
        try {
            return LocalDate.parse(data.strip(), java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu"));
        } catch (java.time.format.DateTimeParseException e) {
            throw new UsageError("la data \"" + data + "\" non è nella forma GG/MM/AAAA (per esempio 26/11/2020).");
        }
    }

    private Plan load(Path file, Importer importer) {
        return PlanLoad.of(file, importer, spec.commandLine().getErr());
    }
}
