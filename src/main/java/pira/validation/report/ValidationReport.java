package pira.validation.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pira.validation.Finding;
import pira.validation.Severity;

/**
 * The result of validating some inputs: the same inputs always give the same report. {@code generated}, the time of
 * the run, is there only where the user asked for it (validate --con-data): then two runs differ by it alone.
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record ValidationReport(String schemaVersion, BigDecimal tolerance, List<ValidatedFile> files,
                               String generated) {

    public ValidationReport(String schemaVersion, BigDecimal tolerance, List<ValidatedFile> files) {
        this(schemaVersion, tolerance, files, null);
    }

    /** The same report, stamped with the time of its run. */
    public ValidationReport at(String time) {
        return new ValidationReport(schemaVersion, tolerance, files, time);
    }

    public static final String SCHEMA_VERSION = "1.0";

    /** What wrote the report, for an auditor who archives runs and compares them. */
    @JsonProperty("generator")
    String generator() {
        return pira.model.Version.NAME;
    }

    public ValidationReport {
        files = List.copyOf(files);
    }

    /** The counts as JSON writes them: {"errore": 2, "avviso": 5, "informazione": 1}. */
    @JsonProperty("counts")
    Map<String, Integer> countsById() {
        return byId(counts());
    }

    static Map<String, Integer> byId(Map<Severity, Integer> counts) {
        Map<String, Integer> m = new LinkedHashMap<>();
        counts.forEach((s, n) -> m.put(s.id(), n));
        return m;
    }

    @JsonIgnore
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> total = ValidatedFile.zero();
        for (ValidatedFile f : files) {
            f.counts().forEach((s, n) -> total.merge(s, n, Integer::sum));
        }
        return total;
    }

    @JsonIgnore
    public long unreadable() {
        return files.stream().filter(f -> f.error() != null).count();
    }

    static Map<Severity, Integer> count(List<Finding> findings) {
        Map<Severity, Integer> m = ValidatedFile.zero();
        for (Finding f : findings) {
            m.merge(f.severity(), 1, Integer::sum);
        }
        return m;
    }

    /** "2 errori, 5 avvisi, 1 informazioni". */
    public static String describe(Map<Severity, Integer> counts) {
        return pira.model.Counted.of(counts.get(Severity.ERRORE), "errore", "errori") + ", "
                + pira.model.Counted.of(counts.get(Severity.AVVISO), "avviso", "avvisi") + ", "
                + pira.model.Counted.of(counts.get(Severity.INFORMAZIONE), "informazione", "informazioni");
    }
}
