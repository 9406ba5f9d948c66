package pira.source;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Text recognition (OCR) of the picture pages of a PDF, with Tesseract: each page is rendered with PDFBox, Tesseract
 * writes it back as a page of text in the same place ("textonly_pdf"), and those pages take the pictures' place in a
 * copy of the document. The copy is then read by {@link PdfReader} like any PDF, so a mapping reads it as it reads the
 * original's text; its rows on those pages are marked as recognised. Tesseract's page segmentation 4 (one column of
 * lines of varying size) keeps each table row a line, where the default drops columns of short values.
 */
public final class Ocr implements AutoCloseable {

    private static final int DPI = 300;

    /**
     * The most pixels a page is rendered with (35 million: an A2 sheet at 300 dpi, an A4 one uses 8.7): a bigger page
     * is rendered at the resolution that fits, and said; the pictures in it are read subsampled, not whole.
     */
    static final long MAX_PIXELS = Long.getLong("pira.ocr.maxPixels", 35_000_000L);

    /** The budget in force: {@link #MAX_PIXELS}, or a smaller one a test sets. */
    static volatile long maxPixels = MAX_PIXELS;

    /** The resolution under which a page reduced to {@link #MAX_PIXELS} is refused: its text could not be read. */
    static final float MIN_DPI = 20f;

    /** The time the recognition of one file may take, unless the command line says otherwise (--limite-ocr). */
    public static final java.time.Duration DEFAULT_LIMIT = java.time.Duration.ofMinutes(10);

    private static volatile java.time.Duration limit = DEFAULT_LIMIT;

    /** Sets the time the recognition of one file may take (the command line's --limite-ocr). */
    public static void setLimit(java.time.Duration value) {
        limit = value;
    }

    private final Path folder;
    private final Path pdf;
    private final Set<Integer> pages;
    private final String language;
    private final List<String> reduced;

    private Ocr(Path folder, Path pdf, Set<Integer> pages, String language, List<String> reduced) {
        this.folder = folder;
        this.pdf = pdf;
        this.pages = pages;
        this.language = language;
        this.reduced = reduced;
    }

    /** The pages rendered below 300 dpi to stay within {@link #maxPixels}, said ("pagina 3 a 96 dpi"). */
    public List<String> reduced() {
        return reduced;
    }

    /**
     * The resolution a page of {@code widthPt} × {@code heightPt} points is rendered at: 300 dpi, or less where that
     * would pass {@code maxPixels}.
     */
    static float dpi(float widthPt, float heightPt, long maxPixels) {
        double inches = (double) Math.max(1f, widthPt) / 72 * Math.max(1f, heightPt) / 72;
        double fits = Math.sqrt(maxPixels / inches);
        return (float) Math.min(DPI, Math.floor(fits));
    }

    /** The copy of the document with the recognised pages. */
    public Path pdf() {
        return pdf;
    }

    /** The 1-based pages whose text was recognised. */
    public Set<Integer> pages() {
        return pages;
    }

    /** The Tesseract language used: "ita", or "eng" where the Italian data is not installed. */
    public String language() {
        return language;
    }

    /** Recognises the text of {@code pages} of {@code file}; the temporary copy goes with {@link #close()}. */
    public static Ocr recognise(Path file, List<Integer> pages) throws SourceException {
        String name = file.getFileName().toString();
        String language = language(name);
        Path folder = null;
        java.time.Duration budget = limit;
        long deadline = System.nanoTime() + budget.toNanos();
        try {
            folder = Files.createTempDirectory("pira-ocr");
            List<String> images = new ArrayList<>();
            List<String> reduced = new ArrayList<>();
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                document.setResourceCache(null); // each page's pictures go once it is rendered
                PDFRenderer renderer = new PDFRenderer(document);
                renderer.setSubsamplingAllowed(true); // a 20,000-pixel picture is read at the size it is drawn
                for (int page : pages) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedIOException();
                    }
                    if (System.nanoTime() > deadline) {
                        throw tooLong(name, budget, page, pages);
                    }
                    org.apache.pdfbox.pdmodel.common.PDRectangle box = document.getPage(page - 1).getCropBox();
                    float dpi = dpi(box.getWidth(), box.getHeight(), maxPixels);
                    if (dpi < MIN_DPI) {
                        throw new SourceException(name + ": la pagina " + page + " è troppo grande per il"
                                + " riconoscimento del testo (OCR): " + Math.round(box.getWidth() / 72 * 2.54) + " × "
                                + Math.round(box.getHeight() / 72 * 2.54) + " cm, leggibile solo sotto " + (int) MIN_DPI
                                + " dpi. Esportare di nuovo il documento in formato A4 o A3.");
                    }
                    if (dpi < DPI) {
                        reduced.add("pagina " + page + " a " + (int) dpi + " dpi");
                    }
                    BufferedImage image = renderer.renderImageWithDPI(page - 1, dpi, ImageType.GRAY);
                    Path png = folder.resolve(String.format("pagina-%05d.png", page));
                    ImageIO.write(image, "png", png.toFile());
                    images.add(png.toString());
                }
            }
            Path list = Files.writeString(folder.resolve("pagine.txt"), String.join("\n", images) + "\n");
            run(name, folder, budget, deadline, "tesseract", list.toString(), folder.resolve("testo").toString(),
                    "-l", language, "--dpi", String.valueOf(DPI), "--psm", "4", "-c", "textonly_pdf=1", "pdf");
            Path merged = folder.resolve(name.replaceAll("(?i)\\.pdf$", "") + ".ocr.pdf");
            replacePages(file, folder.resolve("testo.pdf"), pages, merged);
            return new Ocr(folder, merged, new TreeSet<>(pages), language, List.copyOf(reduced));
        } catch (InterruptedIOException e) {
            delete(folder);
            Thread.currentThread().interrupt();
            throw new SourceException(name + ": il riconoscimento del testo (OCR) è stato interrotto.", e);
        } catch (IOException e) {
            delete(folder);
            throw new SourceException(name + ": il riconoscimento del testo (OCR) non è riuscito ("
                    + (e.getMessage() == null ? "errore di lettura o scrittura" : e.getMessage()) + ").", e);
        } catch (SourceException | RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    /** A copy of the original where the recognised pages, in order, take the place of those pages. */
    private static void replacePages(Path original, Path recognised, List<Integer> pages, Path target)
            throws IOException {
        try (PDDocument source = Loader.loadPDF(original.toFile());
             PDDocument text = Loader.loadPDF(recognised.toFile());
             PDDocument copy = new PDDocument()) {
            for (int p = 1; p <= source.getNumberOfPages(); p++) {
                int k = pages.indexOf(p);
                copy.importPage(k >= 0 ? text.getPage(k) : source.getPage(p - 1));
            }
            copy.save(target.toFile());
        }
    }

    /** "ita" when Tesseract has the Italian data; "eng" otherwise (accents and "≥" suffer). */
    private static String language(String name) throws SourceException {
        String listed = output(name, "tesseract", "--list-langs");
        return listed.lines().anyMatch(l -> l.strip().equals("ita")) ? "ita" : "eng";
    }

    private static String output(String name, String... command) throws SourceException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            throw missing(name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(name + ": il riconoscimento del testo (OCR) è stato interrotto.", e);
        }
    }

    /** The message of a recognition stopped at its time limit. */
    private static SourceException tooLong(String name, java.time.Duration budget, Integer page, List<Integer> pages) {
        return new SourceException(name + ": il riconoscimento del testo (OCR) si è fermato al limite di "
                + budget.toSeconds() + " secondi" + (page == null ? "" : ", alla pagina " + page + " di "
                + pages.size() + " da riconoscere") + "; il file non è letto. Dare più tempo (--limite-ocr SECONDI, o"
                + " limite_secondi in pira.yaml) o dividere il documento in parti più piccole.");
    }

    private static void run(String name, Path folder, java.time.Duration budget, long deadline, String... command)
            throws SourceException {
        Process process = null;
        try {
            Path log = folder.resolve("tesseract.log");
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                process.destroyForcibly();
                throw tooLong(name, budget, null, List.of());
            }
            if (process.exitValue() != 0 || !Files.exists(folder.resolve("testo.pdf"))) {
                throw new SourceException(name + ": il riconoscimento del testo (OCR) non è riuscito (Tesseract è"
                        + " terminato con il codice " + process.exitValue() + ").");
            }
        } catch (IOException e) {
            throw missing(name, e);
        } catch (InterruptedException e) {
            process.destroyForcibly(); // a stopped import leaves no Tesseract running
            Thread.currentThread().interrupt();
            throw new SourceException(name + ": il riconoscimento del testo (OCR) è stato interrotto.", e);
        }
    }

    private static SourceException missing(String name, IOException e) {
        return new SourceException(name + ": il riconoscimento del testo (OCR) richiede Tesseract, che non è"
                + " installato su questo computer (su Debian e Ubuntu: apt-get install tesseract-ocr"
                + " tesseract-ocr-ita).", e);
    }

    @Override
    public void close() {
        delete(folder);
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
    }
}
