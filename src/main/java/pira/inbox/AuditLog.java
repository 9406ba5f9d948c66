package pira.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** The append-only {@code audit.jsonl}: each event one JSON line, forced to disk before the pass goes on. */
final class AuditLog {

    /**
     * Control characters are escaped by JSON itself; the invisible format characters of a name (U+202E, which reverses
     * what follows it on a screen) are escaped too, so that the log read with a pager shows them (the JSON means the
     * same).
     */
    private static final ObjectMapper JSON = new JsonMapper();

    static {
        JSON.getFactory().setCharacterEscapes(new com.fasterxml.jackson.core.io.CharacterEscapes() {
            private static final long serialVersionUID = 1L;
            private final int[] ascii = standardAsciiEscapesForJSON();

            @Override
            public int[] getEscapeCodesForAscii() {
                return ascii;
            }

            @Override
            public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
                return pira.model.Shown.hidden(ch)
                        ? new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04X", ch)) : null;
            }
        });
    }
    private final Path file;

    AuditLog(Path file) {
        this.file = file;
    }

    void append(AuditEvent event) throws IOException {
        byte[] line = (JSON.writeValueAsString(event) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.wrap(line));
            ch.force(true);
        }
    }

    /**
     * A last line cut by a crash or a power cut (no line end) is taken off, so that the file stays valid JSON lines;
     * its event is written again from its journal, which outlives it.
     */
    void repair() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long end = size;
            ByteBuffer one = ByteBuffer.allocate(1);
            while (end > 0) {
                one.clear();
                ch.read(one, end - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                end--;
            }
            if (end < size) {
                ch.truncate(end);
                ch.force(true);
            }
        }
    }

    List<AuditEvent> read() throws IOException {
        List<AuditEvent> events = new ArrayList<>();
        if (!Files.exists(file)) {
            return events;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                try {
                    events.add(JSON.readValue(line, AuditEvent.class));
                } catch (IOException e) {
                    // a line cut by a crash while it was being written: the event is redone from its journal
                }
            }
        }
        return events;
    }
}
