package pira.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Picks the reader for a file from its content, not only its name, so that a CSV renamed .xlsx
 * or a password-protected workbook gets a message that says what it really is.
 */
public final class SourceReaders {

    private SourceReaders() {
    }

    /**
     * Reads a file with the reader of its format. Whatever a library throws on a damaged file (a part missing, a
     * null where the format promises a value) is "danneggiato", with the file's name and no library text.
     */
    public static RawDocument read(Path file, ReaderOptions options) throws SourceException {
        SourceFormat format = detect(file);
        try {
            return readerFor(format).read(file, options);
        } catch (RuntimeException | StackOverflowError e) {
            throw new SourceException(file.getFileName() + ": il file " + format.id().toUpperCase(Locale.ROOT)
                    + " è danneggiato e non si può leggere (una sua parte manca o non ha la forma attesa). Aprirlo"
                    + " con il programma d'origine e salvarlo di nuovo, o chiederne una nuova copia.", e);
        }
    }

    static SourceReader readerFor(SourceFormat format) {
        return switch (format) {
            case XLSX -> new XlsxReader();
            case XLS -> new XlsReader();
            case CSV -> new CsvReader();
            case PDF -> new PdfReader();
            case DOCX -> new DocxReader();
        };
    }

    /** The format of a file, judged by its first bytes and checked against its extension. */
    public static SourceFormat detect(Path file) throws SourceException {
        String name = file.getFileName().toString();
        String extension = extension(name);
        byte[] head = new byte[8];
        int n;
        try {
            if (!Files.isRegularFile(file)) {
                throw new SourceException(name + ": il file non esiste o non è un file normale.");
            }
            if (Files.size(file) == 0) {
                throw new SourceException(name + ": il file è vuoto (0 byte). Controllare di aver salvato il"
                        + " documento giusto.");
            }
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
        } catch (IOException e) {
            throw new SourceException(name + ": il file non si può aprire (controllare che esista e che l'account"
                    + " abbia il permesso di leggerlo).", e);
        }
        boolean zip = n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        boolean ole2 = n >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF
                && (head[2] & 0xff) == 0x11 && (head[3] & 0xff) == 0xE0;
        boolean pdf = n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F';
        switch (extension) {
            case "docx" -> {
                if (ole2) {
                    throw new SourceException(name + ": il documento DOCX è protetto da password (cifrato). Salvarlo"
                            + " senza password e riprovare.");
                }
                if (!zip) {
                    throw new SourceException(name + ": ha estensione .docx ma non è un documento Word.");
                }
                return SourceFormat.DOCX;
            }
            case "pdf" -> {
                if (!pdf) {
                    throw new SourceException(name + ": ha estensione .pdf ma non è un PDF.");
                }
                return SourceFormat.PDF;
            }
            case "xlsx", "xlsm" -> {
                if (ole2) {
                    throw new SourceException(name + ": il file XLSX è protetto da password (cifrato). Rimuovere la"
                            + " password da Excel o LibreOffice e salvarlo di nuovo.");
                }
                if (!zip) {
                    throw new SourceException(name + ": ha estensione ." + extension + " ma non è un file Excel"
                            + (looksLikeText(head, n) ? " (sembra un file di testo o CSV: rinominarlo .csv)" : "")
                            + ".");
                }
                return SourceFormat.XLSX;
            }
            case "xls" -> {
                if (zip) {
                    return SourceFormat.XLSX;
                }
                if (!ole2) {
                    throw new SourceException(name + ": ha estensione .xls ma non è un file Excel"
                            + (looksLikeText(head, n) ? " (sembra un file di testo o CSV: rinominarlo .csv)" : "")
                            + ".");
                }
                return SourceFormat.XLS;
            }
            case "csv", "txt" -> {
                if (zip || ole2 || pdf) {
                    throw new SourceException(name + ": ha estensione ." + extension + " ma è un file Excel:"
                            + " rinominarlo .xlsx o .xls.");
                }
                return SourceFormat.CSV;
            }
            default -> throw new SourceException(name + ": formato non riconosciuto (." + extension
                    + "). pira legge file .xlsx, .xls, .csv, .pdf e .docx.");
        }
    }

    private static boolean looksLikeText(byte[] head, int n) {
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xff;
            if (b < 0x09 || (b > 0x0d && b < 0x20)) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
