package pira.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The one check every zipped file pira opens goes through before POI or docx4j see it (XLSX and DOCX inputs, the Word
 * templates of {@code report}, {@code confronta} and the workspace's {@code modello}): a file that inflates far beyond
 * its size on disk (a "zip bomb") is refused with the same Italian message wherever it is opened, before any library
 * builds it in memory. The entries are inflated and counted, not trusted by what the archive declares, and the check
 * stops at the first limit passed: a bomb costs milliseconds, not the gigabytes it would become.
 *
 * <p>A file that is not a zip at all is not this check's business: it returns, and the reader says what it says about a
 * damaged file.
 */
public final class ArchiveGuard {

    /** More entries than any office document has (POI's own default). */
    public static final int MAX_ENTRIES = 1000;
    /** The most all entries may inflate to, together. */
    public static final long MAX_INFLATED = 256L * 1024 * 1024;
    /** The most one entry may inflate for every byte it takes in the archive (POI's minimum inflate ratio 0.01). */
    public static final long MAX_RATIO = 100;
    /** Below this, an entry's ratio is not looked at (small XML compresses very well): POI's grace size. */
    static final long GRACE = 100 * 1024;

    private ArchiveGuard() {
    }

    /** Why a zipped file is refused: its message is the Italian text for the user. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /**
     * Refuses {@code file} if it is a zip that inflates beyond the limits; {@code shown} is how messages name it (its
     * name, or its place in the workspace).
     */
    public static void check(Path file, String shown) throws Refused {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw refused(shown, "contiene " + zip.size() + " parti, più di " + MAX_ENTRIES);
            }
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                long packed = Math.max(entry.getCompressedSize(), 1);
                // what the archive declares, first: a bomb that says what it is costs nothing
                if (entry.getSize() > GRACE && entry.getSize() / packed > MAX_RATIO) {
                    throw refused(shown, ratio(entry));
                }
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        inflated += n;
                        total += n;
                        if (inflated > GRACE && inflated / packed > MAX_RATIO) {
                            throw refused(shown, ratio(entry));
                        }
                        if (total > MAX_INFLATED) {
                            throw refused(shown, "decompresso supera " + MAX_INFLATED / (1024 * 1024) + " MB");
                        }
                    }
                }
            }
        } catch (Refused e) {
            throw e;
        } catch (ZipException | RuntimeException e) {
            // not a zip, or a damaged one: the reader says so in its own words
        } catch (IOException e) {
            // unreadable: the opener says so
        }
    }

    private static String ratio(ZipEntry entry) {
        return "la parte " + entry.getName() + " si espande più di " + MAX_RATIO + " volte";
    }

    private static Refused refused(String shown, String why) {
        return new Refused(message(shown, why));
    }

    /** The message, also for a bomb POI itself stops while reading. */
    public static String message(String shown, String why) {
        return shown + ": il file si espande in modo anomalo una volta decompresso (possibile \"zip bomb\""
                + (why == null ? "" : ": " + why) + ") e non viene aperto. Chiedere a chi l'ha inviato una copia"
                + " salvata di nuovo con Word, Excel o LibreOffice.";
    }
}
