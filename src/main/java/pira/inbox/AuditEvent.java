package pira.inbox;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of {@code audit.jsonl}: when, which file (and its SHA-256), which mapping, the outcome
 * ({@code importato}, {@code fallito}, {@code duplicato}), where the outputs went, the counts of findings.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEvent(String id, String time, String file, String sha256, String mapping, String outcome,
                         String original, String model, String report, Integer errors, Integer warnings,
                         Integer information, String message) {
}
