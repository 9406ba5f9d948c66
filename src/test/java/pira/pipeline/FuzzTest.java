package pira.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pira.mapping.BuiltinMappings;
import pira.mapping.MappingCandidate;

/**
 * Every sample, damaged the ways files are damaged (bytes flipped, cut short, zip entries removed, doubled or
 * corrupted, a cell made enormous), with a fixed seed and a bounded budget: each import ends, soon, in a success or
 * a clean Italian message; never an error of pira, an Error, a stack trace or a library's log on the console.
 */
class FuzzTest {

    private static final long SEED = 20261130L;
    private static final int MUTANTS = 5;

    @TempDir
    Path dir;

    static Stream<String> samples() {
        return pira.Samples.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void damagedSamplesFailCleanlyOrImport(String sample) throws Exception {
        List<MappingCandidate> mappings = BuiltinMappings.load();
        byte[] original = Files.readAllBytes(Path.of("samples", sample));
        Random random = new Random(SEED + sample.hashCode());
        List<String> problems = new ArrayList<>();
        PrintStream console = System.err;
        PrintStream standard = System.out;
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        ByteArrayOutputStream seenOut = new ByteArrayOutputStream();
        System.setErr(new PrintStream(seen, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(seenOut, true, StandardCharsets.UTF_8));
        try {
            for (int m = 0; m < MUTANTS; m++) {
                Path mutant = dir.resolve(m + "-" + sample);
                Files.write(mutant, mutate(original, sample, m, random));
                ImportResult result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                        () -> new Importer(mappings, null).importFile(mutant));
                if (!result.ok() && (result.failure() == ImportResult.Failure.UNEXPECTED
                        || result.error().matches("(?s).*(Exception|java\\.|\\bat org\\.|/tmp/|/work/).*"))) {
                    problems.add(mutant.getFileName() + " (" + kind(m) + "): " + result.error());
                }
            }
        } finally {
            System.setErr(console);
            System.setOut(standard);
        }
        assertThat(problems).isEmpty();
        assertThat(seen.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(seenOut.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    /**
     * Issue 25: a page whose content stream breaks off (a hex string never closed) made tabula print PDFBox's 30-line
     * stack trace on the error stream before pira's message. Through the whole command line, every stream: pira's
     * message only.
     */
    @org.junit.jupiter.api.Test
    void aDamagedPageGivesPirasMessageAndNoStackTraceOnAnyStream() throws Exception {
        Path pdf = dir.resolve("pagina-rotta.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            org.apache.pdfbox.pdmodel.common.PDStream content = new org.apache.pdfbox.pdmodel.common.PDStream(doc,
                    new java.io.ByteArrayInputStream("BT /F1 12 Tf 72 700 Td <4142434".getBytes(
                            StandardCharsets.US_ASCII)));
            page.setContents(content);
            doc.save(pdf.toFile());
        }
        PrintStream console = System.err;
        PrintStream standard = System.out;
        ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
        ByteArrayOutputStream systemOut = new ByteArrayOutputStream();
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(systemOut, true, StandardCharsets.UTF_8));
        try {
            pira.cli.Main.run(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), "validate",
                    pdf.toString());
        } finally {
            System.setErr(console);
            System.setOut(standard);
        }
        String all = out + "\n" + err + "\n" + systemOut.toString(StandardCharsets.UTF_8) + "\n"
                + systemErr.toString(StandardCharsets.UTF_8);
        assertThat(all).contains("pagina-rotta.pdf: il PDF è danneggiato");
        assertThat(all).doesNotContain("Exception", "\tat ", "org.apache", "Missing closing bracket");
    }

    private static String kind(int m) {
        return switch (m % MUTANTS) {
            case 0 -> "byte cambiati";
            case 1 -> "troncato";
            case 2 -> "voce zip tolta o blocco tolto";
            case 3 -> "voce zip doppia o corrotta";
            default -> "cella enorme";
        };
    }

    private static byte[] mutate(byte[] bytes, String sample, int m, Random random) throws IOException {
        boolean zip = sample.endsWith(".xlsx") || sample.endsWith(".docx");
        return switch (m % MUTANTS) {
            case 0 -> flip(bytes, random, 1 + random.nextInt(40));
            case 1 -> java.util.Arrays.copyOf(bytes, 16 + random.nextInt(Math.max(1, bytes.length - 16)));
            case 2 -> zip ? rezip(bytes, random, false) : cut(bytes, random);
            case 3 -> zip ? rezip(bytes, random, true) : flip(bytes, random, 400);
            default -> zip || sample.endsWith(".pdf") ? flip(bytes, random, 5) : longCell(bytes);
        };
    }

    private static byte[] flip(byte[] bytes, Random random, int count) {
        byte[] out = bytes.clone();
        for (int i = 0; i < count; i++) {
            out[16 + random.nextInt(out.length - 16)] = (byte) random.nextInt(256);
        }
        return out;
    }

    /** A block taken out of the middle. */
    private static byte[] cut(byte[] bytes, Random random) {
        int from = 16 + random.nextInt(bytes.length / 2);
        int to = Math.min(bytes.length, from + 1 + random.nextInt(bytes.length / 3));
        byte[] out = new byte[bytes.length - (to - from)];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(bytes, to, out, from, bytes.length - to);
        return out;
    }

    /** The zip written again with one entry left out, or with one entry doubled and another's bytes corrupted. */
    private static byte[] rezip(byte[] bytes, Random random, boolean doubleAndCorrupt) throws IOException {
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                contents.add(in.readAllBytes());
            }
        }
        int victim = random.nextInt(names.size());
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(buffer)) {
            for (int i = 0; i < names.size(); i++) {
                if (i == victim && !doubleAndCorrupt) {
                    continue;
                }
                byte[] content = i == victim ? flip(pad(contents.get(i)), random, 30) : contents.get(i);
                out.putNextEntry(new ZipEntry(names.get(i)));
                out.write(content);
                out.closeEntry();
                if (i == victim) {
                    try {
                        out.putNextEntry(new ZipEntry(names.get(i)));
                    } catch (java.util.zip.ZipException duplicate) {
                        out.putNextEntry(new ZipEntry(names.get(i) + ".copia"));
                    }
                    out.write(contents.get(i));
                    out.closeEntry();
                }
            }
        }
        return buffer.toByteArray();
    }

    private static byte[] pad(byte[] b) {
        return b.length > 20 ? b : java.util.Arrays.copyOf(b, 40);
    }

    /** The first data cell of a text file made 8 KB of digits and dots. */
    private static byte[] longCell(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int line = text.indexOf('\n', text.indexOf('\n') + 1);
        return (text.substring(0, line + 1) + "1.000".repeat(1700) + text.substring(line + 1))
                .getBytes(StandardCharsets.ISO_8859_1);
    }
}
