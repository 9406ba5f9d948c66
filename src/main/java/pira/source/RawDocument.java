package pira.source;

import java.util.List;

/**
 * What a reader got out of one file: its tables, the notes it made while reading, and the pictures that may hold
 * tables it could not read as text.
 */
public record RawDocument(String file, SourceFormat format, List<RawTable> tables, List<SourceNote> notes,
                          Pictures pictures) {

    public RawDocument {
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
        pictures = pictures == null ? Pictures.NONE : pictures;
    }

    public RawDocument(String file, SourceFormat format, List<RawTable> tables, List<SourceNote> notes) {
        this(file, format, tables, notes, Pictures.NONE);
    }
}
