package pira.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import pira.mapping.BuiltinMappings;
import pira.mapping.MappingCandidate;
import pira.mapping.MappingException;
import pira.mapping.MappingLoader;
import picocli.CommandLine.Option;

/** The {@code --mapping} option shared by the commands that import. */
final class MappingOptions {

    @Option(names = {"-m", "--mapping"}, paramLabel = "M.yaml",
            description = "Mappatura da usare per tutti i file; senza, pira sceglie quella predefinita adatta.")
    Path mapping;

    @Option(names = "--results-mapping", paramLabel = "M.yaml",
            description = "Mappatura dei risultati (--results); senza, pira sceglie quella adatta.")
    Path resultsMapping;

    @Option(names = "--ocr", description = "Riconosce il testo delle pagine PDF che sono immagini (tabelle incollate"
            + " come figure, scansioni) con Tesseract; i valori letti così sono segnati da verificare.")
    boolean ocr;

    @Option(names = "--limite-ocr", paramLabel = "S", defaultValue = "600",
            description = "Tempo massimo del riconoscimento del testo (--ocr) di un file, in secondi (predefinito"
                    + " ${DEFAULT-VALUE}): oltre, il file non è letto e pira dice a che pagina si è fermato.")
    void ocrLimit(long seconds) {
        pira.source.Ocr.setLimit(java.time.Duration.ofSeconds(Math.max(1, seconds)));
    }

    /** The mapping given with --mapping, or null; a mapping that is not there or not valid is a usage error. */
    MappingCandidate forced() throws IOException {
        return load(mapping, "--mapping");
    }

    /** The mapping given with --results-mapping, or null. */
    MappingCandidate resultsForced() throws IOException {
        return load(resultsMapping, "--results-mapping");
    }

    static MappingCandidate load(Path file, String option) throws IOException {
        if (file == null) {
            return null;
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new UsageError("la mappatura " + file + " non esiste (" + option + ").");
        }
        try {
            return MappingCandidate.load(file, file.toString());
        } catch (MappingException e) {
            throw new UsageError(e.getMessage());
        }
    }

    /** The importer for these options: the given mapping for every file, or the one that fits each file. */
    pira.pipeline.Importer importer() throws IOException {
        return new pira.pipeline.Importer(candidates(), forced(), ocr).withResultsMapping(resultsForced());
    }

    List<MappingCandidate> candidates() {
        return new ArrayList<>(BuiltinMappings.load());
    }
}
