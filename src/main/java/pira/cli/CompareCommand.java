package pira.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import pira.mapping.BuiltinMappings;
import pira.model.Plan;
import pira.pipeline.AtomicFiles;
import pira.pipeline.Importer;
import pira.report.ComparisonDocx;
import pira.revision.Comparison;
import pira.revision.ComparisonException;
import pira.revision.ComparisonJson;
import pira.revision.ComparisonText;
import pira.revision.PlanComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pira confronta VECCHIO NUOVO [--mapping M] [--out F.docx|F.json] [--template T.dotx]}: what changed from one
 * revision of a plan to the next.
 */
@Command(name = "confronta", mixinStandardHelpOptions = true,
        description = "Confronta due versioni del piano della stessa Camera (il PIRA di un anno e la sua revisione"
                + " dell'anno dopo): aree, obiettivi e azioni inseriti, eliminati, rinominati, spostati o con un"
                + " altro peso; indicatori inseriti, eliminati, rinominati, modificati (target degli anni in"
                + " comune, peso, unità, responsabile), spostati sotto un altro obiettivo, e le note di stato"
                + " (Inserito, Aggiornato, Eliminato) che non corrispondono alle variazioni.")
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "VECCHIO", description = "Il documento precedente (o il suo modello JSON).")
    Path before;

    @Parameters(index = "1", paramLabel = "NUOVO", description = "Il documento nuovo (o il suo modello JSON).")
    Path after;

    @Option(names = {"-o", "--out"}, paramLabel = "F.docx|F.json", description = "Scrive il confronto in un DOCX per"
            + " la Giunta o in JSON (schema/confronto.schema.json); senza, lo stampa.")
    Path out;

    @Option(names = "--template", paramLabel = "T.dotx", description = "Il modello della Camera per il DOCX (stili in"
            + " docs/modello.md).")
    Path template;

    @Option(names = {"-m", "--mapping"}, paramLabel = "M.yaml",
            description = "Mappatura da usare per i due documenti; senza, pira sceglie quella predefinita adatta.")
    Path mapping;

    @Option(names = "--ocr", description = "Riconosce il testo delle pagine PDF che sono immagini con Tesseract.")
    boolean ocr;

    @Override
    public Integer call() throws Exception {
        String format = format();
        Outputs.notOverInputs(out, "--out", Outputs.of(before, after, template, mapping));
        Outputs.template(template);
        Importer importer = new Importer(BuiltinMappings.load(), MappingOptions.load(mapping, "--mapping"), ocr);
        Plan old = load(before, importer);
        Plan now = old == null ? null : load(after, importer);
        if (now == null) {
            return ExitCodes.INPUT_FAILED;
        }
        Comparison comparison;
        try {
            comparison = PlanComparison.compare(old, now);
        } catch (ComparisonException e) {
            throw new UsageError(before.getFileName() + " e " + after.getFileName() + ": " + e.getMessage() + ".");
        }
        if (format == null) {
            spec.commandLine().getOut().print(ComparisonText.render(comparison));
        } else if (format.equals("json")) {
            AtomicFiles.writeString(out, ComparisonJson.toJson(comparison));
        } else {
            try {
                AtomicFiles.write(out, stream -> {
                    try (OutputStream o = new BufferedOutputStream(stream)) {
                        new ComparisonDocx(comparison, template).write(o);
                    }
                });
            } catch (pira.report.NotATemplateException e) {
                throw new UsageError(e.getMessage());
            }
        }
        if (format != null) {
            int elements = comparison.elementChanges().size();
            spec.commandLine().getOut().println("Confronto scritto in " + out + ": " + elements
                    + (elements == 1 ? " variazione" : " variazioni") + " degli elementi del piano, "
                    + comparison.changes().size() + " degli indicatori, " + comparison.findings().size()
                    + " rilievi sulle note.");
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** "json" or "docx" from --out's extension; null without --out. */
    private String format() {
        if (out == null) {
            return null;
        }
        if (Files.isDirectory(out)) {
            throw new UsageError("--out indica la cartella " + out + ": indicare il file da scrivere, per esempio "
                    + out.resolve("variazioni.docx") + " o " + out.resolve("variazioni.json") + ".");
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return "json";
        }
        if (name.endsWith(".docx")) {
            return "docx";
        }
        throw new UsageError("--out " + out + ": il file deve finire con .docx (il documento per la Giunta) o .json.");
    }

    private Plan load(Path file, Importer importer) {
        return PlanLoad.of(file, importer, spec.commandLine().getErr());
    }
}
