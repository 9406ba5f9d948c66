package pira.pipeline;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import pira.model.Plan;
import pira.model.PlanJson;
import pira.model.SourceFile;

/** A model written by pira import, read back as the result of an import; what is not one is said in words. */
final class PlanModels {

    private PlanModels() {
    }

    static ImportResult read(Path file) {
        String name = file.getFileName().toString();
        Plan plan;
        try {
            plan = PlanJson.read(file);
        } catch (NoSuchFileException e) {
            return ImportResult.failed(name, ImportResult.Failure.UNREADABLE, name + ": il file non esiste.");
        } catch (IOException | RuntimeException e) {
            return ImportResult.failed(name, ImportResult.Failure.UNREADABLE, name + ": " + notAPlan(file));
        }
        SourceFile source = plan.sources().isEmpty() ? null : plan.sources().get(0);
        return new ImportResult(name, plan, source == null ? null : source.mapping(), false, null, null);
    }

    /** Why a JSON file is not a plan model, without the JSON library's text. */
    private static String notAPlan(Path file) {
        try {
            JsonNode tree = new ObjectMapper().readTree(file.toFile());
            if (tree != null && tree.has("files") && !tree.has("elements")) {
                return "è un rapporto dei rilievi di pira, non un modello di piano: indicare il .plan.json scritto da"
                        + " pira import, o il documento d'origine.";
            }
            return "il file JSON non è un modello di piano scritto da pira (o è di una versione che questo pira non"
                    + " legge): rigenerarlo con pira import.";
        } catch (IOException | RuntimeException e) {
            return "il file non è JSON valido (danneggiato o troncato): rigenerarlo con pira import.";
        }
    }
}
