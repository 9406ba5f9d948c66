package pira.tools;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs a {@link Needs} test where its programs are installed, or where they are required (CI, where {@code .ci/run}
 * installs them and the environment says {@code CI=true}, or {@code -Dpira.strumenti=obbligatori}); skips it otherwise.
 */
public final class NeedsCondition implements ExecutionCondition {

    /** The system property {@code .ci/run} sets so that a missing program fails its tests instead of skipping them. */
    static final String REQUIRED = "pira.strumenti";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<String> missing = new ArrayList<>();
        context.getElement().flatMap(e -> AnnotationSupport.findAnnotation(e, Needs.class)).ifPresent(n -> {
            for (Tool t : n.value()) {
                if (!t.installed()) {
                    missing.add(t.missing());
                }
            }
        });
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("strumenti presenti");
        }
        if ("obbligatori".equals(System.getProperty(REQUIRED)) || "true".equals(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("strumenti obbligatori: il test fallisce senza "
                    + String.join("; ", missing));
        }
        return ConditionEvaluationResult.disabled("saltato, " + String.join("; ", missing));
    }
}
