package pira.validation;

import java.util.List;
import pira.model.Plan;

/**
 * A validation rule: independent of file formats, it looks at the plan model only. Declares itself with
 * {@link RuleInfo}; reports through {@link Findings} so that every finding carries the rule's id and severity.
 */
public interface Rule {

    void check(Plan plan, ValidationContext context, Findings findings);

    default RuleInfo info() {
        return getClass().getAnnotation(RuleInfo.class);
    }

    /** Convenience for tests: the findings of this rule alone. */
    default List<Finding> run(Plan plan, ValidationContext context) {
        Findings findings = new Findings(this);
        check(plan, context, findings);
        return findings.list();
    }
}
