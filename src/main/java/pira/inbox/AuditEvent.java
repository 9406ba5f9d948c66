package pira.inbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One line of {@code audit.jsonl}: when, which file (and its SHA-256), which mapping, the outcome
 * ({@code importato}, {@code fallito}, {@code duplicato}, {@code documento} for a Giunta document written), where the
 * outputs went, the counts of findings; for a document, the models it joins and its {@code key} (see
 * {@link GiuntaDocuments}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEvent(String id, String time, String file, String sha256, String mapping, String outcome,
                         String original, String model, String report, Integer errors, Integer warnings,
                         Integer information, String message, List<String> sources,
                         String key) {

    public AuditEvent(String id, String time, String file, String sha256, String mapping, String outcome,
                      String original, String model, String report, Integer errors, Integer warnings,
                      Integer information, String message) {
        this(id, time, file, sha256, mapping, outcome, original, model, report, errors, warnings, information, message,
                null, null);
    }
}
