package pira.report;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * The report as PDF through LibreOffice, with the page numbers of its contents: LibreOffice does not update the
 * contents field when it converts, so a first conversion gives the page of every heading (the PDF's outline), the
 * document is written again with them in the contents, and converted again. The DOCX written keeps them too.
 */
public final class PdfExport {

    private static final String[] SOFFICE = {"/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice",
        "/opt/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"};

    private PdfExport() {
    }

    /** Whether LibreOffice is installed where pira looks for it. */
    public static boolean available() {
        return soffice() != null;
    }

    /** The DOCX and the PDF of a report, the contents with their page numbers. */
    public record Documents(byte[] docx, byte[] pdf) {
    }

    /** The report as DOCX and PDF, the contents with their page numbers. */
    public static Documents render(DocxReport report) throws IOException {
        String soffice = soffice();
        if (soffice == null) {
            throw new IOException("LibreOffice non trovato: il PDF (--pdf) lo richiede; installarlo (per esempio"
                    + " apt-get install libreoffice-writer)");
        }
        Path work = Files.createTempDirectory("pira-pdf");
        try {
            Path first = convert(soffice, bytes(report), work.resolve("prima"));
            report.contentsPages(pages(first, report.contents()));
            byte[] document = bytes(report);
            Path second = convert(soffice, document, work.resolve("seconda"));
            return new Documents(document, Files.readAllBytes(second));
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static byte[] bytes(DocxReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.write(out);
        return out.toByteArray();
    }

    private static Path convert(String soffice, byte[] docx, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path in = dir.resolve("rapporto.docx");
        Files.write(in, docx);
        Process p = new ProcessBuilder(soffice, "--headless", "-env:UserInstallation=file://" + dir.resolve("profilo"),
                "--convert-to", "pdf", "--outdir", dir.toString(), in.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        try {
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("LibreOffice non ha finito la conversione in PDF entro 5 minuti");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("conversione in PDF interrotta");
        }
        Path pdf = dir.resolve("rapporto.pdf");
        if (!Files.exists(pdf)) {
            throw new IOException("LibreOffice non ha scritto il PDF (" + Files.readString(dir.resolve("soffice.log"))
                    .strip() + ")");
        }
        return pdf;
    }

    /** The page of each entry of the contents, in order, from the outline LibreOffice writes for the headings. */
    static List<Integer> pages(Path pdf, List<String[]> entries) throws IOException {
        List<String[]> outline = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDDocumentOutline root = doc.getDocumentCatalog().getDocumentOutline();
            if (root != null) {
                walk(doc, root, outline);
            }
        }
        List<Integer> pages = new ArrayList<>();
        int from = 0;
        for (String[] entry : entries) {
            Integer page = null;
            for (int i = from; i < outline.size(); i++) {
                if (fold(outline.get(i)[0]).equals(fold(entry[1]))) {
                    page = Integer.valueOf(outline.get(i)[1]);
                    from = i + 1;
                    break;
                }
            }
            pages.add(page);
        }
        return pages;
    }

    private static void walk(PDDocument doc, PDOutlineNode node, List<String[]> out) throws IOException {
        for (PDOutlineItem item : node.children()) {
            var page = item.findDestinationPage(doc);
            out.add(new String[] {item.getTitle(), String.valueOf(page == null ? 0 : doc.getPages().indexOf(page) + 1)});
            walk(doc, item, out);
        }
    }

    private static String fold(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** LibreOffice's command where it is installed (the usual places, then the PATH), or null. */
    static String soffice() {
        for (String candidate : SOFFICE) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        String path = System.getenv("PATH");
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            for (String name : new String[] {"soffice", "libreoffice"}) {
                File f = new File(dir, name);
                if (f.canExecute()) {
                    return f.getPath();
                }
            }
        }
        return null;
    }
}
