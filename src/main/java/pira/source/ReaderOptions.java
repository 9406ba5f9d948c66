package pira.source;

import java.nio.charset.Charset;

/**
 * Settings a mapping may impose on a reader. Null means "detect".
 *
 * @param delimiter CSV delimiter
 * @param charset   CSV encoding
 */
public record ReaderOptions(Character delimiter, Charset charset) {

    public static final ReaderOptions DETECT = new ReaderOptions(null, null);
}
