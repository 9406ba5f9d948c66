package pira.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pira.achievement.Assessment;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Level;
import pira.model.Plan;
import pira.model.Value;
import pira.validation.Finding;

/**
 * The annex the Giunta adopts: cover, contents, the summary of strategic objectives with their weighted
 * achievement, then per level the outcome tables of the year (code, indicator, weight, target, actual,
 * achievement, outcome, responsible unit), the method of calculation, and the appendices of validation findings
 * and source files. Styles come from the template; {@code docs/modello.md} lists the ones used.
 */
public final class DocxReport extends ReportSection {

    /** The styles the report uses; a chamber's template must define them. */
    public static final List<String> STYLES = List.of("Title", "Subtitle", "Heading1", "Heading2", "Heading3",
            "Heading4", "Heading5", "TOC1", "TOC2", "TOC3", "Normal", "TableGrid", DocxStyles.TABLE, DocxStyles.NUMBER,
            DocxStyles.NOT_ASSESSED);
    static final String MISSING = WordXml.MARK + "—";
    static final String MARK_TEXT = WordXml.MARK;
    /** The template used without --template; docs/modello.md says how to make a chamber's own from it. */
    static final String DEFAULT_TEMPLATE = "/pira/report/modello-predefinito.dotx";

    /** Beside a value recognised by OCR, and before the note under the table that says what it means. */
    static final String OCR_MARK = " *";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ITALY);

    private final IndicatorTable indicatorTable;
    private final PlanDifferences differences;
    /** The page of each entry of the contents, where a layout gave them ({@link PdfExport}); else none. */
    private List<Integer> contentsPages = List.of();

    public DocxReport(Plan plan, List<Finding> findings, ReportOptions options) {
        this(plan, findings, options, pira.achievement.ReferenceValues.NONE);
    }

    /**
     * A report whose targets relative to another year ("+10%") also take that year's value from other documents
     * ({@code references}: last year's Relazione, an earlier plan), shown resolved beside the target's text.
     */
    public DocxReport(Plan plan, List<Finding> findings, ReportOptions options,
                      pira.achievement.ReferenceValues references) {
        super(new ReportContext(plan, findings, options, references));
        this.indicatorTable = new IndicatorTable(context);
        this.differences = new PlanDifferences(context);
    }

    /** The document's own date (the cover's), or null where none was given. */
    public java.time.LocalDate date() {
        return options.date();
    }

    /** How many findings the appendix lists: errors and warnings about the plan, not about reading its files. */
    public long findingsInAppendix() {
        return new AppendixSection(context).count();
    }

    /**
     * Writes the document. docx4j makes the package (styles, template, settings); the body is written as text
     * by {@link WordXml} and put in place of docx4j's empty one. docx4j's exception stays inside, so callers
     * (the CLI) never load docx4j.
     */
    public void write(OutputStream out) throws IOException {
        SummarySection summarySection = new SummarySection(context);
        List<SummarySection.SummaryRow> summary = summarySection.rows();
        // the summary's chart is a part of the package, which the body then shows by its relationship
        byte[] chart = summary.isEmpty() ? null : SummaryChart.png(summary.stream()
                .map(SummarySection.SummaryRow::bar).toList());
        ReportPackage pkg = ReportPackage.of(options.template(), options.title(), ente(), subject(), chart);
        pkg.write(body(pkg.headerFooter, summarySection, summary, pkg.imageId), out);
    }

    private String ente() {
        return options.ente() != null ? options.ente() : nz(plan.ente());
    }

    private String subject() {
        return "Tabelle di rendicontazione della performance " + options.year();
    }

    /** The document XML: cover, contents, summary (with its chart, {@code imageId}), outcome tables, method, appendices. */
    private String body(String headerFooter, SummarySection summarySection, List<SummarySection.SummaryRow> summary,
                        String imageId) {
        context.clearHeadings();
        WordXml rest = new WordXml(headerFooter);
        summarySection.write(rest, summary, imageId);
        differences.changedTargets(rest);
        heading(rest, 1, "Tabelle di rendicontazione " + options.year());
        differences.outOfYear(rest);
        for (Element e : plan.elements()) {
            if (calculator.inYear(e)) {
                element(rest, e, 2);
            }
        }
        List<Indicator> planLevel = plan.indicators().stream().filter(calculator::inYear).toList();
        if (!planLevel.isEmpty()) {
            heading(rest, 2, "Indicatori del piano senza obiettivo");
            indicatorTable.write(rest, planLevel, null);
        }
        differences.unplanned(rest);
        new MethodSection(context).write(rest);
        if (options.appendices()) {
            new AppendixSection(context).write(rest);
        }
        // the contents list the headings, so they are written once the rest is known
        WordXml head = new WordXml(headerFooter);
        cover(head);
        // the contents list the sections and the first two levels of the tree, as the field asks (\\o "1-3")
        head.toc("Sommario", contents(), contentsPages);
        head.sectionEnd(false, true);
        String first = head.finish(false);
        String second = rest.finish(true);
        return first.substring(0, first.lastIndexOf("<w:sectPr>")) + second.substring(second.indexOf("<w:body>") + 8);
    }

    private void cover(WordXml w) {
        w.paragraph("Title", ente());
        w.paragraph("Subtitle", options.title());
        if (options.delibera() != null || options.allegato() != null) {
            w.paragraph("Normal", "Allegato" + (options.allegato() == null ? "" : " n. " + options.allegato())
                    + (options.delibera() == null ? "" : " alla deliberazione della Giunta " + options.delibera()));
        }
        if (options.oiv() != null) {
            w.paragraph("Normal", options.oiv());
        }
        if (options.date() != null) {
            w.paragraph("Normal", "Data: " + options.date().format(DATE));
        }
        w.pageBreak();
    }

    /** "Area strategica 1 - Competitività": an element as its heading names it. */
    static String title(Element e) {
        String shortName = shortTitle(e.name());
        return e.level().label() + (e.code() != null ? " " + e.code() : "")
                + (shortName == null ? "" : (e.code() != null ? " - " : " ") + shortName);
    }

    static String abbreviated(String s, int max) {
        String t = nz(s).strip();
        return t.length() <= max ? t : t.substring(0, max - 1).strip() + "…";
    }

    /**
     * An element under a heading of its depth in the tree (mission, programme, strategic and operational objective:
     * Heading2 to Heading5), titled with its code and a short title; the full name, where longer, in the body.
     */
    private void element(WordXml w, Element e, int depth) {
        // "Obiettivo operativo 1.1 - INNOVAZIONE", or "Obiettivo strategico Nome" where the document gives no code
        String shortName = shortTitle(e.name());
        heading(w, Math.min(depth, 5), title(e));
        // what introduces an element's table stays on the page of the table, the heading with it
        List<Indicator> reported = e.indicators().stream().filter(calculator::inYear).toList();
        boolean table = !reported.isEmpty();
        if (e.name() != null && !e.name().equals(shortName)) {
            w.paragraph("Normal", e.name(), table);
        }
        if (e.description() != null) {
            w.paragraph("Normal", e.description(), table);
        }
        if (e.indicatorsWeight() != null || e.childrenWeight() != null) {
            w.paragraph("Normal", "Quote del raggiungimento: indicatori " + (e.indicatorsWeight() == null ? MISSING
                    : e.indicatorsWeight().raw()) + ", livelli inferiori " + (e.childrenWeight() == null ? MISSING
                    : e.childrenWeight().raw()) + ".", table);
        }
        // every objective (and area) says its score, with or without indicators of its own, kept on the page of what
        // follows (its table, or its first child); a mission or programme is a budget classification, whose mean no
        // one adopts
        if (table || e.level() != Level.MISSIONE && e.level() != Level.PROGRAMMA) {
            Assessment a = calculator.element(e);
            boolean scored = a.assessable() && !a.coverage().insufficient();
            w.paragraph("Normal", "Raggiungimento " + options.year() + ": " + (scored
                    // the plain mean is said once, in the method; a rule of the chamber's is said here
                    ? score(a) + (a.method().startsWith("media") ? "" : ", " + a.method())
                    : score(a).replace(MARK_TEXT, "").replaceFirst("^non valutabile: ", "non valutabile (")
                    .replaceFirst(" \\((valutati [^)]*)\\)$", "; $1)")), true);
        }
        if (table) {
            indicatorTable.write(w, reported, e);
        }
        for (Element c : calculator.childrenOf(e)) {
            element(w, c, depth + 1);
        }
    }

    /** What a value said, marked where it was recognised by OCR in a picture (it may be misread). */
    static String shown(Value value) {
        String raw = thousands(value.raw());
        return fromOcr(value) ? raw + OCR_MARK : raw;
    }

    private static final java.util.regex.Pattern BARE_NUMBER = java.util.regex.Pattern.compile(
            "([<>=≤≥]*\\s*)(\\d{4,})(\\s*%?)");

    /** A number the document wrote without the thousands' dots ("4000") as the public administration writes it. */
    static String thousands(String raw) {
        var m = BARE_NUMBER.matcher(raw.strip());
        if (!m.matches()) {
            return raw;
        }
        String digits = m.group(2);
        StringBuilder grouped = new StringBuilder();
        for (int k = 0; k < digits.length(); k++) {
            if (k > 0 && (digits.length() - k) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(k));
        }
        return m.group(1) + grouped + m.group(3);
    }

    static boolean fromOcr(Value value) {
        return value != null && value.location() != null && value.location().fromOcr();
    }

    /**
     * A table whose third column is the weight, left out where the document gives no weights at all (a column of
     * dashes tells the reader nothing); its width goes to the name.
     */
    static void table(WordXml w, List<String> header, List<List<String>> rows, int[] widths,
                              java.util.Set<Integer> numbers, boolean weights) {
        if (weights) {
            w.table(header, rows, widths, DocxStyles.TABLE, numbers);
            return;
        }
        int[] narrower = new int[widths.length - 1];
        for (int c = 0, k = 0; c < widths.length; c++) {
            if (c == 2) {
                narrower[1] += widths[c];
            } else {
                narrower[k++] += widths[c];
            }
        }
        w.table(withoutWeight(header), rows.stream().map(DocxReport::withoutWeight).toList(), narrower,
                DocxStyles.TABLE, numbers.stream().filter(c -> c != 2).map(c -> c > 2 ? c - 1 : c)
                        .collect(java.util.stream.Collectors.toSet()));
    }

    static List<String> withoutWeight(List<String> row) {
        List<String> out = new ArrayList<>(row);
        out.remove(2);
        return out;
    }

    /**
     * The short title of a long name, for headings and the contents: the words before its colon ("INNOVAZIONE:
     * Anticipare le esigenze..."), else, past 120 characters, the first words up to about 100.
     */
    static String shortTitle(String name) {
        if (name == null || name.length() <= 60) {
            return name;
        }
        int colon = name.indexOf(':');
        if (colon > 0 && colon <= 60) {
            return name.substring(0, colon).strip();
        }
        if (name.length() <= 120) {
            return name;
        }
        int cut = name.lastIndexOf(' ', 100);
        return name.substring(0, cut > 20 ? cut : 100).strip() + "…";
    }

    /** The entries of the contents: the sections and the first two levels of the tree (the field's \\o "1-3"). */
    List<String[]> contents() {
        return context.headings().stream().filter(h -> Integer.parseInt(h[0]) <= 3).toList();
    }

    /** The page of each entry of the contents, in order, as a layout of this document gave them. */
    void contentsPages(List<Integer> pages) {
        contentsPages = List.copyOf(pages);
    }

    /** "49,5 %", "100,0 %" (one decimal everywhere) or the marked "non valutabile: reason". */
    static String percent(Assessment a) {
        if (!a.assessable()) {
            return MARK_TEXT + "non valutabile: " + a.reason();
        }
        return a.percent().setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " %";
    }

    /**
     * An element's score with what it rests on, "74,7 % (valutati 2 di 4 obiettivi operativi)"; marked, and said,
     * where it rests on fewer than half of its parts.
     */
    static String score(Assessment a) {
        if (a.coverage() == null) {
            return percent(a);
        }
        if (!a.assessable()) {
            return percent(a) + " (" + a.coverage().describe() + ")";
        }
        // a mean of too few parts is no score: no percentage that would read as a result
        return a.coverage().insufficient() ? MARK_TEXT + "non valutabile: copertura insufficiente ("
                + a.coverage().describe() + ")" : percent(a) + " (" + a.coverage().describe() + ")";
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
