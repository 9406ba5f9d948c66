package pira.validation.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import pira.validation.Finding;
import pira.validation.Severity;

/** One input of a validation run: its findings, or why it could not be read. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValidatedFile(String file, String sha256, String mapping, String error, List<Finding> findings,
                            String mappingSha256) {

    public ValidatedFile(String file, String sha256, String mapping, String error, List<Finding> findings) {
        this(file, sha256, mapping, error, findings, null);
    }

    public ValidatedFile {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public static ValidatedFile unreadable(String file, String error) {
        return new ValidatedFile(file, null, null, error, List.of());
    }

    /**
     * What the verdict adds where the Relazione changed targets of the plan (", con 5 target modificati rispetto al
     * piano"): such a file is not "valido" without saying so; empty otherwise.
     */
    public String changedTargets() {
        long n = findings.stream().filter(x -> x.rule().equals("TARGET-MODIFICATO")).count();
        return n == 0 ? "" : n == 1 ? ", con un target modificato rispetto al piano"
                : ", con " + n + " target modificati rispetto al piano";
    }

    /** The counts as JSON writes them: {"errore": 2, "avviso": 5, "informazione": 1}. */
    @JsonProperty("counts")
    Map<String, Integer> countsById() {
        return ValidationReport.byId(counts());
    }

    @JsonIgnore
    public Map<Severity, Integer> counts() {
        return ValidationReport.count(findings);
    }

    static Map<Severity, Integer> zero() {
        Map<Severity, Integer> m = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            m.put(s, 0);
        }
        return m;
    }
}
