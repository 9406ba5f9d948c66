package pira.source;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Settings a mapping may impose on a reader. Null means "detect".
 *
 * @param delimiter CSV delimiter
 * @param charset   CSV encoding
 * @param pdfMode   PDF tables: "lattice" (ruled) or "stream" (unruled); null: lattice where a page has rulings
 * @param pages     PDF pages to read, such as "2-7" or "3-"; null for all
 * @param area      PDF area to read on every page, {top, left, bottom, right} in points from the top left; null for
 *                  the whole page
 * @param columns   PDF stream mode: the x positions (points) of the boundaries between columns, where the text
 *                  gaps alone do not separate them; null to let tabula guess
 * @param lineBreaks PDF: the lines inside a table cell stay separate ("\n") for a mapping that reads line by line
 *                  (block layouts); otherwise they are wrapping and join with spaces
 */
public record ReaderOptions(Character delimiter, Charset charset, String pdfMode, String pages, List<Float> area,
                            List<Float> columns, boolean lineBreaks) {

    public static final ReaderOptions DETECT = new ReaderOptions(null, null, null, null, null, null, false);

    public ReaderOptions(Character delimiter, Charset charset, String pdfMode, String pages) {
        this(delimiter, charset, pdfMode, pages, null, null, false);
    }

    public ReaderOptions(Character delimiter, Charset charset, String pdfMode, String pages, List<Float> area) {
        this(delimiter, charset, pdfMode, pages, area, null, false);
    }
}
