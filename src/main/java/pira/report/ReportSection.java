package pira.report;

import java.util.List;
import pira.achievement.AchievementCalculator;
import pira.achievement.Assessment;
import pira.model.Plan;
import pira.validation.Finding;

/** A part of the Giunta's document, reading the {@link ReportContext} they all share. */
abstract class ReportSection {

    final ReportContext context;
    final Plan plan;
    final List<Finding> findings;
    final ReportOptions options;
    final AchievementCalculator calculator;
    final boolean indicatorWeights;

    ReportSection(ReportContext context) {
        this.context = context;
        this.plan = context.plan;
        this.findings = context.findings;
        this.options = context.options;
        this.calculator = context.calculator;
        this.indicatorWeights = context.indicatorWeights;
    }

    void heading(WordXml w, int level, String text) {
        context.heading(w, level, text);
    }

    /** An element's outcome by the bands, marked where it has none. */
    String elementOutcome(Assessment a) {
        String o = options.bands().outcome(a);
        return a.assessable() && !(a.coverage() != null && a.coverage().insufficient()) ? o : WordXml.MARK + o;
    }
}
