package pira.source;

import java.nio.file.Path;

/**
 * Turns a file into raw tables. Implementations know file formats and nothing of PIRA.
 * They open and close the file themselves; a file that cannot be read at all is a
 * {@link SourceException}, while problems inside a readable file become {@link SourceNote}s.
 */
public interface SourceReader {

    RawDocument read(Path file, ReaderOptions options) throws SourceException;
}
