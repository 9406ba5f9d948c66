package pira.validation.rules;

import java.util.ArrayList;
import java.util.List;
import pira.model.Plan;
import pira.validation.Finding;
import pira.validation.Rule;
import pira.validation.ValidationContext;

/** Runs every rule on a plan and returns the findings in their stable order. */
public final class Validator {

    private final List<Rule> rules;
    private final ValidationContext context;

    public Validator(List<Rule> rules, ValidationContext context) {
        this.rules = List.copyOf(rules);
        this.context = context;
    }

    public Validator(ValidationContext context) {
        this(Rules.ALL, context);
    }

    public List<Finding> validate(Plan plan) {
        List<Finding> all = new ArrayList<>();
        for (Rule rule : rules) {
            all.addAll(rule.run(plan, context));
        }
        all.sort(Finding.ORDER);
        return all;
    }
}
