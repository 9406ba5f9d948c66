package pira.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import pira.history.History;
import pira.history.HistoryBuilder;
import pira.history.HistoryJson;
import pira.history.report.HistoryHtml;
import pira.history.report.HistoryText;
import pira.history.report.HistoryXlsx;
import pira.mapping.BuiltinMappings;
import pira.model.Plan;
import pira.pipeline.AtomicFiles;
import pira.pipeline.FailureAdvice;
import pira.pipeline.ImportResult;
import pira.pipeline.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pira storia FILE|CARTELLA|PIANO.json... [--mapping M] [--out F.json|F.html|F.xlsx]}. */
@Command(name = "storia", mixinStandardHelpOptions = true,
        description = "Unisce gli indicatori dei documenti di un ente negli anni (piani, PIRA, relazioni): target e"
                + " valori conseguiti anno per anno con il documento che li dà, e i valori dello stesso anno che due"
                + " documenti danno diversi. Uscita: 0 tutto letto, 2 un file non si può leggere.")
final class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|CARTELLA|PIANO.json",
            description = "Documenti da importare, cartelle (come model/ di una cartella di lavoro), modelli JSON.")
    List<Path> inputs;

    @Option(names = {"-m", "--mapping"}, paramLabel = "M.yaml",
            description = "Mappatura da usare per tutti i file; senza, pira sceglie per ogni file quella predefinita"
                    + " adatta (un piano e una relazione hanno mappature diverse).")
    Path mapping;

    @Option(names = "--ocr", description = "Riconosce il testo delle pagine PDF che sono immagini con Tesseract.")
    boolean ocr;

    @Option(names = {"-o", "--out"}, paramLabel = "F.json|F.html|F.xlsx",
            description = "Scrive la storia in F: JSON (schema/history.schema.json), pagina HTML o foglio XLSX, secondo"
                    + " l'estensione. Senza, solo il riepilogo a video.")
    Path out;

    @Override
    public Integer call() throws Exception {
        String kind = out == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT)
                .replaceFirst(".*\\.", "");
        if (out != null && !List.of("json", "html", "xlsx").contains(kind)) {
            throw new UsageError("--out " + out + ": l'estensione dice il formato, .json, .html o .xlsx.");
        }
        Importer importer = new Importer(BuiltinMappings.load(), MappingOptions.load(mapping, "--mapping"), ocr);
        List<Plan> plans = new ArrayList<>();
        boolean failed = false;
        List<Path> files = Inputs.files(inputs, true, spec.commandLine().getErr());
        Outputs.notOverInputs(out, "--out", Outputs.of(inputs, files, mapping));
        // the same content given twice (two names, two folders) is one document, not two that corroborate each other
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (Path f : files) {
            String sha = pira.pipeline.FileHashes.sha256(f);
            String earlier = seen.putIfAbsent(sha, f.toString());
            if (earlier != null) {
                spec.commandLine().getOut().println("ATTENZIONE " + pira.model.Shown.escaped(f.toString())
                        + ": stesso contenuto di " + pira.model.Shown.escaped(earlier) + " (stesso SHA-256): è lo stesso"
                        + " documento, contato una volta sola.");
                continue;
            }
            ImportResult r = importer.importFile(f);
            if (r.ok()) {
                String source = r.plan().sources().isEmpty() ? null : r.plan().sources().get(0).sha256();
                if (source != null && !source.equals(sha) && seen.putIfAbsent(source, f.toString()) != null) {
                    // a model JSON of a document already given
                    spec.commandLine().getOut().println("ATTENZIONE " + pira.model.Shown.escaped(f.toString())
                            + ": è il modello di un documento già dato (" + pira.model.Shown.escaped(seen.get(source))
                            + "), contato una volta sola.");
                    continue;
                }
                plans.add(r.plan());
            } else {
                failed = true;
                spec.commandLine().getErr().println("ERRORE " + FailureAdvice.commandLineMessage(r));
            }
        }
        spec.commandLine().getErr().flush();
        if (plans.isEmpty()) {
            return ExitCodes.INPUT_FAILED;
        }
        History history = HistoryBuilder.of(plans);
        spec.commandLine().getOut().print(HistoryText.render(history));
        if (out != null) {
            switch (kind) {
                case "json" -> AtomicFiles.writeString(out, HistoryJson.toJson(history));
                case "html" -> AtomicFiles.writeString(out, HistoryHtml.render(history));
                default -> AtomicFiles.write(out, stream -> HistoryXlsx.write(history, stream));
            }
            spec.commandLine().getOut().println("Storia scritta in " + out + ".");
        }
        spec.commandLine().getOut().flush();
        return failed ? ExitCodes.INPUT_FAILED : ExitCodes.OK;
    }
}
