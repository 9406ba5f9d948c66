package pira.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The office's settings for its workspace, in {@code impostazioni.yaml} at its root: what the command line says with
 * options, the inbox reads from there. Today one: {@code ocr: si} recognises the text of PDF pages that are pictures.
 * A file that cannot be read, or a key or value it does not know, is said in the pass's problems and the defaults hold.
 */
public record WorkspaceSettings(boolean ocr) {

    static final String FILE = "impostazioni.yaml";
    static final WorkspaceSettings DEFAULTS = new WorkspaceSettings(false);

    static final String TEMPLATE = """
            # Impostazioni della cartella di lavoro di pira.
            #
            # ocr: si  riconosce il testo delle pagine PDF che sono immagini (tabelle incollate come figure,
            #          scansioni) con Tesseract; i valori letti così sono segnati da verificare. Predefinito: no.
            ocr: no
            """;

    static WorkspaceSettings load(Path root, List<String> problems) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return DEFAULTS;
        }
        JsonNode tree;
        try {
            tree = new YAMLMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.add(FILE + ", " + pira.mapping.YamlErrors.italian(e) + "; valgono le impostazioni predefinite.");
            return DEFAULTS;
        } catch (IOException | RuntimeException e) {
            problems.add(FILE + ": il file non si può leggere: valgono le impostazioni predefinite.");
            return DEFAULTS;
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            return DEFAULTS;
        }
        if (!tree.isObject()) {
            problems.add(FILE + ": ci si aspettano righe \"chiave: valore\" (per esempio ocr: si).");
            return DEFAULTS;
        }
        boolean ocr = false;
        for (Iterator<String> keys = tree.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!key.equals("ocr")) {
                problems.add(FILE + ": impostazione sconosciuta \"" + key + "\" (quelle valide: ocr).");
                continue;
            }
            String value = tree.get(key).asText().toLowerCase(Locale.ROOT);
            switch (value) {
                case "si", "sì", "true" -> ocr = true;
                case "no", "false" -> ocr = false;
                default -> problems.add(FILE + ": ocr vale \"" + tree.get(key).asText() + "\"; scrivere si oppure no.");
            }
        }
        return new WorkspaceSettings(ocr);
    }
}
