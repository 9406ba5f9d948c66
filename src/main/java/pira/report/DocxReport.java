package pira.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.Locale;
import pira.achievement.AchievementCalculator;
import pira.achievement.Assessment;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Level;
import pira.model.Plan;
import pira.model.SourceFile;
import pira.model.Value;
import pira.validation.Finding;

/**
 * The annex the Giunta adopts: cover, contents, the summary of strategic objectives with their weighted
 * achievement, then per level the outcome tables of the year (code, indicator, weight, target, actual,
 * achievement, outcome, responsible unit), the method of calculation, and the appendices of validation findings
 * and source files. Styles come from the template; {@code docs/modello.md} lists the ones used.
 */
public final class DocxReport {

    /** The styles the report uses; a chamber's template must define them. */
    public static final List<String> STYLES = List.of("Title", "Subtitle", "Heading1", "Heading2", "Heading3",
            "Heading4", "Heading5", "TOC1", "TOC2", "TOC3", "Normal", "TableGrid", DocxStyles.TABLE, DocxStyles.NUMBER,
            DocxStyles.NOT_ASSESSED);
    static final String MISSING = WordXml.MARK + "—";
    private static final String MARK_TEXT = WordXml.MARK;
    /** The template used without --template; docs/modello.md says how to make a chamber's own from it. */
    static final String DEFAULT_TEMPLATE = "/pira/report/modello-predefinito.dotx";
    /** How many findings the appendix lists: errors and warnings about the plan, not about reading its files. */
    public long findingsInAppendix() {
        return findings.stream().filter(f -> f.severity() != pira.validation.Severity.INFORMAZIONE
                && !READING.contains(f.cause())).count();
    }

    /**
     * The findings about how a file was read (its columns, rows and sheets as the mapping found them), which say
     * nothing of the plan: they stay in the validation report, the Giunta's appendix counts them.
     */
    private static final java.util.Set<String> READING = java.util.Set.of("IMPORTAZIONE.RIGA-IGNORATA",
            "IMPORTAZIONE.COLONNA-ASSENTE", "IMPORTAZIONE.COLONNE-NON-LETTE", "IMPORTAZIONE.FOGLI-NON-LETTI",
            "IMPORTAZIONE.FOGLIO-NASCOSTO", "IMPORTAZIONE.RIGA-NASCOSTA", "IMPORTAZIONE.INTESTAZIONE-PIU-LUNGA",
            "IMPORTAZIONE.LIVELLO-ASSENTE", "IMPORTAZIONE.LIVELLO-NON-LETTO", "IMPORTAZIONE.INDICATORE-NON-LETTO",
            "IMPORTAZIONE.INDICATORE-SENZA-LIVELLO", "IMPORTAZIONE.RIGA-SPEZZATA", "IMPORTAZIONE.RIGHE-NON-CORRISPONDENTI",
            "IMPORTAZIONE.PIU-INDICATORI-IN-UNA-CELLA", "IMPORTAZIONE.altro");

    /** What a group of the import's findings is about, in words (pira/report/cause.properties). */
    private static final java.util.Properties CAUSES = new java.util.Properties();

    static {
        try (var in = DocxReport.class.getResourceAsStream("/pira/report/cause.properties")) {
            CAUSES.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ITALY);
    private static final int[] INDICATOR_WIDTHS = {900, 3700, 700, 1700, 2200, 1800, 1700, 1870};

    private final Plan plan;
    private final List<Finding> findings;
    private final ReportOptions options;
    private final AchievementCalculator calculator;
    /** The headings written, {level, text}, for the table of contents. */
    private final List<String[]> headings = new ArrayList<>();
    /** Whether any indicator of the plan has a weight: else the indicator tables leave the column out. */
    private final boolean indicatorWeights;
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
        this.plan = plan;
        this.findings = findings;
        this.options = options;
        this.calculator = new AchievementCalculator(options.year(), options.cap(), references, options.choices(),
                pira.achievement.AchievementOptions.of(plan, options.periods()));
        this.indicatorWeights = plan.allIndicators().stream().anyMatch(i -> i.weight() != null);
    }

    /**
     * Writes the document. docx4j makes the package (styles, template, settings); the body is written as text
     * by {@link WordXml} and put in place of docx4j's empty one. docx4j's exception stays inside, so callers
     * (the CLI) never load docx4j.
     */
    /** The document's own date (the cover's), or null where none was given. */
    public java.time.LocalDate date() {
        return options.date();
    }

    public void write(OutputStream out) throws IOException {
        List<SummaryRow> summary = summaryRows();
        // the summary's chart is a part of the package, which the body then shows by its relationship
        byte[] chart = summary.isEmpty() ? null : SummaryChart.png(summary.stream().map(SummaryRow::bar).toList());
        ReportPackage pkg = ReportPackage.of(options.template(), options.title(), ente(), subject(), chart);
        pkg.write(body(pkg.headerFooter, summary, pkg.imageId), out);
    }

    private String ente() {
        return options.ente() != null ? options.ente() : nz(plan.ente());
    }

    private String subject() {
        return "Tabelle di rendicontazione della performance " + options.year();
    }

    /** The document XML: cover, contents, summary (with its chart, {@code imageId}), outcome tables, method, appendices. */
    private String body(String headerFooter, List<SummaryRow> summary, String imageId) {
        headings.clear();
        WordXml rest = new WordXml(headerFooter);
        summary(rest, summary, imageId);
        changedTargets(rest);
        heading(rest, 1, "Tabelle di rendicontazione " + options.year());
        outOfYear(rest);
        for (Element e : plan.elements()) {
            if (calculator.inYear(e)) {
                element(rest, e, 2);
            }
        }
        List<Indicator> planLevel = plan.indicators().stream().filter(calculator::inYear).toList();
        if (!planLevel.isEmpty()) {
            heading(rest, 2, "Indicatori del piano senza obiettivo");
            indicatorTable(rest, planLevel, null);
        }
        unplanned(rest);
        method(rest);
        if (options.appendices()) {
            appendix(rest);
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

    /** The outcomes the summary counts, in the order of its columns and of the chart's series. */
    private static final List<String> OUTCOMES = List.of("raggiunto", "parzialmente raggiunto", "non raggiunto",
            "non valutabile");

    /**
     * A row of the summary: a strategic objective (its copies under several missions as one), the element it sits
     * under where another objective shares its code, its score, and its indicators by outcome ({@link #OUTCOMES}).
     */
    private record SummaryRow(Element objective, Element parent, Assessment score, int[] counts) {

        /** The objective in the chart: its code, with its parent where the code is shared; else its name. */
        SummaryChart.Bar bar() {
            String label = objective.code() != null ? objective.code() + (parent == null ? "" : " ("
                    + parent.level().label() + " " + (parent.code() != null ? parent.code() : abbreviated(parent.name(),
                    20)) + ")") : abbreviated(objective.name(), 40);
            return new SummaryChart.Bar(label, counts[0], counts[1], counts[2], counts[3]);
        }
    }

    /**
     * Each strategic objective once, by identity, in the order of its code; only those with something for the year
     * (an indicator, at any depth below, with a target or a value of the year).
     */
    private List<SummaryRow> summaryRows() {
        List<SummaryRow> rows = new ArrayList<>();
        for (StrategicObjectives.Objective o : StrategicObjectives.of(plan)) {
            if (calculator.inYear(o.element())) {
                rows.add(new SummaryRow(o.element(), o.parent(), calculator.element(o.element()),
                        outcomes(o.element())));
            }
        }
        return rows;
    }

    /**
     * The indicators of an objective, at every depth below it, each once, by outcome ({@link #OUTCOMES}): those with
     * something for the year, each judged as its table judges it (the outcome bands of the chamber).
     */
    private int[] outcomes(Element objective) {
        int[] counts = new int[OUTCOMES.size()];
        count(objective, new java.util.HashSet<>(), counts);
        return counts;
    }

    private void count(Element e, java.util.Set<Indicator> seen, int[] counts) {
        for (Indicator i : calculator.indicatorsOf(e)) {
            if (seen.add(i)) {
                int k = OUTCOMES.indexOf(options.bands().outcome(calculator.indicator(i, e)));
                counts[k < 0 ? OUTCOMES.size() - 1 : k]++;
            }
        }
        for (Element c : e.children()) {
            count(c, seen, counts);
        }
    }

    /**
     * Each strategic objective once, in the order of its code, with the roll-up of all its operational objectives
     * whatever mission or programme lists them, what the score rests on, and its indicators by outcome; two objectives
     * that share a code each with the element it sits under. Then the chart of the counts, on the same pages.
     */
    private void summary(WordXml w, List<SummaryRow> summary, String imageId) {
        heading(w, 1, "Sintesi degli obiettivi strategici " + options.year());
        if (summary.isEmpty()) {
            w.paragraph("Normal", StrategicObjectives.of(plan).isEmpty() ? "Il documento non ha obiettivi strategici."
                    : "Nessun obiettivo strategico ha indicatori con un target o un valore per il " + options.year()
                    + ".");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (SummaryRow r : summary) {
            Element e = r.objective();
            List<String> row = new ArrayList<>(List.of(nz(e.code()), nz(e.name()) + (r.parent() == null ? ""
                    : "\n(" + title(r.parent()) + ")"), e.weight() == null ? MISSING : e.weight().raw(),
                    score(r.score()), elementOutcome(r.score())));
            for (int c : r.counts()) {
                row.add(String.valueOf(c));
            }
            rows.add(row);
        }
        boolean weights = summary.stream().anyMatch(r -> r.objective().weight() != null);
        table(w, List.of("Codice", "Obiettivo strategico", "Peso", "Raggiungimento " + options.year(), "Esito",
                "Raggiunti", "Parzialmente raggiunti", "Non raggiunti", "Non valutabili"), rows,
                new int[] {800, 3470, 800, 2400, 1500, 1400, 1400, 1400, 1400}, java.util.Set.of(2, 3, 5, 6, 7, 8),
                weights);
        w.paragraph("Normal", "Le ultime quattro colonne contano gli indicatori dell'obiettivo strategico, a ogni"
                + " livello, con l'esito che hanno nelle tabelle che seguono; il raggiungimento dice su quali parti"
                + " poggia.");
        basis(w, summary);
        if (imageId != null) {
            // 22 cm wide (its 12-point labels read at about 10 points), at most 15 cm high, in the proportions of the
            // drawing
            long cx = 7_920_000L;
            long cy = cx * SummaryChart.height(summary.size()) / SummaryChart.WIDTH;
            if (cy > 5_400_000L) {
                cx = cx * 5_400_000L / cy;
                cy = 5_400_000L;
            }
            String caption = "Indicatori per esito di ogni obiettivo strategico, " + options.year()
                    + " (i numeri sono nella tabella)";
            w.picture(imageId, cx, cy, 1, "Grafico della sintesi", caption, true);
            w.paragraph("Normal", "Figura 1 - " + caption + ".");
        }
    }

    /**
     * What the summary rests on, in two sentences the Giunta reads before the figures: the objectives of which the
     * document reports nothing for the year, and how many scores are what the office declared rather than computed.
     */
    private void basis(WordXml w, List<SummaryRow> summary) {
        int y = options.year();
        List<String> silent = new ArrayList<>();
        int scored = 0;
        int declared = 0;
        for (SummaryRow r : summary) {
            List<Indicator> all = new ArrayList<>();
            collect(r.objective(), all);
            if (all.stream().noneMatch(i -> reportsSomething(i, y))) {
                silent.add(r.objective().code() != null ? r.objective().code() : r.objective().name());
            }
            for (Indicator i : all) {
                Assessment a = calculator.indicator(i, null);
                scored += a.assessable() ? 1 : 0;
                declared += a.declared() ? 1 : 0;
            }
        }
        if (!silent.isEmpty()) {
            w.paragraph("Normal", (silent.size() == 1 ? "Per l'obiettivo strategico " : "Per gli obiettivi strategici ")
                    + String.join(", ", silent) + " il documento non rendiconta alcun valore " + y + ": "
                    + (silent.size() == 1 ? "il suo esito" : "il loro esito") + " è «non valutabile», che non vuol dire"
                    + " «non raggiunto».");
        }
        if (declared > 0) {
            w.paragraph("Normal", "Dei " + scored + " indicatori con un raggiungimento, " + (declared == 1 ? "uno poggia"
                    : declared + " poggiano") + " sull'esito o sulla percentuale che la Relazione dichiara, perché il"
                    + " valore riportato non consente il calcolo: " + (declared == 1 ? "è segnato" : "sono segnati")
                    + " «dichiarato» nelle tabelle.");
        }
    }

    /** The indicators of the year of an element and of every element below it, each once. */
    private void collect(Element e, List<Indicator> into) {
        calculator.indicatorsOf(e).stream().filter(i -> !into.contains(i)).forEach(into::add);
        e.children().forEach(c -> collect(c, into));
    }

    /** Whether the document gives, for the year, a value, a period's value or progress, or a declared result. */
    private static boolean reportsSomething(Indicator i, int y) {
        return i.actuals().containsKey(y) || i.periods().containsKey(y) || i.progress().containsKey(y)
                || i.outcome() != null || i.statedAchievement() != null
                || i.units().stream().anyMatch(u -> u.actuals().containsKey(y) || u.periods().containsKey(y)
                || u.progress().containsKey(y));
    }

    /** "Area strategica 1 - Competitività": an element as its heading names it. */
    private static String title(Element e) {
        String shortName = shortTitle(e.name());
        return e.level().label() + (e.code() != null ? " " + e.code() : "")
                + (shortName == null ? "" : (e.code() != null ? " - " : " ") + shortName);
    }

    private static String abbreviated(String s, int max) {
        String t = nz(s).strip();
        return t.length() <= max ? t : t.substring(0, max - 1).strip() + "…";
    }

    /** An element's outcome by the bands, marked where it has none. */
    private String elementOutcome(Assessment a) {
        String o = options.bands().outcome(a);
        return a.assessable() && !(a.coverage() != null && a.coverage().insufficient()) ? o : MARK_TEXT + o;
    }

    /**
     * The targets of the year the Relazione writes otherwise than the plan the Giunta adopted, each with the outcome it
     * gives against either target, and which one the scores use: in the body, where the Giunta reads it.
     */
    private void changedTargets(WordXml w) {
        int y = options.year();
        List<Indicator> changed = new ArrayList<>();
        List<Element> owners = new ArrayList<>();
        for (Element e : plan.allElements()) {
            e.indicators().stream().filter(i -> calculator.inYear(i) && i.reportedTargets().containsKey(y))
                    .forEach(i -> {
                        changed.add(i);
                        owners.add(e);
                    });
        }
        plan.indicators().stream().filter(i -> calculator.inYear(i) && i.reportedTargets().containsKey(y))
                .forEach(i -> {
                    changed.add(i);
                    owners.add(null);
                });
        if (changed.isEmpty()) {
            return;
        }
        heading(w, 1, "Target modificati rispetto al piano");
        boolean reportedUsed = options.choices().reportedTargets();
        w.paragraph("Normal", (changed.size() == 1 ? "Per un indicatore la Relazione scrive un target " + y
                : "Per " + changed.size() + " indicatori la Relazione scrive un target " + y) + " diverso da quello"
                + " del piano adottato dalla Giunta. Il raggiungimento è calcolato con il target "
                + (reportedUsed ? "rendicontato, come ha scelto la Camera; una modifica non adottata dalla Giunta va"
                + " motivata." : "del piano; la tabella dice anche l'esito con il target rendicontato."), true);
        pira.achievement.Choices other = new pira.achievement.Choices(!reportedUsed,
                options.choices().countUnplanned(), options.choices().countDeclared());
        AchievementCalculator otherCalculator = calculator.with(other);
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < changed.size(); k++) {
            Indicator i = changed.get(k);
            Value adopted = i.targets().get(y);
            Assessment used = calculator.indicator(i, owners.get(k));
            Assessment alternative = otherCalculator.indicator(i, owners.get(k));
            Assessment byPlan = reportedUsed ? alternative : used;
            Assessment byReport = reportedUsed ? used : alternative;
            rows.add(List.of(nz(i.code()), nz(i.name()), adopted == null ? MISSING : shown(adopted),
                    shown(i.reportedTargets().get(y)), withOutcome(byPlan), withOutcome(byReport)));
        }
        w.table(List.of("Codice", "Indicatore", "Target del piano", "Target rendicontato",
                "Con il target del piano", "Con il target rendicontato"), rows,
                new int[] {900, 5170, 2000, 2000, 2250, 2250}, DocxStyles.TABLE, java.util.Set.of());
    }

    /** "0,0 %", marked where declared, and the outcome the bands give it. */
    private String withOutcome(Assessment a) {
        return a.assessable() ? percent(a) + (a.declared() ? " (dichiarato)" : "") + "\n" + options.bands().outcome(a)
                : percent(a);
    }

    /**
     * One sentence naming the indicators of the plan that have nothing for the year (no target, no value) and those a
     * revision withdrew: they are not in the year's tables nor in its scores, and nothing is lost without a word.
     */
    private void outOfYear(WordXml w) {
        int y = options.year();
        List<String> withdrawn = new ArrayList<>();
        List<String> noTarget = new ArrayList<>();
        for (Indicator i : plan.allIndicators()) {
            if (i.eliminated()) {
                withdrawn.add(label(i));
            } else if (!calculator.inYear(i)) {
                noTarget.add(label(i));
            }
        }
        // in the order of their codes, as the reader looks them up
        noTarget.sort(StrategicObjectives::compareCodes);
        withdrawn.sort(StrategicObjectives::compareCodes);
        List<String> parts = new ArrayList<>();
        if (!noTarget.isEmpty()) {
            parts.add((noTarget.size() == 1 ? "l'indicatore " : "gli indicatori ") + String.join(", ", noTarget)
                    + ", che il piano non misura nel " + y + " (nessun target né valore per l'anno)");
        }
        if (!withdrawn.isEmpty()) {
            parts.add((withdrawn.size() == 1 ? "l'indicatore " : "gli indicatori ") + String.join(", ", withdrawn)
                    + ", " + (withdrawn.size() == 1 ? "eliminato" : "eliminati") + " dalla revisione del piano");
        }
        if (!parts.isEmpty()) {
            w.paragraph("Normal", "Non sono nelle tabelle del " + y + ", e non contano in alcun raggiungimento, "
                    + String.join("; ", parts) + ".");
        }
    }

    /**
     * The indicators the Relazione reports and the plan does not have, apart from the plan's tables, each with the
     * objective its code names; they count in no score unless the chamber chose otherwise.
     */
    private void unplanned(WordXml w) {
        int y = options.year();
        List<List<String>> rows = new ArrayList<>();
        Footnotes notes = new Footnotes();
        for (Element e : plan.allElements()) {
            for (Indicator i : e.unplanned()) {
                rows.add(unplannedRow(i, e, e.label(), notes));
            }
        }
        for (Indicator i : plan.unplanned()) {
            rows.add(unplannedRow(i, null, MISSING, notes));
        }
        if (rows.isEmpty()) {
            return;
        }
        heading(w, 1, "Indicatori rendicontati non previsti dal piano");
        w.paragraph("Normal", (rows.size() == 1 ? "La Relazione rendiconta un indicatore" : "La Relazione rendiconta "
                + rows.size() + " indicatori") + " che il piano adottato dalla Giunta non prevede. "
                + (options.choices().countUnplanned() ? "Come ha scelto la Camera, contano nel raggiungimento"
                + " dell'obiettivo che il loro codice indica; quelli senza obiettivo non contano."
                : "Sono riportati per informazione e non contano nel raggiungimento di alcun obiettivo."), true);
        w.table(List.of("Obiettivo", "Codice", "Indicatore", "Target " + y, "Valore " + y, "Raggiungimento", "Esito"),
                rows, new int[] {2000, 900, 3870, 1700, 2600, 1700, 1800}, DocxStyles.TABLE, java.util.Set.of(5));
        notes.write(w);
    }

    private List<String> unplannedRow(Indicator i, Element owner, String objective, Footnotes notes) {
        Assessment a = calculator.indicator(i, owner);
        Value actual = i.actuals().get(options.year());
        String actualText = (actual == null ? MISSING : shown(actual))
                + (a.read() == null ? "" : "\n(valore considerato: " + a.read() + ")");
        return List.of(objective, nz(i.code()), nz(i.name()), targetText(i), actualText, achieved(i, owner, a, notes),
                outcome(i, a, notes));
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
            indicatorTable(w, reported, e);
        }
        for (Element c : calculator.childrenOf(e)) {
            element(w, c, depth + 1);
        }
    }

    /** Beside a value recognised by OCR, and before the note under the table that says what it means. */
    private static final String OCR_MARK = " *";

    private void indicatorTable(WordXml w, List<Indicator> indicators, Element owner) {
        int y = options.year();
        List<List<String>> rows = new ArrayList<>();
        List<String> references = new ArrayList<>();
        Footnotes notes = new Footnotes();
        boolean ocr = false;
        for (Indicator i : indicators) {
            Assessment a = calculator.indicator(i, owner);
            Value target = i.targets().get(y);
            String targetText = targetText(i);
            var resolved = calculator.resolvedTarget(i).filter(pira.achievement.ResolvedTarget::resolved);
            if (resolved.isPresent()) {
                // the target made absolute with the other year's value, beside its text; where the value was read,
                // under the table
                targetText += "\n" + resolved.get().target();
                references.add(nz(i.code() != null ? i.code() : i.name()) + ": valore " + resolved.get().year() + " "
                        + resolved.get().valueText() + " (" + String.join("; ", resolved.get().sources()) + ")");
            }
            Value actual = i.actuals().get(y);
            String actualText = actual == null ? MISSING : shown(actual);
            // what the score rests on where it is not the value of the year: the period the rule chose, the units
            List<AchievementCalculator.Basis> basis = calculator.basis(i, owner);
            if (!basis.isEmpty()) {
                targetText = basisTargets(target, targetText, basis);
                actualText = basisValues(basis);
            }
            if (a.read() != null) {
                // the value a sentence holds, said beside it
                actualText += "\n(valore considerato: " + a.read() + ")";
            }
            rows.add(List.of(nz(i.code()), nz(i.name()), i.weight() == null ? MISSING : shown(i.weight()),
                    targetText, actualText, achieved(i, owner, a, notes) + (Stream.of(calculator.target(i), actual)
                            .anyMatch(DocxReport::fromOcr) ? OCR_MARK : ""),
                    outcome(i, a, notes), i.responsible() == null ? MISSING : i.responsible()));
            ocr |= Stream.of(i.weight(), target, calculator.target(i), actual).anyMatch(DocxReport::fromOcr);
        }
        table(w, List.of("Codice", "Indicatore", "Peso", "Target " + y, "Valore " + y, "Raggiungimento", "Esito",
                "Responsabile"), rows, INDICATOR_WIDTHS, java.util.Set.of(2, 5),
                indicatorWeights);
        if (!references.isEmpty()) {
            w.paragraph("Normal", "Target relativi a un altro anno, con il valore usato e dove è scritto: "
                    + String.join("; ", references) + ".");
        }
        notes.write(w);
        if (ocr) {
            w.paragraph("Normal", OCR_MARK.strip() + " Valore letto con il riconoscimento del testo (OCR) da un'immagine"
                    + " del documento d'origine: da verificare sull'originale.");
        }
    }

    /**
     * The target of the year as the plan adopted it; where the Relazione writes another, both, the one the score uses
     * first named as such.
     */
    private String targetText(Indicator i) {
        int y = options.year();
        Value adopted = i.targets().get(y);
        Value reported = i.reportedTargets().get(y);
        String plain = adopted == null ? MISSING : shown(adopted);
        if (reported == null) {
            return plain;
        }
        // each label on its line and the value under it: a narrow column breaks "-8%" at its sign otherwise
        boolean reportedUsed = options.choices().reportedTargets();
        String planned = "Target del piano" + (reportedUsed ? "" : " (usato)") + ":\n" + (adopted == null ? "—"
                : shown(adopted));
        String restated = "Target rendicontato" + (reportedUsed ? " (usato)" : "") + ":\n" + shown(reported);
        return reportedUsed ? restated + "\n" + planned : planned + "\n" + restated;
    }

    /**
     * "49,5 %", with the percentage the document declares beside a computed one, or marked "(dichiarato)" where the
     * score is what the document declares, a note saying why.
     */
    private String achieved(Indicator i, Element owner, Assessment a, Footnotes notes) {
        String text = a.notYetMonitored() ? MARK_TEXT + a.reason() : percent(a);
        String restsOn = calculator.restsOn(i, owner);
        if (restsOn != null && a.assessable()) {
            text += "\n(" + restsOn + ")";
        }
        if (a.declared()) {
            String what = a.method().startsWith("esito") ? "l'esito dichiarato nella Relazione («" + i.outcome().raw()
                    + "»)" : "la percentuale dichiarata nella Relazione (" + i.statedAchievement().raw() + "%)";
            return text + " (dichiarato)" + notes.mark(label(i) + ": il valore riportato non consente il calcolo ("
                    + a.reason() + "): si conta " + what + ".");
        }
        if (i.statedAchievement() != null) {
            text += "\n(dichiarato: " + i.statedAchievement().raw() + "%)";
        }
        return text;
    }

    /**
     * The outcome the bands give; beside it the outcome the document declares, and, where the two differ, a mark and a
     * note that says both: pira does not choose between them.
     */
    private String outcome(Indicator i, Assessment a, Footnotes notes) {
        String o = options.bands().outcome(a);
        Value stated = i.outcome();
        if (!a.assessable()) {
            return MARK_TEXT + o + (stated == null ? "" : "\n(dichiarato: " + stated.raw() + ")");
        }
        String said = stated == null ? null : pira.achievement.DeclaredOutcome.of(stated.raw());
        if (said != null && !said.equals(o)) {
            o += notes.mark(label(i) + ": il documento dichiara «" + stated.raw() + "»; il raggiungimento di "
                    + percent(a) + (a.declared() ? " dichiarato" : "") + " dà «" + options.bands().outcome(a)
                    + "» con le soglie di esito usate (" + options.bands().describe() + ")"
                    + (!a.declared() && i.reportedTargets().containsKey(options.year()) ? ", con il target " + (options.choices()
                    .reportedTargets() ? "rendicontato" : "del piano") : "") + ".");
        }
        return stated == null ? o : o + "\n(dichiarato: " + stated.raw() + ")";
    }

    private static String label(Indicator i) {
        return i.code() != null ? i.code() : "«" + shortTitle(i.name()) + "»";
    }

    /** The notes under a table, each marked "(1)", "(2)" in its cell. */
    private static final class Footnotes {
        private final List<String> texts = new ArrayList<>();

        String mark(String text) {
            texts.add(text);
            return " (" + texts.size() + ")";
        }

        void write(WordXml w) {
            for (int k = 0; k < texts.size(); k++) {
                w.paragraph("Normal", "(" + (k + 1) + ") " + texts.get(k));
            }
        }
    }

    /**
     * The Target cell of an indicator whose score rests on periods or units: the indicator's own target, else the
     * units' one ("100%" and for how many units where they share it, else one line per unit).
     */
    private static String basisTargets(Value target, String shown, List<AchievementCalculator.Basis> basis) {
        if (target != null || basis.get(0).unit() == null) {
            return shown;
        }
        java.util.Set<String> texts = new java.util.LinkedHashSet<>();
        basis.forEach(b -> texts.add(b.target() == null ? MISSING : shown(b.target())));
        if (texts.size() == 1) {
            return texts.iterator().next() + "\n(" + (basis.size() == 1 ? "della struttura " + basis.get(0).unit()
                    : "per ognuna delle " + basis.size() + " strutture") + ")";
        }
        return String.join("\n", basis.stream().map(b -> b.unit() + ": " + (b.target() == null ? MISSING
                : shown(b.target()))).toList());
    }

    /**
     * The Valore cell of an indicator whose score rests on periods or units: the value or progress of the period
     * used, with its period, for the indicator or for each unit.
     */
    private static String basisValues(List<AchievementCalculator.Basis> basis) {
        List<String> lines = new ArrayList<>();
        for (AchievementCalculator.Basis b : basis) {
            String value = b.value() == null ? MISSING : shown(b.value());
            String where = b.period() == null ? (b.value() == null ? "" : "anno")
                    : (b.progress() ? "avanzamento del " : "") + "periodo " + b.period();
            // "0,93\n(avanzamento del periodo 4)" for the indicator, "Ufficio personale: 0,8 (periodo 2)" for a unit
            lines.add((b.unit() == null ? "" : b.unit() + ": ") + value + (where.isEmpty() ? ""
                    : (b.unit() == null ? "\n(" : " (") + where + ")"));
        }
        return String.join("\n", lines);
    }

    /** What a value said, marked where it was recognised by OCR in a picture (it may be misread). */
    private static String shown(Value value) {
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

    private static boolean fromOcr(Value value) {
        return value != null && value.location() != null && value.location().fromOcr();
    }

    /**
     * A table whose third column is the weight, left out where the document gives no weights at all (a column of
     * dashes tells the reader nothing); its width goes to the name.
     */
    private static void table(WordXml w, List<String> header, List<List<String>> rows, int[] widths,
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

    /** The method, only what applies to this plan and this year, with the bands and the chamber's choices. */
    private void method(WordXml w) {
        heading(w, 1, "Metodo di calcolo");
        int y = options.year();
        List<Indicator> reported = plan.allIndicators().stream().filter(calculator::inYear).toList();
        List<String> lines = new ArrayList<>();
        lines.add("Il raggiungimento di ogni indicatore confronta il valore conseguito " + y + " con il target dello"
                + " stesso anno. Target \">=\" o valore semplice: più alto è meglio, raggiungimento = valore / target."
                + " Target \"<=\": più basso è meglio, raggiungimento = target / valore. Scadenza: 100% se"
                + " rispettata, altrimenti 0%. Sì/no: 100% se l'esito è quello atteso.");
        if (reported.stream().anyMatch(i -> i.thresholds().stream().anyMatch(t -> t.year() == y))) {
            lines.add("Indicatori con soglie nel piano: target 100%, prima soglia 80%, seconda soglia 60%, sotto le"
                    + " soglie 0%.");
        }
        if (reported.stream().map(calculator::target).anyMatch(t -> t != null
                && t.kind() == pira.model.ValueKind.RELATIVE_YEAR)) {
            lines.add("Target relativi a un altro anno (\"+10%\", \"x ≤ x-1\"): valutati con il valore conseguito di"
                    + " quell'anno, dal documento stesso o dai documenti degli anni precedenti; il target che ne"
                    + " risulta è scritto accanto al suo testo (per un conteggio, il numero intero che lo rispetta), il"
                    + " valore usato e il documento sotto la tabella; dove due documenti danno valori diversi, non"
                    + " valutabile. Un valore che è esso stesso una variazione (\"-11%\" contro \"-10%\") è"
                    + " confrontato direttamente: variazione conseguita / variazione attesa.");
        }
        boolean weights = plan.allElements().stream().anyMatch(e -> e.weight() != null) || indicatorWeights;
        lines.add("Raggiungimento " + (options.cap() ? "limitato al 100%." : "non limitato al 100%.") + " Un obiettivo"
                + " vale la media " + (weights ? "pesata (con i pesi del piano; semplice dove un peso manca)"
                : "semplice") + " dei suoi indicatori e obiettivi inferiori valutabili.");
        if (plan.allElements().stream().anyMatch(e -> e.indicatorsWeight() != null && e.childrenWeight() != null)) {
            lines.add("Dove il piano divide il raggiungimento tra indicatori e livelli inferiori (\"Quote del"
                    + " raggiungimento\"), vale la media delle due parti pesata con le quote.");
        }
        if (reported.stream().anyMatch(i -> i.name() != null && i.name().toLowerCase(java.util.Locale.ITALIAN)
                .contains("valore medio performance obiettivi operativi"))) {
            lines.add("\"Valore medio performance obiettivi operativi\" è calcolato come media degli obiettivi"
                    + " operativi, non copiato dal documento.");
        }
        if (reported.stream().anyMatch(i -> i.periods().containsKey(y) || i.progress().containsKey(y)
                || !i.units().isEmpty())) {
            lines.add(periodsMethod());
        }
        lines.add("Esito, secondo le soglie " + (options.bands().origin() == null ? "della Camera"
                : "(" + options.bands().origin() + ")") + ": " + options.bands().describe() + ".");
        if (reported.stream().anyMatch(i -> i.reportedTargets().containsKey(y))) {
            lines.add("Dove la Relazione scrive un target diverso da quello del piano adottato, la tabella li mostra"
                    + " entrambi e il raggiungimento usa quello " + (options.choices().reportedTargets()
                    ? "rendicontato, come ha scelto la Camera" : "del piano") + "; le modifiche sono elencate in"
                    + " \"Target modificati rispetto al piano\".");
        }
        if (plan.allElements().stream().anyMatch(e -> !e.unplanned().isEmpty()) || !plan.unplanned().isEmpty()) {
            lines.add("Gli indicatori che la Relazione rendiconta e il piano non prevede sono elencati a parte"
                    + (options.choices().countUnplanned() ? " e, come ha scelto la Camera, contano nel"
                    + " raggiungimento dell'obiettivo che il loro codice indica." : " e non contano in alcun"
                    + " raggiungimento."));
        }
        boolean declares = reported.stream().anyMatch(i -> i.outcome() != null || i.statedAchievement() != null);
        if (declares) {
            lines.add(options.choices().countDeclared()
                ? "Dove il valore conseguito non si può giudicare (una frase, un valore mancante) e il documento"
                + " dichiara la percentuale di raggiungimento o l'esito, conta quello dichiarato, indicato come"
                + " \"dichiarato\": \"Obiettivo raggiunto\" vale 100%, \"Obiettivo non raggiunto\" 0%; un esito"
                + " \"parzialmente raggiunto\" senza percentuale non si valuta. Dove l'esito dichiarato e quello"
                + " calcolato differiscono, una nota sotto la tabella li riporta entrambi."
                : "Dove il valore conseguito non si può giudicare, l'indicatore è non valutabile anche se il documento"
                + " ne dichiara l'esito, come ha scelto la Camera; l'esito dichiarato è riportato accanto.");
        }
        lines.add("Accanto al raggiungimento di ogni obiettivo è indicato su quanti dei suoi indicatori o obiettivi"
                + " inferiori poggia (\"valutati 2 di 4 obiettivi operativi\"); se ne sono valutati meno della metà,"
                + " il valore è segnalato come copertura insufficiente e non dà l'esito dell'obiettivo.");
        lines.add("\"Non valutabile\" indica che manca un dato o che il target è qualitativo o relativo a un"
                + " riferimento esterno: il motivo è scritto nella tabella. \"—\" indica un dato assente nel"
                + " documento.");
        lines.forEach(line -> w.paragraph("Normal", line));
    }

    /** The method's sentence on periods, units and years not yet monitored (docs/calcolo.md). */
    private String periodsMethod() {
        return "Dove manca il valore dell'anno e il documento dà i valori o l'avanzamento dei periodi (trimestri,"
                + " semestri), il periodo su cui poggia il raggiungimento è " + options.periods().describe()
                + " (un periodo è rilevato se almeno un avanzamento del piano in quel periodo è diverso da zero), e la"
                + " tabella dice quale."
                + " Un indicatore assegnato a più strutture vale la media delle strutture valutabili; target e valore"
                + " di ognuna sono nella tabella. Un anno in cui tutti gli avanzamenti del piano sono zero non è ancora"
                + " stato rilevato: i suoi indicatori sono \"non ancora rilevato\", non \"non raggiunto\".";
    }

    /**
     * The findings a Giunta can read, errors then warnings, grouped by their cause (the rule, said in words), and the
     * source files; the informations stay in the validation report.
     */
    private void appendix(WordXml w) {
        heading(w, 1, "Appendice A - Note di riscontro sui dati");
        java.util.Map<String, String> causes = new java.util.HashMap<>();
        pira.validation.rules.Rules.ALL.forEach(r -> causes.put(r.info().id(), r.info().summary()));
        java.util.Map<String, List<Finding>> byCause = new java.util.LinkedHashMap<>();
        int reading = 0;
        for (pira.validation.Severity severity : List.of(pira.validation.Severity.ERRORE,
                pira.validation.Severity.AVVISO)) {
            for (Finding f : findings) {
                if (f.severity() != severity) {
                    continue;
                }
                if (READING.contains(f.cause())) {
                    reading++; // how the file was read, not what the plan says: for the office, not the Giunta
                    continue;
                }
                byCause.computeIfAbsent(severity.id() + "|" + f.cause(), k -> new ArrayList<>()).add(f);
            }
        }
        if (reading > 0) {
            w.paragraph("Normal", reading == 1 ? "Un'altra nota riguarda la lettura dei file e non il contenuto del"
                    + " piano: è riportata nel controllo dei dati a cura dell'ufficio." : "Altre " + reading + " note"
                    + " riguardano la lettura dei file e non il contenuto del piano: sono riportate nel controllo dei"
                    + " dati a cura dell'ufficio.");
        }
        if (byCause.isEmpty()) {
            w.paragraph("Normal", "Nessun errore e nessun avviso.");
        }
        byCause.forEach((key, list) -> {
            String severity = key.substring(0, key.indexOf('|'));
            String kind = severity.equals(pira.validation.Severity.ERRORE.id()) ? "Errori" : "Avvisi";
            String title = CAUSES.getProperty(list.get(0).cause());
            // the cause in words where the report knows it; else the check, whose findings are where it is not so
            w.paragraph("Normal", title != null ? kind + " (" + list.size() + "): " + title : kind + " (" + list.size()
                    + ") del controllo «" + causes.getOrDefault(list.get(0).rule(), "").replaceAll("\\.$", "")
                    + "»: dove non è così", true);
            List<List<String>> rows = new ArrayList<>();
            boolean codes = list.stream().anyMatch(f -> f.code() != null);
            for (Finding f : list) {
                rows.add(codes ? List.of(f.where(), nz(f.code()), f.message()) : List.of(f.where(), f.message()));
            }
            // without codes (the import's findings name their place), no empty column
            w.table(codes ? List.of("Posizione", "Codice", "Rilievo") : List.of("Posizione", "Rilievo"), rows,
                    codes ? new int[] {4000, 1200, 9370} : new int[] {4000, 10570}, DocxStyles.TABLE,
                    java.util.Set.of());
        });
        heading(w, 1, "Appendice B - File di origine");
        List<List<String>> rows = new ArrayList<>();
        for (SourceFile s : plan.sources()) {
            rows.add(List.of(s.file(), nz(s.format()), s.sha256()));
        }
        w.table(List.of("File", "Formato", "Impronta SHA-256"), rows, new int[] {5000, 1500, 8070}, DocxStyles.TABLE,
                java.util.Set.of());
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
        return headings.stream().filter(h -> Integer.parseInt(h[0]) <= 3).toList();
    }

    /** The page of each entry of the contents, in order, as a layout of this document gave them. */
    void contentsPages(List<Integer> pages) {
        contentsPages = List.copyOf(pages);
    }

    private void heading(WordXml w, int level, String text) {
        int id = headings.size() + 1;
        String bookmark = "_Toc" + id;
        headings.add(new String[] {String.valueOf(level), text, bookmark});
        w.heading("Heading" + level, text, id, bookmark);
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

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
