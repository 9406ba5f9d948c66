package pira.source;

import java.nio.charset.Charset;

/**
 * Settings a mapping may impose on a reader. Null means "detect".
 *
 * @param delimiter CSV delimiter
 * @param charset   CSV encoding
 * @param pdfMode   PDF tables: "lattice" (ruled) or "stream" (unruled); null: lattice where a page has rulings
 * @param pages     PDF pages to read, such as "2-7" or "3-"; null for all
 */
public record ReaderOptions(Character delimiter, Charset charset, String pdfMode, String pages) {

    public static final ReaderOptions DETECT = new ReaderOptions(null, null, null, null);
}
