package pira.report;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What the report says about itself: the year reported, the chamber, the title, the resolution it is annexed to,
 * the date, the chamber's own template (null for the built-in one), and whether achievement is capped at 100%.
 */
public record ReportOptions(int year, String ente, String title, String delibera, LocalDate date, Path template,
                            boolean cap) {
}
