package pira.report;

import java.util.ArrayList;
import java.util.List;
import pira.achievement.AchievementCalculator;
import pira.achievement.AchievementOptions;
import pira.achievement.ReferenceValues;
import pira.model.Plan;
import pira.validation.Finding;

/**
 * What every part of the Giunta's document reads: the plan, its findings, the options, the calculator of the year with
 * the chamber's choices, whether the plan gives weights; and the headings written so far, for the contents.
 */
final class ReportContext {

    final Plan plan;
    final List<Finding> findings;
    final ReportOptions options;
    final AchievementCalculator calculator;
    /** Whether any indicator of the plan has a weight: else the indicator tables leave the column out. */
    final boolean indicatorWeights;
    /** The headings written, {level, text, bookmark}, for the table of contents. */
    private final List<String[]> headings = new ArrayList<>();

    ReportContext(Plan plan, List<Finding> findings, ReportOptions options, ReferenceValues references) {
        this.plan = plan;
        this.findings = findings;
        this.options = options;
        this.calculator = new AchievementCalculator(options.year(), options.cap(), references, options.choices(),
                AchievementOptions.of(plan, options.periods()));
        this.indicatorWeights = plan.allIndicators().stream().anyMatch(i -> i.weight() != null);
    }

    /** A heading of {@code level}, bookmarked and listed for the contents. */
    void heading(WordXml w, int level, String text) {
        int id = headings.size() + 1;
        String bookmark = "_Toc" + id;
        headings.add(new String[] {String.valueOf(level), text, bookmark});
        w.heading("Heading" + level, text, id, bookmark);
    }

    List<String[]> headings() {
        return headings;
    }

    void clearHeadings() {
        headings.clear();
    }
}
