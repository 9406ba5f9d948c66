package pira.report;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What the report says about itself: the year reported, the chamber, the title, the resolution it is annexed to and
 * the annex's number, the OIV's validation line, the date (null: none on the cover), the chamber's own template (null
 * for the built-in one), whether achievement is capped at 100%, and whether the appendices (findings, sources) are
 * written, the outcome bands of the chamber's measurement system, and the chamber's choices about what the scores
 * rest on (the plan's or the reported target, unplanned indicators, declared outcomes).
 */
public record ReportOptions(int year, String ente, String title, String delibera, LocalDate date, Path template,
                            boolean cap, String allegato, String oiv, boolean appendices,
                            pira.achievement.OutcomeBands bands, pira.achievement.Choices choices,
                            pira.achievement.PeriodRule periods) {

    public ReportOptions {
        periods = periods == null ? pira.achievement.PeriodRule.LAST : periods;
    }

    /** The options with the period rule by default: the last period monitored. */
    public ReportOptions(int year, String ente, String title, String delibera, LocalDate date, Path template,
                         boolean cap, String allegato, String oiv, boolean appendices,
                         pira.achievement.OutcomeBands bands, pira.achievement.Choices choices) {
        this(year, ente, title, delibera, date, template, cap, allegato, oiv, appendices, bands, choices, null);
    }

    /** These options with the rule choosing the period a score rests on ({@code --periodo}, {@code periodo:}). */
    public ReportOptions withPeriods(pira.achievement.PeriodRule rule) {
        return new ReportOptions(year, ente, title, delibera, date, template, cap, allegato, oiv, appendices, bands,
                choices, rule);
    }

    /** The document's title: "Relazione sulla performance 2019 - Tabelle di rendicontazione". */
    public static String title(String kind, int year) {
        return kind + " " + year + " - Tabelle di rendicontazione";
    }

    /**
     * The Relazione's document of {@code year} as it is written without a person's choices (the workspace, the demo):
     * no resolution, date, annex number nor OIV line, no appendices, achievement capped at 100%.
     */
    public static ReportOptions relazione(int year, String ente, Path template, pira.achievement.OutcomeBands bands,
                                          pira.achievement.Choices choices) {
        return new ReportOptions(year, ente, title("Relazione sulla performance", year), null, null, template, true,
                null, null, false, bands, choices);
    }

    /** A report with its appendices, without annex number nor OIV line, with the default outcome bands. */
    public ReportOptions(int year, String ente, String title, String delibera, LocalDate date, Path template,
                         boolean cap) {
        this(year, ente, title, delibera, date, template, cap, null, null, true, pira.achievement.OutcomeBands.DEFAULT,
                pira.achievement.Choices.DEFAULT);
    }
}
