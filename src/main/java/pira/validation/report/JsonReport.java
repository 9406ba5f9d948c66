package pira.validation.report;

import pira.model.CanonicalJson;

/** The report for machines: files, counts, findings with rule, severity, location, code and message. */
public final class JsonReport {

    private JsonReport() {
    }

    public static String render(ValidationReport report) {
        return CanonicalJson.toJson(report);
    }
}
