package pira.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import technology.tabula.Cell;
import technology.tabula.Line;
import technology.tabula.ObjectExtractor;
import technology.tabula.Page;
import technology.tabula.RectangularTextContainer;
import technology.tabula.Ruling;
import technology.tabula.Table;
import technology.tabula.TextChunk;
import technology.tabula.TextElement;
import technology.tabula.detectors.SpreadsheetDetectionAlgorithm;
import technology.tabula.extractors.BasicExtractionAlgorithm;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Reads PDF tables with tabula-java on PDFBox 3. Ruled tables are read in lattice mode, the others in stream
 * mode (the mapping chooses; by default lattice where a page has ruled tables). The whole document becomes one
 * raw table in reading order: table rows and the text lines between tables (headings such as "1.1 - ECOSISTEMA
 * DIGITALE"), page after page, so a table that goes on over the next page simply continues and a repeated
 * header is a header row like any other. A cell keeps all its lines, joined by spaces (a line ending in a hyphen
 * joins without one), or by line breaks where the options ask for them (block layouts, read line by line). A line wrapped inside a word or after a dot with no space ("Digicam"/"ere") cannot be told
 * from a wrap at a space, and gets one. Each row knows its page.
 */
public final class PdfReader implements SourceReader {

    private static final java.util.regex.Pattern HYPHEN_BREAK =
            java.util.regex.Pattern.compile("(?<=\\p{L})-\\s*\\r\\s*(?=\\p{Ll})");

    /** Points within which two cell edges count as the same grid line. */
    private static final float EDGE = 2f;

    /** Documents with at least this many pages are read by two threads, one document each. */
    static final int PARALLEL_FROM_PAGES = 40;

    /** The rows of some pages, with row numbers and merges counted from the first of them. */
    private record Part(List<Placed[]> pages, int textElements, int images, List<Integer> picturePages) {
    }

    /** Pixels of a picture big enough to be a page's table (a logo or a signature is far smaller). */
    private static final int TABLE_PICTURE_PIXELS = 250_000;

    @Override
    public RawDocument read(Path file, ReaderOptions options) throws SourceException {
        return read(file, file.getFileName().toString(), options, Set.of());
    }

    /** The original {@code name}'s copy made by {@link Ocr}: its rows on the recognised pages are marked as such. */
    public RawDocument read(Ocr ocr, String name, ReaderOptions options) throws SourceException {
        RawDocument read = read(ocr.pdf(), name, options, ocr.pages());
        List<SourceNote> notes = new ArrayList<>(read.notes());
        notes.add(0, new SourceNote("OCR", new Pictures(List.copyOf(ocr.pages()), 0, false).pageRanges()
                + ": testo riconosciuto con l'OCR da immagini (lingua " + ocr.language() + "); i valori letti da queste"
                + " pagine sono da verificare sull'originale" + ("lattice".equals(options.pdfMode()) ? "; le righe"
                + " della tabella non sono nel testo riconosciuto, perciò queste pagine sono lette per colonne (stream)"
                + " e non per celle rigate (lattice)" : "") + (ocr.reduced().isEmpty() ? "" : "; pagine troppo grandi"
                + " per 300 dpi, riconosciute a risoluzione ridotta: " + String.join(", ", ocr.reduced())),
                pira.model.Location.ofFile(name)));
        return new RawDocument(read.file(), read.format(), read.tables(), notes, read.pictures());
    }

    private RawDocument read(Path file, String name, ReaderOptions options, Set<Integer> recognised)
            throws SourceException {
        List<RawRow> rows = new ArrayList<>();
        List<CellRange> merged = new ArrayList<>();
        List<SourceNote> notes = new ArrayList<>();
        int textElements = 0;
        int images = 0;
        List<Integer> picturePages = new ArrayList<>();
        try {
            int[] range;
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                range = pageRange(options.pages(), document.getNumberOfPages(), name);
            }
            int threads = range[1] - range[0] + 1 >= PARALLEL_FROM_PAGES ? threads() : 1;
            List<Part> parts = readParts(file, range, threads, options, recognised);
            int page = range[0];
            List<int[]> tableRows = new ArrayList<>(); // per page: {first, last} table row number, 0 for none
            for (Part part : parts) {
                textElements += part.textElements();
                images += part.images();
                picturePages.addAll(part.picturePages());
                for (Placed[] placed : part.pages()) {
                    tableRows.add(addPage(placed, page, recognised.contains(page), rows, merged));
                    page++;
                }
            }
            new PageBreaks(name, rows, merged, notes, options.lineBreaks()).join(tableRows);
        } catch (InvalidPasswordException e) {
            throw new SourceException(name + ": il PDF è protetto da password e non si può leggere. Chiedere una copia"
                    + " senza protezione.", e);
        } catch (IOException | RuntimeException e) {
            throw new SourceException(name + ": il PDF è danneggiato e non si può leggere. Chiedere una nuova copia o"
                    + " esportarlo di nuovo dal programma d'origine.", e);
        }
        if (textElements == 0 && images == 0 && !recognised.isEmpty()) {
            // the pictures were there: the recognition found no text in them
            throw new SourceException(name + ": " + (recognised.size() == 1 ? "la pagina " : "le pagine ")
                    + new Pictures(List.copyOf(recognised), 0, false).pageRanges().replaceFirst("^pagin[ae] ", "")
                    + (recognised.size() == 1 ? " è un'immagine" : " sono immagini") + ", ma il riconoscimento del"
                    + " testo (OCR) non vi ha trovato testo (immagine senza testo, sfocata o troppo piccola). Chiedere"
                    + " il documento originale, non scansionato.");
        }
        if (textElements == 0 && images == 0) {
            // neither text nor images: a damaged file (a broken cross-reference) read as empty pages, not a scan
            throw new SourceException(name + ": il PDF non contiene né testo né immagini: è vuoto o danneggiato."
                    + " Chiedere una nuova copia o esportarlo di nuovo dal programma d'origine.");
        }
        return new RawDocument(name, SourceFormat.PDF, List.of(new RawTable(name, false, rows, merged)), notes,
                new Pictures(picturePages, images, false));
    }

    /** Two threads where the machine has two cores (a system property can say otherwise, for benchmarks). */
    private static int threads() {
        return Integer.getInteger("pira.pdf.threads", Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /** Splits the pages in {@code threads} consecutive parts, each read with its own PDDocument. */
    private static List<Part> readParts(Path file, int[] range, int threads, ReaderOptions options,
                                        Set<Integer> recognised) throws IOException {
        int count = range[1] - range[0] + 1;
        if (threads <= 1) {
            return List.of(readPart(file, range[0], range[1], options, recognised));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<Part>> futures = new ArrayList<>();
            int per = (count + threads - 1) / threads;
            for (int from = range[0]; from <= range[1]; from += per) {
                int first = from;
                int last = Math.min(range[1], from + per - 1);
                futures.add(pool.submit(() -> readPart(file, first, last, options, recognised)));
            }
            List<Part> parts = new ArrayList<>();
            for (java.util.concurrent.Future<Part> f : futures) {
                parts.add(f.get());
            }
            return parts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrotto", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Tabula's extractor, a page at a time through its own method: its public {@code extract(int)} prints the stack
     * trace of a damaged page on the error stream (PageIterator) and returns null; this one throws, and the damaged PDF
     * gets pira's message only.
     */
    private static final class Extractor extends ObjectExtractor {
        Extractor(PDDocument document) {
            super(document);
        }

        Page page(int number) throws IOException {
            return extractPage(number);
        }
    }

    private static Part readPart(Path file, int first, int last, ReaderOptions options, Set<Integer> recognised)
            throws IOException {
        List<Float> area = options.area();
        List<Placed[]> pages = new ArrayList<>();
        int text = 0;
        int images = 0;
        List<Integer> picturePages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            Extractor extractor = new Extractor(document);
            for (int p = first; p <= last; p++) {
                Page page = extractor.page(p);
                text += page.getText().size();
                int[] pictures = images(document.getPage(p - 1));
                images += pictures[0];
                if (pictures[1] > 0 && (page.getText().isEmpty() || pictures[1] >= TABLE_PICTURE_PIXELS)) {
                    picturePages.add(p);
                }
                if (area != null) {
                    page = page.getArea(area.get(0), area.get(1), area.get(2), area.get(3));
                }
                pages.add(readPage(page, options, recognised.contains(p)));
            }
        }
        return new Part(pages, text, images, picturePages);
    }

    /**
     * The images a page draws directly (a scanned page is one) and the pixels of the largest: {count, pixels}. The
     * size is read from the image's dictionary, without decoding it.
     */
    private static int[] images(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
        org.apache.pdfbox.pdmodel.PDResources resources = page.getResources();
        int count = 0;
        int largest = 0;
        if (resources != null) {
            for (org.apache.pdfbox.cos.COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    count++;
                    org.apache.pdfbox.cos.COSStream stream = resources.getCOSObject()
                            .getCOSDictionary(org.apache.pdfbox.cos.COSName.XOBJECT).getCOSStream(name);
                    if (stream != null) {
                        largest = Math.max(largest, stream.getInt(org.apache.pdfbox.cos.COSName.WIDTH, 0)
                                * stream.getInt(org.apache.pdfbox.cos.COSName.HEIGHT, 0));
                    }
                }
            }
        }
        return new int[] {count, largest};
    }

    /** Adds a page's rows; returns the numbers of its first and last table rows, {0, 0} where it has none. */
    private static int[] addPage(Placed[] placed, int pageNumber, boolean recognised, List<RawRow> rows,
                                 List<CellRange> merged) {
        int first = rows.size();
        int[] table = {0, 0};
        // where a page has several tables (a ruled Relazione, one table per objective), a row inside one is found by
        // the table and its row in it; a page read as one table keeps the rows of the page
        boolean numbered = java.util.Arrays.stream(placed).mapToInt(Placed::table).filter(t -> t > 0).distinct()
                .count() > 1;
        java.util.Map<Integer, Integer> rowsOfTable = new java.util.HashMap<>();
        for (int i = 0; i < placed.length; i++) {
            Placed row = placed[i];
            int number = i + 1;
            RawRow raw = new RawRow(first + number, false, row.cells(), pageNumber, number);
            if (numbered && row.table() > 0) {
                raw = raw.inPdfTable(row.table(), rowsOfTable.merge(row.table(), 1, Integer::sum));
            }
            rows.add(recognised ? raw.readByOcr() : raw);
            for (int[] span : row.spans()) {
                merged.add(new CellRange(first + number, first + number + span[2], span[0], span[1]));
            }
            if (row.table() > 0) {
                table[0] = table[0] == 0 ? first + number : table[0];
                table[1] = first + number;
            }
        }
        return table;
    }

    /** The rows of one page in reading order: table rows and, in lattice mode, the lines between tables. */
    /** A page whose text was recognised by OCR has no ruling lines: it is read in stream mode, whatever asked. */
    private static Placed[] readPage(Page page, ReaderOptions options, boolean recognised) {
        String mode = options.pdfMode();
        List<Float> columns = options.columns();
        boolean lattice = !recognised && ("lattice".equals(mode)
                || mode == null && !new SpreadsheetDetectionAlgorithm().detect(page).isEmpty());
        List<Table> tables;
        if (lattice) {
            tables = new SpreadsheetExtractionAlgorithm().extract(page);
        } else if (columns != null) {
            List<Ruling> rulings = new ArrayList<>();
            for (float x : columns) {
                rulings.add(new Ruling(new java.awt.geom.Point2D.Float(x, page.getTop()),
                        new java.awt.geom.Point2D.Float(x, page.getBottom())));
            }
            tables = new BasicExtractionAlgorithm(rulings).extract(page);
        } else {
            tables = new BasicExtractionAlgorithm().extract(page);
        }
        List<Placed> placed = new ArrayList<>();
        for (int k = 0; k < tables.size(); k++) {
            placed.addAll(grid(tables.get(k), options.lineBreaks(), k + 1));
        }
        if (lattice) {
            placed.addAll(linesOutside(page, tables));
        }
        placed.sort(Comparator.comparingDouble(Placed::top));
        return placed.toArray(new Placed[0]);
    }

    /**
     * A row placed on the page: its top edge, its cells, spans {firstColumn, lastColumn, extraRows}, and whether it
     * is a row of a table (rather than a line between tables).
     */
    /** A row of a page at its height: {@code table} is the page's table it belongs to (1, 2, ...), 0 outside. */
    private record Placed(double top, String[] cells, List<int[]> spans, int table) {
    }

    /**
     * Rebuilds a table's grid from the cells' coordinates (tabula places a spanning cell in one slot and shifts
     * the cells after it): column edges are the distinct left edges, row edges the distinct top edges.
     */
    private static List<Placed> grid(Table table, boolean lineBreaks, int number) {
        List<RectangularTextContainer> cells = new ArrayList<>();
        for (List<RectangularTextContainer> r : table.getRows()) {
            for (RectangularTextContainer c : r) {
                if (!(c instanceof Cell cell && cell.isPlaceholder()) && c.getWidth() > 0) {
                    cells.add(c);
                }
            }
        }
        float[] lefts = edges(cells, true);
        float[] tops = edges(cells, false);
        String[][] grid = new String[tops.length][lefts.length];
        List<List<int[]>> spans = new ArrayList<>();
        for (int i = 0; i < tops.length; i++) {
            spans.add(new ArrayList<>());
            java.util.Arrays.fill(grid[i], "");
        }
        for (RectangularTextContainer c : cells) {
            int row = index(tops, c.getTop());
            int col = index(lefts, c.getLeft());
            int lastCol = col;
            while (lastCol + 1 < lefts.length && lefts[lastCol + 1] < c.getRight() - EDGE) {
                lastCol++;
            }
            int lastRow = row;
            while (lastRow + 1 < tops.length && tops[lastRow + 1] < c.getBottom() - EDGE) {
                lastRow++;
            }
            // a line broken right after a hyphen ("società-" / "imprese") is one word: join without a space;
            // the other lines of a PDF cell are wrapping, and join with a space, unless the mapping reads lines
            String text = HYPHEN_BREAK.matcher(c.getText()).replaceAll("-").replace('\r', lineBreaks ? '\n' : ' ')
                    .strip();
            grid[row][col] = grid[row][col].isEmpty() ? text : grid[row][col] + " " + text;
            if (lastCol > col || lastRow > row) {
                spans.get(row).add(new int[] {col + 1, lastCol + 1, lastRow - row});
            }
        }
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < tops.length; i++) {
            placed.add(new Placed(tops[i], grid[i], spans.get(i), number));
        }
        return placed;
    }

    private static float[] edges(List<RectangularTextContainer> cells, boolean left) {
        TreeSet<Float> sorted = new TreeSet<>();
        for (RectangularTextContainer c : cells) {
            sorted.add(left ? c.getLeft() : c.getTop());
        }
        List<Float> distinct = new ArrayList<>();
        for (float e : sorted) {
            if (distinct.isEmpty() || e - distinct.get(distinct.size() - 1) > EDGE) {
                distinct.add(e);
            }
        }
        float[] out = new float[distinct.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = distinct.get(i);
        }
        return out;
    }

    private static int index(float[] edges, float value) {
        int best = 0;
        for (int i = 0; i < edges.length; i++) {
            if (edges[i] <= value + EDGE) {
                best = i;
            }
        }
        return best;
    }

    /** The text lines of a page that lie outside its tables: headings and notes between tables. */
    private static List<Placed> linesOutside(Page page, List<Table> tables) {
        List<TextElement> outside = new ArrayList<>();
        for (TextElement e : page.getText()) {
            boolean inside = false;
            for (Table t : tables) {
                inside |= t.contains(e.getCenterX(), e.getCenterY());
            }
            if (!inside && !e.getText().isBlank()) {
                outside.add(e);
            }
        }
        List<Placed> lines = new ArrayList<>();
        if (outside.isEmpty()) {
            return lines;
        }
        List<TextChunk> words = TextElement.mergeWords(outside);
        for (Line line : TextChunk.groupByLines(words)) {
            StringBuilder sb = new StringBuilder();
            for (TextChunk chunk : line.getTextElements()) {
                sb.append(chunk.getText()).append(' ');
            }
            String text = sb.toString().replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                lines.add(new Placed(line.getTop(), new String[] {text}, List.of(), 0));
            }
        }
        return lines;
    }

    /** {first, last} page, 1-based, from "2-7", "3-" or null. */
    static int[] pageRange(String pages, int count, String name) throws SourceException {
        if (pages == null) {
            return new int[] {1, count};
        }
        String[] parts = pages.split("-", -1);
        int first = Integer.parseInt(parts[0]);
        int last = parts.length == 1 ? first : parts[1].isEmpty() ? count : Integer.parseInt(parts[1]);
        if (first < 1 || first > count || last < first) {
            throw new SourceException(name + ": le pagine " + pages + " richieste dalla mappatura non ci sono"
                    + " (il PDF ha " + count + " pagine).");
        }
        return new int[] {first, Math.min(last, count)};
    }
}
