package pira.validation.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pira.validation.Finding;
import pira.validation.Severity;

/** The result of validating some inputs: the same inputs always give the same report. */
public record ValidationReport(String schemaVersion, BigDecimal tolerance, List<ValidatedFile> files) {

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
