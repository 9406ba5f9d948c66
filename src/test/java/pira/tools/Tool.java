package pira.tools;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A program outside Java that some tests need, how to tell it is installed, and the Debian package that brings it;
 * {@code .ci/run} installs them all.
 */
public enum Tool {
    LIBREOFFICE("LibreOffice (soffice)", "libreoffice-writer") {
        @Override
        boolean installed() {
            return pira.report.PdfExport.available();
        }
    },
    TESSERACT("Tesseract con l'italiano", "tesseract-ocr tesseract-ocr-ita") {
        @Override
        boolean installed() {
            return onPath("tesseract") && List.of(Path.of("/usr/share/tesseract-ocr"), Path.of("/usr/share/tessdata"))
                    .stream().anyMatch(Tool::hasItalian);
        }
    },
    CHROMIUM("Chromium", "chromium") {
        @Override
        boolean installed() {
            return browser() != null;
        }
    };

    private final String label;
    private final String packages;

    Tool(String label, String packages) {
        this.label = label;
        this.packages = packages;
    }

    abstract boolean installed();

    /** Why a test of this tool does not run here, and what makes it run. */
    String missing() {
        return "manca " + label + ": apt-get install " + packages + " (bash .ci/run lo installa)";
    }

    /** The headless browser's command, or null. */
    public static String browser() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean onPath(String name) {
        String path = System.getenv("PATH");
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            if (new File(dir, name).canExecute()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasItalian(Path root) {
        if (!Files.isDirectory(root)) {
            return false;
        }
        try (var files = Files.walk(root, 4)) {
            return files.anyMatch(f -> f.getFileName().toString().equals("ita.traineddata"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
