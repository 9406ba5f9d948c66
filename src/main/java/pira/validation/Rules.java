package pira.validation;

import java.util.List;
import pira.validation.rules.CodeHierarchyRule;
import pira.validation.rules.DuplicateCodeRule;
import pira.validation.rules.EmptyLevelRule;
import pira.validation.rules.ImportNotesRule;
import pira.validation.rules.OrphanRule;
import pira.validation.rules.OutcomeRule;
import pira.validation.rules.PlanYearRule;
import pira.validation.rules.StatedAchievementRule;
import pira.validation.rules.TargetNotUnderstoodRule;
import pira.validation.rules.TargetUnitRule;
import pira.validation.rules.TargetYearsRule;
import pira.validation.rules.UnitTargetsRule;
import pira.validation.rules.WeightsPartialRule;
import pira.validation.rules.WeightsSumRule;

/** The registry: every rule, in the order {@code docs/regole.md} lists them. */
public final class Rules {

    public static final List<Rule> ALL = List.of(
            new WeightsSumRule(),
            new WeightsPartialRule(),
            new PlanYearRule(),
            new TargetYearsRule(),
            new TargetNotUnderstoodRule(),
            new pira.validation.rules.FractionValueRule(),
            new pira.validation.rules.TargetDirectionRule(),
            new TargetUnitRule(),
            new UnitTargetsRule(),
            new pira.validation.rules.ProgressFallsRule(),
            new DuplicateCodeRule(),
            new pira.validation.rules.SharedCodeRule(),
            new CodeHierarchyRule(),
            new OrphanRule(),
            new OutcomeRule(),
            new StatedAchievementRule(),
            new pira.validation.rules.TargetChangedRule(),
            new EmptyLevelRule(),
            new ImportNotesRule(),
            new pira.validation.rules.OcrValueRule());

    private Rules() {
    }
}
