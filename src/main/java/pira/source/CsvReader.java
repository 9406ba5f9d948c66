package pira.source;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV files with commons-csv. Unless the mapping says otherwise it detects the encoding
 * (byte order mark, else UTF-8 if the bytes are valid UTF-8, else Windows-1252) and the delimiter
 * (";", "," or tab, whichever splits the first lines most consistently).
 */
public final class CsvReader implements SourceReader {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final long MAX_BYTES = 200L * 1024 * 1024;

    @Override
    public RawDocument read(Path file, ReaderOptions options) throws SourceException {
        String name = file.getFileName().toString();
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new SourceException(name + ": il file CSV supera i 200 MB; dividerlo in file più piccoli.");
            }
            text = decode(Files.readAllBytes(file), options.charset());
        } catch (IOException e) {
            throw new SourceException(name + ": il file non si può leggere (controllare che esista e che l'account"
                    + " abbia il permesso di leggerlo).", e);
        }
        char delimiter = options.delimiter() != null ? options.delimiter() : detectDelimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).build();
        List<RawRow> rows = new ArrayList<>();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            TextPool texts = new TextPool();
            for (CSVRecord record : parser) {
                String[] cells = record.values();
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = texts.of(cells[c]);
                }
                rows.add(new RawRow((int) record.getRecordNumber(), false, cells));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new SourceException(name + ": il CSV è malformato. Controllare le virgolette non chiuse.", e);
        }
        return new RawDocument(name, SourceFormat.CSV, List.of(new RawTable(name, false, rows, List.of())), List.of());
    }

    static String decode(byte[] bytes, Charset forced) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (forced != null) {
            return new String(bytes, forced);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    /**
     * The candidate that appears the same non-zero number of times on most of the first lines (a title line with a
     * comma, a decimal comma in a value, do not make ',' the delimiter of a ';' file); ';' first where two tie.
     */
    static char detectDelimiter(String text) {
        String[] lines = text.lines().filter(l -> !l.isBlank()).limit(30).toArray(String[]::new);
        char best = ';';
        int bestScore = -1;
        for (char candidate : new char[] {';', ',', '\t'}) {
            java.util.Map<Integer, Integer> linesByCount = new java.util.HashMap<>();
            for (String line : lines) {
                int count = countOutsideQuotes(line, candidate);
                if (count > 0) {
                    linesByCount.merge(count, 1, Integer::sum);
                }
            }
            int score = linesByCount.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char c) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                count++;
            }
        }
        return count;
    }
}
