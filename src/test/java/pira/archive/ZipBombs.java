package pira.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Zip bombs made by the tests, small on disk: a real office file whose one part is replaced by megabytes of zeros,
 * deflated as they are streamed (never allocated). No binary fixture is committed.
 */
public final class ZipBombs {

    /** The template in pira's jar, a real .dotx to make a bomb of. */
    public static final String TEMPLATE = "/pira/report/modello-predefinito.dotx";

    private ZipBombs() {
    }

    /** {@code source} with its part {@code part} (added if absent) made of {@code megabytes} MB of zeros. */
    public static Path of(Path source, Path target, String part, int megabytes) throws IOException {
        try (ZipFile in = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().equals(part)) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(part));
            zeros(out, megabytes);
            out.closeEntry();
        }
        return target;
    }

    /** The template of pira's jar with {@code word/styles.xml} of {@code megabytes} MB of zeros. */
    public static Path template(Path target, int megabytes) throws IOException {
        Path plain = target.resolveSibling(target.getFileName() + ".sano.dotx");
        try (InputStream in = ZipBombs.class.getResourceAsStream(TEMPLATE)) {
            Files.copy(in, plain);
        }
        try {
            return of(plain, target, "word/styles.xml", megabytes);
        } finally {
            Files.delete(plain);
        }
    }

    private static void zeros(OutputStream out, int megabytes) throws IOException {
        byte[] mb = new byte[1024 * 1024];
        for (int i = 0; i < megabytes; i++) {
            out.write(mb);
        }
    }
}
