package pira.validation.rules;

import java.util.List;
import pira.validation.Rule;

/** The registry: every rule, in the order {@code docs/regole.md} lists them. */
public final class Rules {

    public static final List<Rule> ALL = List.of(
            new WeightsSumRule(),
            new WeightsPartialRule(),
            new PlanYearRule(),
            new TargetYearsRule(),
            new TargetNotUnderstoodRule(),
            new FractionValueRule(),
            new TargetDirectionRule(),
            new TargetUnitRule(),
            new UnitTargetsRule(),
            new ProgressFallsRule(),
            new DuplicateCodeRule(),
            new SharedCodeRule(),
            new CodeHierarchyRule(),
            new OrphanRule(),
            new OutcomeRule(),
            new StatedAchievementRule(),
            new TargetChangedRule(),
            new EmptyLevelRule(),
            new ImportNotesRule(),
            new OcrValueRule());

    private Rules() {
    }
}
