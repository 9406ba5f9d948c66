package pira.pipeline;

import java.nio.file.Path;
import pira.source.Ocr;
import pira.source.PdfReader;
import pira.source.RawDocument;
import pira.source.ReaderOptions;
import pira.source.SourceException;
import pira.source.SourceFormat;
import pira.source.SourceReaders;

/**
 * One file as an import reads it: read, then read again with the options of the mapping chosen. With OCR, the PDF
 * pages that are pictures are recognised once, at the first reading, and every reading reads their text.
 */
final class SourceDocument implements AutoCloseable {

    private final Path file;
    private final boolean ocr;
    private Ocr recognised;

    SourceDocument(Path file, boolean ocr) {
        this.file = file;
        this.ocr = ocr;
    }

    RawDocument read(ReaderOptions options) throws SourceException {
        String name = file.getFileName().toString();
        if (recognised != null) {
            return new PdfReader().read(recognised, name, options);
        }
        RawDocument document = SourceReaders.read(file, options);
        if (ocr && document.format() == SourceFormat.PDF && !document.pictures().pages().isEmpty()) {
            recognised = Ocr.recognise(file, document.pictures().pages());
            return new PdfReader().read(recognised, name, options);
        }
        return document;
    }

    @Override
    public void close() {
        if (recognised != null) {
            recognised.close();
        }
    }
}
