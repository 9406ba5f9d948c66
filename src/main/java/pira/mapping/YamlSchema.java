package pira.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON schema that YAML files the office writes are checked against (a mapping, a workspace's settings), its
 * problems said in Italian with the line and the key, and where it helps the valid keys or values (an enum's
 * {@code x-valori}, where present, says them as the office writes them: YAML reads "no" as false; a node's
 * {@code x-errore} says in words what a pattern means).
 */
public final class YamlSchema {

    private final JsonNode tree;
    private final JsonSchema validator;
    /** What to say where a value matches none of the alternatives of a {@code oneOf}. */
    private final String oneOfText;

    /** @param resource the schema in the jar, {@code oneOfText} what a value that fits no alternative should be */
    public YamlSchema(String resource, String oneOfText) {
        try (InputStream in = YamlSchema.class.getResourceAsStream(resource)) {
            tree = new JsonMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ITALIAN)
                .build();
        validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(tree, config);
        this.oneOfText = oneOfText;
    }

    /** The keys the top level of a document may have. */
    public Set<String> topKeys() {
        return validKeys(tree);
    }

    /** The problems of a document, in the order of its lines. */
    public List<Problem> check(JsonNode document, YamlLines lines) {
        List<Problem> problems = new ArrayList<>();
        for (ValidationMessage m : validator.validate(document.toString(), InputFormat.JSON)) {
            problems.add(problem(m, lines));
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparing(Problem::key));
        return problems;
    }

    private Problem problem(ValidationMessage m, YamlLines lines) {
        String pointer = m.getInstanceLocation().toString();
        String property = m.getProperty();
        String key = pointer;
        String text;
        switch (m.getType()) {
            case "additionalProperties" -> {
                key = pointer + "/" + property;
                text = "chiave sconosciuta '" + property + "'; chiavi valide qui: " + validKeys(schemaAt(pointer));
            }
            case "required" -> text = "manca la chiave obbligatoria '" + property + "'";
            case "enum" -> text = "valore " + m.getInstanceNode() + " non ammesso; valori validi: "
                    + schemaAt(pointer).path("x-valori").asText(String.valueOf(m.getArguments()[0]));
            case "pattern" -> text = "valore " + m.getInstanceNode() + " non valido: deve corrispondere a "
                    + m.getArguments()[0];
            case "oneOf" -> text = "valore non valido: " + oneOfText;
            case "type" -> text = "tipo sbagliato: trovato " + m.getArguments()[0] + ", atteso " + m.getArguments()[1];
            case "minItems" -> text = "l'elenco è vuoto: serve almeno " + (String.valueOf(m.getArguments()[0])
                    .equals("1") ? "un elemento" : m.getArguments()[0] + " elementi");
            case "minLength" -> text = "il testo è vuoto";
            case "minProperties" -> text = "serve almeno una chiave";
            case "maximum", "minimum" -> text = "valore " + m.getInstanceNode() + " fuori dai limiti ("
                    + ("maximum".equals(m.getType()) ? "al più " : "almeno ") + m.getArguments()[0] + ")";
            default -> text = m.getMessage().replaceFirst("^[^:]*: ", "");
        }
        JsonNode own = schemaAt(pointer).path("x-errore");
        return new Problem(lines.lineOf(key), key, own.isTextual() && !"additionalProperties".equals(m.getType())
                ? own.asText() : text);
    }

    /** The schema node describing the instance at {@code pointer}. */
    private JsonNode schemaAt(String pointer) {
        JsonNode node = tree;
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            node = resolve(node);
            if (node.path("properties").has(segment)) {
                node = node.path("properties").path(segment);
            } else if (node.has("items")) {
                node = node.path("items");
            } else if (node.path("additionalProperties").isObject()) {
                node = node.path("additionalProperties");
            }
        }
        return resolve(node);
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        if (n.has("$ref")) {
            n = tree.at(n.get("$ref").asText().substring(1));
        }
        if (n.has("oneOf")) {
            for (JsonNode alt : n.get("oneOf")) {
                JsonNode r = resolve(alt);
                if (r.has("properties")) {
                    return r;
                }
            }
        }
        return n;
    }

    private static Set<String> validKeys(JsonNode schema) {
        Set<String> keys = new TreeSet<>();
        Iterator<String> names = schema.path("properties").fieldNames();
        names.forEachRemaining(keys::add);
        return keys;
    }

    /** One problem, placed. */
    public record Problem(int line, String key, String text) {
        @Override
        public String toString() {
            String dotted = key.replaceFirst("^/", "").replace('/', '.');
            return "riga " + line + (dotted.isEmpty() ? "" : ", chiave '" + dotted + "'") + ": " + text;
        }
    }
}
