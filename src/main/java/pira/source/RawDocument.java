package pira.source;

import java.util.List;

/** What a reader got out of one file: its tables, and the notes it made while reading. */
public record RawDocument(String file, SourceFormat format, List<RawTable> tables, List<SourceNote> notes) {

    public RawDocument {
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }
}
