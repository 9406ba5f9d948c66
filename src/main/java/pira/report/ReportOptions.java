package pira.report;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What the report says about itself: the year reported, the chamber, the title, the resolution it is annexed to and
 * the annex's number, the OIV's validation line, the date (null: none on the cover), the chamber's own template (null
 * for the built-in one), whether achievement is capped at 100%, and whether the appendices (findings, sources) are
 * written, the outcome bands of the chamber's measurement system, and whether a target the Relazione changed gave
 * way to the plan's ({@code --target-piano}) when the two were joined.
 */
public record ReportOptions(int year, String ente, String title, String delibera, LocalDate date, Path template,
                            boolean cap, String allegato, String oiv, boolean appendices,
                            pira.achievement.OutcomeBands bands, boolean planTargets) {

    /** A report with its appendices, without annex number nor OIV line, with the default outcome bands. */
    public ReportOptions(int year, String ente, String title, String delibera, LocalDate date, Path template,
                         boolean cap) {
        this(year, ente, title, delibera, date, template, cap, null, null, true, pira.achievement.OutcomeBands.DEFAULT,
                false);
    }
}
