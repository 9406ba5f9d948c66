package pira.source;

import java.util.Locale;

/** The file kinds pira reads. */
public enum SourceFormat {
    XLSX, XLS, CSV, PDF, DOCX;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
