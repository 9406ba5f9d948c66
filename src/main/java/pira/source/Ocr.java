package pira.source;

import java.awt.image.BufferedImage;
import java.io.IOException;
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
    private static final long SECONDS_PER_PAGE = 120;

    private final Path folder;
    private final Path pdf;
    private final Set<Integer> pages;
    private final String language;

    private Ocr(Path folder, Path pdf, Set<Integer> pages, String language) {
        this.folder = folder;
        this.pdf = pdf;
        this.pages = pages;
        this.language = language;
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
        try {
            folder = Files.createTempDirectory("pira-ocr");
            List<String> images = new ArrayList<>();
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                PDFRenderer renderer = new PDFRenderer(document);
                for (int page : pages) {
                    BufferedImage image = renderer.renderImageWithDPI(page - 1, DPI, ImageType.GRAY);
                    Path png = folder.resolve(String.format("pagina-%05d.png", page));
                    ImageIO.write(image, "png", png.toFile());
                    images.add(png.toString());
                }
            }
            Path list = Files.writeString(folder.resolve("pagine.txt"), String.join("\n", images) + "\n");
            run(name, folder, pages.size(), "tesseract", list.toString(), folder.resolve("testo").toString(),
                    "-l", language, "--dpi", String.valueOf(DPI), "--psm", "4", "-c", "textonly_pdf=1", "pdf");
            Path merged = folder.resolve(name.replaceAll("(?i)\\.pdf$", "") + ".ocr.pdf");
            replacePages(file, folder.resolve("testo.pdf"), pages, merged);
            return new Ocr(folder, merged, new TreeSet<>(pages), language);
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

    private static void run(String name, Path folder, int pages, String... command) throws SourceException {
        try {
            Path log = folder.resolve("tesseract.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(SECONDS_PER_PAGE * Math.max(1, pages), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new SourceException(name + ": il riconoscimento del testo (OCR) ha superato il tempo massimo.");
            }
            if (process.exitValue() != 0 || !Files.exists(folder.resolve("testo.pdf"))) {
                throw new SourceException(name + ": il riconoscimento del testo (OCR) non è riuscito (Tesseract è"
                        + " terminato con il codice " + process.exitValue() + ").");
            }
        } catch (IOException e) {
            throw missing(name, e);
        } catch (InterruptedException e) {
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
