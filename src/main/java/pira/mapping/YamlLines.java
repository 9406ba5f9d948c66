package pira.mapping;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line on which each key of a YAML document stands, by JSON pointer ("/columns/os_code"). The document is read for
 * them only when a line is first asked for: a valid mapping (every built-in one, at every start) never asks.
 */
public final class YamlLines {

    private final String yaml;
    private Map<String, Integer> lines;

    /** The lines of {@code yaml}, a document already parsed once (so reading it again cannot fail). */
    public YamlLines(String yaml) {
        this.yaml = yaml;
    }

    private Map<String, Integer> lines() {
        if (lines == null) {
            lines = new HashMap<>();
            try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
                if (parser.nextToken() != null) {
                    walk(parser, "");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }

    /** The line of {@code pointer}, or of its nearest parent that has one. */
    public int lineOf(String pointer) {
        Map<String, Integer> lines = lines();
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            p = p.substring(0, Math.max(p.lastIndexOf('/'), 0));
        }
    }

    private void walk(JsonParser parser, String path) throws IOException {
        lines.putIfAbsent(path, parser.currentTokenLocation().getLineNr());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String child = path + "/" + parser.currentName();
                lines.put(child, parser.currentTokenLocation().getLineNr());
                parser.nextToken();
                walk(parser, child);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int i = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                walk(parser, path + "/" + i++);
            }
        }
    }
}
