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
        this.calculator = new AchievementCalculator(options.year(), options.cap(), references,
                pira.achievement.AchievementOptions.of(plan, options.periods()));
        this.indicatorWeights = plan.allIndicators().stream().anyMatch(i -> i.weight() != null);
    }

    /**
     * Writes the document. docx4j makes the package (styles, template, settings); the body is written as text
     * by {@link WordXml} and put in place of docx4j's empty one. docx4j's exception stays inside, so callers
     * (the CLI) never load docx4j.
     */
    public void write(OutputStream out) throws IOException {
        ReportPackage pkg = ReportPackage.of(options.template(), options.title(), ente(), subject());
        pkg.write(body(pkg.headerFooter), out);
    }

    private String ente() {
        return options.ente() != null ? options.ente() : nz(plan.ente());
    }

    private String subject() {
        return "Tabelle di rendicontazione della performance " + options.year();
    }

    /** The document XML: cover, contents, summary, outcome tables, method, appendices. */
    String body(String headerFooter) {
        headings.clear();
        WordXml rest = new WordXml(headerFooter);
        summary(rest);
        heading(rest, 1, "Tabelle di rendicontazione " + options.year());
        for (Element e : plan.elements()) {
            element(rest, e, 2);
        }
        if (!plan.indicators().isEmpty()) {
            heading(rest, 2, "Indicatori fuori dall'albero del piano");
            indicatorTable(rest, plan.indicators(), null);
        }
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

    /**
     * Each strategic objective once, in the order of its code, with the roll-up of all its operational objectives
     * whatever mission or programme lists them, and what the score rests on.
     */
    private void summary(WordXml w) {
        heading(w, 1, "Sintesi degli obiettivi strategici " + options.year());
        List<List<String>> rows = new ArrayList<>();
        List<Element> objectives = StrategicObjectives.of(plan);
        for (Element e : objectives) {
            Assessment a = calculator.element(e);
            rows.add(List.of(nz(e.code()), nz(e.name()), e.weight() == null ? MISSING : e.weight().raw(), score(a),
                    outcome(a, null)));
        }
        if (rows.isEmpty()) {
            w.paragraph("Normal", "Il documento non ha obiettivi strategici.");
            return;
        }
        boolean weights = objectives.stream().anyMatch(e -> e.weight() != null);
        table(w, List.of("Codice", "Obiettivo strategico", "Peso", "Raggiungimento " + options.year(), "Esito"), rows,
                new int[] {900, 6500, 1000, 3500, 2670}, java.util.Set.of(2, 3), weights);
    }

    /**
     * An element under a heading of its depth in the tree (mission, programme, strategic and operational objective:
     * Heading2 to Heading5), titled with its code and a short title; the full name, where longer, in the body.
     */
    private void element(WordXml w, Element e, int depth) {
        // "Obiettivo operativo 1.1 - INNOVAZIONE", or "Obiettivo strategico Nome" where the document gives no code
        String shortName = shortTitle(e.name());
        String title = e.level().label() + (e.code() != null ? " " + e.code() : "")
                + (shortName == null ? "" : (e.code() != null ? " - " : " ") + shortName);
        heading(w, Math.min(depth, 5), title);
        // what introduces an element's table stays on the page of the table, the heading with it
        boolean table = !e.indicators().isEmpty();
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
        if (table) {
            Assessment a = calculator.element(e);
            w.paragraph("Normal", "Raggiungimento " + options.year() + ": " + (a.assessable()
                    ? score(a).replace(MARK_TEXT, "") + ", " + a.method() : "non valutabile (" + a.reason()
                    + (a.coverage() == null ? "" : "; " + a.coverage().describe()) + ")"), true);
            indicatorTable(w, e.indicators(), e);
        }
        for (Element c : e.children()) {
            element(w, c, depth + 1);
        }
    }

    /** Beside a value recognised by OCR, and before the note under the table that says what it means. */
    private static final String OCR_MARK = " *";

    private void indicatorTable(WordXml w, List<Indicator> indicators, Element owner) {
        int y = options.year();
        List<List<String>> rows = new ArrayList<>();
        List<String> references = new ArrayList<>();
        boolean ocr = false;
        for (Indicator i : indicators) {
            Assessment a = calculator.indicator(i, owner);
            Value target = i.targets().get(y);
            String targetText = target == null ? MISSING : shown(target);
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
            // an achievement computed from values read by OCR is as uncertain as they are
            String achieved = (a.notYetMonitored() ? MARK_TEXT + a.reason() : percent(a))
                    + (Stream.of(target, actual).anyMatch(DocxReport::fromOcr) ? OCR_MARK : "");
            String restsOn = calculator.restsOn(i, owner);
            if (restsOn != null && a.assessable()) {
                achieved += "\n(" + restsOn + ")";
            }
            if (a.declared()) {
                achieved += "\n(dichiarato, non calcolabile)";
            } else if (i.statedAchievement() != null) {
                achieved += "\n(dichiarato: " + i.statedAchievement().raw() + "%)";
            }
            rows.add(List.of(nz(i.code()), nz(i.name()), i.weight() == null ? MISSING : shown(i.weight()),
                    targetText, actualText, achieved,
                    outcome(a, i.outcome()), i.responsible() == null ? MISSING : i.responsible()));
            ocr |= Stream.of(i.weight(), target, actual).anyMatch(DocxReport::fromOcr);
        }
        table(w, List.of("Codice", "Indicatore", "Peso", "Target " + y, "Valore " + y, "Raggiungimento", "Esito",
                "Responsabile"), rows, INDICATOR_WIDTHS, java.util.Set.of(2, 5),
                indicatorWeights);
        if (!references.isEmpty()) {
            w.paragraph("Normal", "Target relativi a un altro anno, con il valore usato e dove è scritto: "
                    + String.join("; ", references) + ".");
        }
        if (ocr) {
            w.paragraph("Normal", OCR_MARK.strip() + " Valore letto con il riconoscimento del testo (OCR) da un'immagine"
                    + " del documento d'origine: da verificare sull'originale.");
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
        return fromOcr(value) ? value.raw() + OCR_MARK : value.raw();
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

    private void method(WordXml w) {
        heading(w, 1, "Metodo di calcolo");
        for (String line : List.of(
                "Il raggiungimento di ogni indicatore confronta il valore conseguito " + options.year()
                        + " con il target dello stesso anno.",
                "Target \">=\" o valore semplice: più alto è meglio, raggiungimento = valore / target. Target \"<=\":"
                        + " più basso è meglio, raggiungimento = target / valore. Scadenza: 100% se rispettata, altrimenti"
                        + " 0%. Sì/no: 100% se l'esito è quello atteso.",
                "Indicatori con soglie nel piano (solo dove il piano le fissa): target 100%, prima soglia 80%, seconda"
                        + " soglia 60%, sotto le soglie 0%. Target relativi a un altro anno (\"+10%\", \"x ≤ x-1\"):"
                        + " valutati con il valore conseguito di quell'anno, dal documento stesso o dai documenti degli"
                        + " anni precedenti; il target che ne risulta è scritto accanto al suo testo, il valore usato"
                        + " e il documento sotto la tabella; dove due documenti danno valori diversi, non valutabile.",
                "Raggiungimento " + (options.cap() ? "limitato al 100%." : "non limitato al 100%.")
                        + " Un livello vale la media pesata dei suoi indicatori e livelli inferiori (media semplice"
                        + " dove il documento non dà pesi); dove il documento divide il raggiungimento tra indicatori"
                        + " e livelli inferiori (\"Quote del raggiungimento\"), la media delle due parti pesata con le"
                        + " quote. \"Valore medio performance obiettivi operativi\" è calcolato"
                        + " come media degli obiettivi operativi, non copiato.",
                periodsMethod(),
                "Esito, secondo le soglie del sistema di misurazione: " + options.bands().describe() + ".",
                "Dove la Relazione scrive un target diverso da quello del piano, il risultato è confrontato con il"
                        + " target " + (options.planTargets() ? "del piano" : "della Relazione") + ", e la differenza"
                        + " è tra i rilievi; un indicatore che c'è solo nella"
                        + " Relazione è posto sotto l'obiettivo che il suo codice indica e conta nel suo raggiungimento.",
                "Dove il raggiungimento non si può calcolare ma il documento ne dichiara la percentuale, vale quella"
                        + " dichiarata, indicata come tale; dove si possono entrambi, una differenza oltre 5 punti è"
                        + " tra i rilievi.",
                "Accanto al raggiungimento di ogni obiettivo è indicato su quanti dei suoi indicatori o obiettivi"
                        + " inferiori poggia (\"valutati 2 di 4 obiettivi operativi\"); se ne sono valutati meno della"
                        + " metà, il valore è segnalato come copertura insufficiente e non dà l'esito dell'obiettivo.",
                "\"Non valutabile\" indica che manca un dato o che il target è qualitativo o relativo a un riferimento"
                        + " esterno: il motivo è scritto nella tabella. \"—\" indica un dato assente nel documento.")) {
            w.paragraph("Normal", line);
        }
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
        pira.validation.Rules.ALL.forEach(r -> causes.put(r.info().id(), r.info().summary()));
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
        String text = percent(a) + " (" + a.coverage().describe() + ")";
        return a.coverage().insufficient() ? MARK_TEXT + text + ": copertura insufficiente" : text;
    }

    private String outcome(Assessment a, Value stated) {
        String o = options.bands().outcome(a);
        if (stated != null && a.declared()
                && declared(stated.raw()) != null && declared(stated.raw()).equals("raggiunto") != o.equals("raggiunto")) {
            // both are the document's: its percentage gives one outcome and its words another; pira does not choose
            return MARK_TEXT + "in contrasto: il " + percent(a) + " dichiarato dà \"" + o + "\", il documento dice \""
                    + stated.raw() + "\"";
        }
        if (stated != null) {
            o += "\n(dichiarato: " + stated.raw() + ")";
        }
        return a.assessable() ? o : MARK_TEXT + o;
    }

    /**
     * The outcome a document's words state ("Obiettivo non raggiunto"), or null where they name none; reached or not
     * is what is compared (a partial outcome is one not reached).
     */
    static String declared(String text) {
        String t = text.toLowerCase(Locale.ITALIAN);
        if (t.contains("non raggiunt")) {
            return "non raggiunto";
        }
        if (t.contains("parzialmente raggiunt")) {
            return "parzialmente raggiunto";
        }
        return t.contains("raggiunt") ? "raggiunto" : null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
