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

    /**
     * The report as DOCX and PDF, the contents with their page numbers; LibreOffice's folder in the system's temporary
     * folder, removed when done, at the exit of a killed run (shutdown hook) or, after a hard kill, at the next start
     * of pira (folders of processes no longer running, see {@link #sweepTemporary}).
     */
    public static Documents render(DocxReport report) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        sweepTemporary(tmp);
        return render(report, tmp);
    }

    /**
     * The report as DOCX and PDF, LibreOffice working in a new folder inside {@code parent} (a workspace's staging,
     * which the next pass clears if this one is killed), removed when done.
     */
    public static Documents render(DocxReport report, Path parent) throws IOException {
        String soffice = soffice();
        if (soffice == null) {
            throw new IOException("LibreOffice non trovato: il PDF (--pdf) lo richiede; installarlo (per esempio"
                    + " apt-get install libreoffice-writer)");
        }
        Files.createDirectories(parent);
        Path work = Files.createTempDirectory(parent, PREFIX + ProcessHandle.current().pid() + "-");
        Thread cleanup = new Thread(() -> {
            abandon();
            delete(work);
        }, "pira-pdf-pulizia");
        boolean hooked = false;
        try {
            Runtime.getRuntime().addShutdownHook(cleanup);
            hooked = true;
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already going down: the finally below still cleans
        }
        try {
            Path first = convert(soffice, bytes(report), work.resolve("prima"));
            report.contentsPages(pages(first, report.contents()));
            byte[] document = bytes(report);
            Path second = convert(soffice, document, work.resolve("seconda"));
            return new Documents(document, stable(Files.readAllBytes(second), document, report.date()));
        } finally {
            delete(work);
            if (hooked) {
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanup);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs, and finds nothing left to do
                }
            }
        }
    }

    /** The start of the names of LibreOffice's working folders: then the process id, a dash and a random part. */
    static final String PREFIX = "pira-pdf";

    /** The date a PDF says it was made where the document has no date of its own. */
    static final java.time.LocalDate FIXED_DATE = java.time.LocalDate.of(2000, 1, 1);

    /** The LibreOffice processes running now, destroyed by {@link #abandon()}. */
    private static final java.util.Set<Process> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Stops the conversions in progress (a run that is stopping): they fail, and their folders go. */
    public static void abandon() {
        for (Process p : RUNNING) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    /**
     * Removes from {@code tmp} the working folders of pira runs no longer running (a run killed before it could clean),
     * and those of the older pira that named no process (a day old at least).
     */
    static void sweepTemporary(Path tmp) {
        try (java.nio.file.DirectoryStream<Path> s = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path dir : s) {
                String rest = dir.getFileName().toString().substring(PREFIX.length());
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)-.*").matcher(rest);
                boolean gone;
                if (m.matches()) {
                    gone = ProcessHandle.of(Long.parseLong(m.group(1))).map(h -> !h.isAlive()).orElse(true);
                } else {
                    gone = Files.getLastModifiedTime(dir).toMillis()
                            < System.currentTimeMillis() - java.time.Duration.ofDays(1).toMillis();
                }
                if (gone && Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    delete(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            // another user's folder, or one going away: left to the system
        }
    }

    /**
     * LibreOffice's PDF made the same at every run: its dates (creation, modification; in the information and in the
     * XMP metadata, if any) are the document's own date, or {@link #FIXED_DATE}, and its identifier (/ID) is derived
     * from the DOCX it was made from, instead of the time of the conversion.
     */
    static byte[] stable(byte[] pdf, byte[] docx, java.time.LocalDate date) throws IOException {
        java.util.Calendar when = java.util.GregorianCalendar.from((date == null ? FIXED_DATE : date)
                .atStartOfDay(java.time.ZoneOffset.UTC));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.pdmodel.PDDocumentInformation info = doc.getDocumentInformation();
            info.setCreationDate(when);
            info.setModificationDate(when);
            doc.getDocumentCatalog().setMetadata(null);
            byte[] id = java.util.Arrays.copyOf(sha256(docx), 16);
            org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            doc.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path work) {
        if (!Files.exists(work, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | RuntimeException e) {
            // what is left is swept at the next start
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
        RUNNING.add(p);
        try {
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("LibreOffice non ha finito la conversione in PDF entro 5 minuti");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("conversione in PDF interrotta");
        } finally {
            RUNNING.remove(p);
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
