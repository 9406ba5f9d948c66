package pira.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pira.mapping.Mapping;
import pira.mapping.MappingCandidate;
import pira.mapping.MappingLoader;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Level;
import pira.model.Plan;
import pira.model.PlanJson;
import pira.model.RowBalance;
import pira.validation.Finding;
import pira.validation.ValidationContext;
import pira.validation.report.TextReport;

/**
 * The layout cases of {@code samples/casi} (issue "A tree you can trust"): each imports to its golden model and
 * findings ({@code src/test/resources/golden/casi}, {@code findings/casi}), its row balance adds up, and the tree is
 * the one the document means, checked element by element below.
 */
class LayoutCasesTest {

    private static final Path CASES = Path.of("samples", "casi");

    private static Importer importer(String sample) throws Exception {
        Path mapping = CASES.resolve(sample.replaceFirst("\\.[a-z]+$", ".yaml"));
        return new Importer(List.of(), new MappingCandidate(MappingLoader.load(mapping), mapping.toString()));
    }

    private static ImportResult importCase(String sample) throws Exception {
        ImportResult result = importer(sample).importFile(CASES.resolve(sample));
        assertThat(result.error()).isNull();
        return result;
    }

    /** A case read with a changed copy of its mapping. */
    private static ImportResult importWith(String yaml, String sample) throws Exception {
        return new Importer(List.of(), new MappingCandidate(MappingLoader.parse("variante.yaml", yaml), "variante"))
                .importFile(CASES.resolve(sample));
    }

    private static Plan plan(String sample) throws Exception {
        return importCase(sample).plan();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pira.Samples#cases")
    void caseImportsToItsGoldenJsonAndFindings(String sample) throws Exception {
        ImportResult result = importCase(sample);
        String json = PlanJson.toJson(result.plan());
        String findings = TextReport.render(new ValidationRun(importer(sample), ValidationContext.defaults())
                .run(List.of(CASES.resolve(sample))));
        Path golden = Path.of("src/test/resources/golden/casi", sample + ".plan.json");
        Path expected = Path.of("src/test/resources/findings/casi", sample + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.createDirectories(expected.getParent());
            Files.writeString(golden, json, StandardCharsets.UTF_8);
            Files.writeString(expected, findings, StandardCharsets.UTF_8);
        }
        assertThat(json).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(findings).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(new ObjectMapper().readTree(Path.of("schema/plan.schema.json").toFile()))
                .validate(json, InputFormat.JSON)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pira.Samples#cases")
    void everyRowOfEveryCaseHasOneOutcome(String sample) throws Exception {
        // against the source: each table of the document has its balance, of the rows its reader gives
        BalanceAgainstSourceTest.assertBalanceCoversTheSource(CASES.resolve(sample),
                CASES.resolve(sample.replaceFirst("\\.[a-z]+$", ".yaml")));
    }

    /** 1: actions 3.2.1-3.2.2 stay, under objective 3 and not under 3.1; ORFANO once with both. */
    @Test
    void actionsWithoutTheirObjectiveAreKeptAndReportedOnce() throws Exception {
        ImportResult result = importCase("caso1-azioni-senza-obiettivo.xlsx");
        Element os3 = result.plan().elements().get(0);
        assertThat(os3.children()).extracting(Element::code).containsExactly("3.1", "3.2.1", "3.2.2", "3.3");
        assertThat(os3.children().get(0).children()).extracting(Element::code).containsExactly("3.1.1");
        assertThat(os3.children().get(1).level()).isEqualTo(Level.AZIONE);
        List<Finding> findings = new ValidationRun(null, ValidationContext.defaults()).validated(result).findings();
        assertThat(findings).filteredOn(f -> f.rule().equals("ORFANO")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("3.2.1", "3.2.2"));
        assertThat(findings).noneMatch(f -> f.rule().equals("PESI-SOMMA") && "3.1".equals(f.code()));
    }

    /** 2: each area and objective once, its KPIs from both blocks of rows. */
    @Test
    void theSameElementFurtherDownIsTheSameElement() throws Exception {
        Plan plan = plan("caso2-kpi-per-livello.csv");
        assertThat(plan.elements()).hasSize(1);
        List<Element> objectives = plan.elements().get(0).children();
        assertThat(objectives).extracting(Element::name).containsExactly("1.1 - Sostenere la competitività delle"
                + " imprese", "1.2 - Favorire l'internazionalizzazione");
        assertThat(objectives.get(0).indicators()).extracting(Indicator::name)
                .containsExactly("Valore medio performance obiettivi operativi", "Risorse destinate a interventi"
                        + " economici");
        assertThat(objectives.get(0).children()).extracting(Element::code).containsExactly("1.1.1", "1.1.2");
        assertThat(objectives.get(1).children()).extracting(Element::code).containsExactly("1.2.1");
    }

    /** 3: a mission row above objectives read from columns; objective 3 under two missions is two elements. */
    @Test
    void aMissionRowStandsAboveLevelsReadFromColumns() throws Exception {
        Plan plan = plan("caso3-missione-sopra-colonne.xlsx");
        assertThat(plan.elements()).extracting(Element::level, Element::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Level.MISSIONE, "011"),
                        org.assertj.core.groups.Tuple.tuple(Level.MISSIONE, "016"));
        assertThat(plan.elements().get(0).children()).extracting(Element::code).containsExactly("3");
        assertThat(plan.elements().get(0).children().get(0).children()).extracting(Element::code)
                .containsExactly("3.1", "3.2");
        assertThat(plan.elements().get(1).children()).extracting(Element::code).containsExactly("3", "4");
        assertThat(plan.elements().get(1).children().get(0).children()).extracting(Element::code)
                .containsExactly("3.4");
    }

    /** 3: objectives as titles above tables whose rows carry actions in columns. */
    @Test
    void titleRowsStandAboveLevelsReadFromColumns() throws Exception {
        Plan plan = plan("caso3-obiettivo-titolo-tabella.docx");
        Element os = plan.elements().get(0);
        assertThat(os.children()).extracting(Element::code).containsExactly("1.1", "1.2");
        Element op = os.children().get(0);
        assertThat(op.children()).extracting(Element::code).containsExactly("1.1.1", "1.1.2");
        assertThat(op.children().get(0).indicators()).extracting(Indicator::name)
                .containsExactly("Numero eventi realizzati", "Partecipanti agli eventi");
    }

    /** 4: the objective's row repeats the year labels: a header and a level; nothing above it is data. */
    @Test
    void aHeaderRowThatNamesALevelOpensIt() throws Exception {
        Plan plan = plan("caso4-obiettivo-riga-intestazione.xlsx");
        assertThat(plan.indicators()).isEmpty();
        assertThat(plan.elements()).extracting(Element::code, Element::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "Semplificazione amministrativa"),
                        org.assertj.core.groups.Tuple.tuple("2", "Trasparenza e integrità"));
        Indicator first = plan.elements().get(0).indicators().get(1);
        assertThat(first.targets()).containsOnlyKeys(2016, 2017, 2018);
        assertThat(first.notes()).isEqualTo("su 77 comuni");
        RowBalance balance = plan.balance().get(0);
        assertThat(balance.outcomes()).isEqualTo(Map.of("indicatore", 3, "livello", 2, "titolo", 1));
    }

    /** 5 and 9: the code column without a header, read by position; the PIRA mark in the code cell. */
    @Test
    void aColumnWithoutHeaderAndTheMarkInTheCode() throws Exception {
        Element op = plan("caso5-colonna-senza-intestazione.docx").elements().get(0);
        assertThat(op.indicators()).extracting(Indicator::code, Indicator::pira)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.1.1", true),
                        org.assertj.core.groups.Tuple.tuple("1.1.2", false),
                        org.assertj.core.groups.Tuple.tuple("1.1.3", true));
    }

    /** 6: two indicators in one cell, split with their targets on the matching lines. */
    @Test
    void twoIndicatorsInOneCellAreSplitWithTheirTargets() throws Exception {
        Element op = plan("caso6-due-indicatori-una-cella.xlsx").elements().get(0);
        assertThat(op.indicators()).hasSize(2);
        assertThat(op.indicators().get(0).targets().get(2020).raw()).isEqualTo("> 1");
        assertThat(op.indicators().get(1).targets().get(2020).raw()).isEqualTo("90%");
        assertThat(op.indicators().get(1).targets().get(2021).raw()).isEqualTo("92%");
        assertThat(op.indicators().get(1).targets().get(2021).location().cell()).isEqualTo("D2");
    }

    /** 7: merged cells cut by the page break go on over the next page; the row split by the break is one. */
    @Test
    void aMergedCellAndARowCutByThePageBreakGoOn() throws Exception {
        Plan plan = plan("caso7-cella-unita-oltre-pagina.pdf");
        assertThat(plan.elements()).extracting(Element::code).containsExactly("1", "2");
        Element credito = plan.elements().get(0).children().get(1);
        assertThat(credito.code()).isEqualTo("1.2");
        assertThat(credito.indicators()).hasSize(14);
        Indicator split = credito.indicators().get(4);
        assertThat(split.code()).isEqualTo("1.2.5");
        assertThat(split.name()).isEqualTo("Indicatore numero 5 dell'obiettivo, con un nome lungo quanto quelli veri");
        assertThat(credito.indicators().get(5).provenance().page()).isEqualTo(2);
        assertThat(plan.notes()).extracting(n -> n.code()).containsExactly("RIGA-SPEZZATA");
    }

    /** 8: several tables on one page, "INDICATORE" over the code and the name: every table keeps both. */
    @Test
    void severalTablesOnAPageKeepTheirCodeColumn() throws Exception {
        Plan plan = plan("caso8-tabelle-stessa-pagina.pdf");
        assertThat(plan.elements()).extracting(Element::code).containsExactly("1.1", "1.2", "1.3");
        assertThat(plan.elements()).allSatisfy(e -> assertThat(e.indicators()).hasSize(2)
                .allSatisfy(i -> assertThat(i.code()).startsWith(e.code() + ".")));
        assertThat(plan.notes()).isEmpty();
        // a place a person can find: the page, its table, the row in that table
        assertThat(plan.elements().get(1).indicators().get(1).provenance().describe())
                .isEqualTo("caso8-tabelle-stessa-pagina.pdf, pagina 1, tabella 2, riga 3");
    }

    /** Issue 13: one plan over four sheets, the year in each sheet's name, each element and indicator once. */
    @Test
    void severalSheetsAreOnePlanWithTheYearFromTheSheetName() throws Exception {
        Plan plan = plan("fogli-piano-per-anno.xlsx");
        assertThat(plan.years()).containsExactly(2020, 2021);
        Element area = plan.elements().get(0);
        assertThat(plan.elements()).hasSize(1);
        assertThat(area.children()).extracting(Element::name).containsExactly("1.1 - Sostenere la competitività",
                "1.2 - Internazionalizzazione");
        Element pid = area.children().get(0).children().get(0);
        assertThat(pid.indicators()).extracting(Indicator::name).containsExactly("Imprese assistite dal PID",
                "Eventi di formazione");
        assertThat(pid.indicators().get(0).targets()).extractingByKeys(2020, 2021)
                .extracting(v -> v.raw()).containsExactly("120", "150");
        assertThat(pid.indicators().get(0).targets().get(2021).location().sheet()).isEqualTo("Operativo 2021");
        assertThat(area.children().get(0).indicators()).singleElement().satisfies(i ->
                assertThat(i.targets()).containsOnlyKeys(2020, 2021));
        // the sheet "Note", which reader.sheets does not name, has its balance too: not read, and why
        assertThat(plan.balance()).extracting(RowBalance::table).containsExactly("Operativo 2020", "Operativo 2021",
                "Strategico 2020", "Strategico 2021", "Note");
        assertThat(plan.notes()).extracting(n -> n.code()).containsExactly("FOGLI-NON-LETTI");
        // the grouped rows of a sheet may be indicators of another sheet: not "1 indicatore in 4 righe"
        assertThat(PlanSummary.balance(plan)).contains("Operativo 2021: 5 righe: 1 indicatore, 3 raggruppate in"
                + " indicatori già letti, 1 intestazione").contains("Note: 1 riga: 1 non letta (la mappatura non legge"
                + " questo foglio)");
    }

    /** The same sheets without group_by: each indicator twice, and said so, never in silence. */
    @Test
    void withoutGroupByTheRepeatedIndicatorIsReported() throws Exception {
        Path mapping = CASES.resolve("fogli-piano-per-anno.yaml");
        String yaml = Files.readString(mapping).replace("    group_by: [name]\n", "");
        ImportResult result = importWith(yaml, "fogli-piano-per-anno.xlsx");
        assertThat(result.plan().allIndicators()).hasSize(11);
        assertThat(result.plan().notes()).filteredOn(n -> n.code().equals("INDICATORE-RIPETUTO")).hasSize(5)
                .first().satisfies(n -> assertThat(n.message()).startsWith("l'indicatore \"Imprese assistite dal"
                        + " PID\" compare di nuovo sotto l'obiettivo operativo 1.1.1 - Punto impresa digitale"));
    }

    /**
     * Issue 13: a long export, one row per indicator and quarter, sorted by quarter: one indicator each, the progress
     * of its quarters ("Avanzamento", a fraction read as a percentage) by period; without a year's value the
     * achievement is the progress stated for the last quarter, and says so.
     */
    @Test
    void aLongExportGivesOneIndicatorWithItsQuarters() throws Exception {
        Plan plan = plan("export-trimestri.csv");
        assertThat(plan.allIndicators()).hasSize(3);
        Indicator formati = plan.allIndicators().stream()
                .filter(i -> i.name().startsWith("Dipendenti formati")).findFirst().orElseThrow();
        assertThat(formati.actuals()).isEmpty();
        assertThat(formati.periods()).isEmpty();
        assertThat(formati.progress().get(2020)).containsOnlyKeys("1", "2", "3", "4");
        assertThat(formati.progress().get(2020).get("4").raw()).isEqualTo("0,93");
        assertThat(formati.progress().get(2020).get("4").parsed().number()).isEqualByComparingTo("93");
        assertThat(formati.targets().get(2020).raw()).isEqualTo("90%");
        var assessment = new pira.achievement.AchievementCalculator(2020, true).indicator(formati, null);
        assertThat(assessment.percent()).isEqualByComparingTo("93");
        assertThat(assessment.method()).isEqualTo("avanzamento dichiarato del periodo 4, l'ultimo rilevato");
        assertThat(plan.balance().get(0).outcomes()).isEqualTo(Map.of("intestazione", 1, "indicatore", 3,
                "raggruppata", 9));
        assertThat(pira.pipeline.PlanSummary.balance(plan)).containsExactly(
                "13 righe: 3 indicatori in 12 righe raggruppate, 1 intestazione");
    }

    /** Measured values by quarter (actuals with period): the last quarter's value is judged against the target. */
    @Test
    void measuredValuesByPeriodAreJudgedAgainstTheTarget() throws Exception {
        String yaml = Files.readString(CASES.resolve("export-trimestri.yaml")).replace("progress:", "actuals:");
        Plan plan = importWith(yaml, "export-trimestri.csv").plan();
        Indicator formati = plan.allIndicators().stream()
                .filter(i -> i.name().startsWith("Dipendenti formati")).findFirst().orElseThrow();
        assertThat(formati.periods().get(2020).get("4").raw()).isEqualTo("0,93");
        var assessment = new pira.achievement.AchievementCalculator(2020, true).indicator(formati, null);
        assertThat(assessment.percent()).isEqualByComparingTo("100");
        assertThat(assessment.method()).isEqualTo("più alto è meglio, valore del periodo 4, l'ultimo rilevato: manca"
                + " quello dell'anno");
    }

    /**
     * A fraction of one read as a measured value against a count target (0,8 against "50 imprese") is not judged:
     * it used to give 100% (80 against 50) in silence.
     */
    @Test
    void aFractionAgainstACountIsNotJudged() throws Exception {
        String yaml = Files.readString(CASES.resolve("export-anni.yaml")).replace("progress:", "actuals:");
        Plan plan = importWith(yaml, "export-anni.csv").plan();
        Indicator partecipanti = plan.allIndicators().stream()
                .filter(i -> i.name().equals("Imprese partecipanti")).findFirst().orElseThrow();
        var assessment = new pira.achievement.AchievementCalculator(2021, true).indicator(partecipanti, null);
        assertThat(assessment.assessable()).isFalse();
        assertThat(assessment.reason()).isEqualTo("il valore conseguito \"0,8\" è una frazione di uno e il target"
                + " \"50\" un numero: non si confrontano (se è un avanzamento, la mappatura lo legga con progress)"
                + " (valore del periodo 2, l'ultimo rilevato: manca quello dell'anno)");
        assertThat(new pira.achievement.AchievementCalculator(2021, true).indicator(plan("export-anni.csv")
                .allIndicators().stream().filter(i -> i.name().equals("Imprese partecipanti")).findFirst()
                .orElseThrow(), null).percent()).isEqualByComparingTo("80");
    }

    /** Issue 13: an indicator assigned to two units keeps each unit's values; its achievement is their mean. */
    @Test
    void unitsKeepTheirOwnValuesAndTheIndicatorIsTheirMean() throws Exception {
        Plan plan = plan("export-strutture.csv");
        Indicator published = plan.elements().get(0).indicators().get(0);
        assertThat(published.targets()).isEmpty();
        assertThat(published.units()).extracting(pira.model.AssignedUnit::name)
                .containsExactly("Segreteria generale", "Ufficio personale");
        assertThat(published.units().get(1).progress().get(2020).get("2").raw()).isEqualTo("0,8");
        var assessment = new pira.achievement.AchievementCalculator(2020, true).indicator(published, null);
        assertThat(assessment.percent()).isEqualByComparingTo("90");
        assertThat(assessment.method()).isEqualTo("media delle strutture assegnatarie (valutate 2 di 2)");
    }

    /**
     * Issue 13: an objectives x units matrix: each non-empty cell of the "FTE per struttura" columns assigns that unit
     * to the objective, with its FTE as share; an objective over two rows (merged cells) keeps its units once.
     */
    @Test
    void aMatrixOfUnitsAssignsEachUnitItsShare() throws Exception {
        Plan plan = plan("matrice-strutture.xlsx");
        assertThat(plan.elements()).hasSize(6);
        Element pid = plan.elements().get(0);
        assertThat(pid.units()).extracting(u -> u.name() + " " + u.share().raw())
                .containsExactly("Promozione 2,5", "Studi e statistica 0,5");
        assertThat(pid.units().get(0).share().location().describe()).isEqualTo("matrice-strutture.xlsx, foglio Obiettivi x strutture, cella G4");
        assertThat(pid.indicators()).hasSize(2);
        assertThat(plan.elements().get(5).units()).extracting(pira.model.AssignedUnit::name)
                .containsExactly("Segreteria generale", "Personale");
        assertThat(PlanSummary.of(plan)).isEqualTo("6 obiettivi operativi, 6 indicatori, 8 strutture assegnate, anni"
                + " [2021], 0 avvisi di importazione");
        assertThat(plan.notes()).isEmpty();
    }

    /** A pattern that matches every unit's column, without (?<unit>...), is an error naming the columns. */
    @Test
    void aPatternOverManyColumnsWithoutUnitIsAnError() throws Exception {
        String yaml = Files.readString(CASES.resolve("matrice-strutture.yaml"))
                .replace("\"^FTE per struttura / (?<unit>.+)$\"", "\"^FTE per struttura\"")
                .replace(", units: fte", "")
                .replace("  indicatore: \"^Indicatore$\"\n", "  indicatore: \"^Indicatore$\"\n  quota: \"^FTE\"\n")
                .replace("    targets: target\n", "    targets: target\n    notes: quota\n");
        ImportResult result = importWith(yaml, "matrice-strutture.xlsx");
        assertThat(result.ok()).isFalse();
        assertThat(result.error()).contains("il campo 'quota' (/^FTE/) corrisponde a più colonne: E \"FTE per"
                + " struttura / Segreteria generale\", F \"FTE per struttura / Registro imprese\"")
                .contains("un gruppo (?<unit>...) ne fa una dimensione");
    }

    /** The same matrix read as the indicators' units: each unit's FTE is its share of the indicator. */
    @Test
    void unitColumnsGiveAnIndicatorItsUnits() throws Exception {
        String yaml = Files.readString(CASES.resolve("matrice-strutture.yaml")).replace(", units: fte", "")
                .replace("    targets: target\n", "    targets: target\n    assignee_share: fte\n"
                        + "    units_rollup: share\n");
        ImportResult result = importWith(yaml, "matrice-strutture.xlsx");
        Indicator ri = result.plan().elements().get(2).indicators().get(0);
        assertThat(ri.units()).extracting(u -> u.name() + " " + u.share().raw())
                .containsExactly("Segreteria generale 0,2", "Registro imprese 6,0");
        assertThat(ri.unitsRollup()).isEqualTo("quota");
        assertThat(ri.targets().get(2021).raw()).isEqualTo(">= 90%");
        assertThat(result.plan().elements().get(2).units()).isEmpty();
    }

    /**
     * Issue 13: an export over two years, codes before the names, "." where an indicator has no action; the
     * software renamed area 1 in 2021 and kept its code. With identity: code the area is one, and said so once;
     * each indicator is one, with both years.
     */
    @Test
    void anAreaRenamedOverTheYearsIsOneWithIdentityByCode() throws Exception {
        ImportResult result = importCase("export-anni.csv");
        Plan plan = result.plan();
        assertThat(plan.elements()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("COMPETITIVITÀ DELLE IMPRESE");
            assertThat(a.children()).extracting(Element::code).containsExactly("1.2", "1.1");
        });
        Element digital = plan.elements().get(0).children().get(1);
        // "." in Azione names no action: the indicator is the strategic objective's own, whole
        assertThat(digital.indicators()).singleElement().satisfies(i -> {
            assertThat(i.name()).startsWith("Grado di attuazione").hasSizeGreaterThan(1_000);
            assertThat(i.targets()).containsOnlyKeys(2020, 2021);
            assertThat(i.progress().get(2021)).containsOnlyKeys("1", "2");
        });
        assertThat(plan.notes()).extracting(n -> n.code()).containsExactly("CODICE-NOME-CAMBIATO",
                "FRAZIONE-OLTRE-UNO");
    }

    /**
     * Without identity: code the renamed area is two elements: validation says so once, at the area, not again at
     * each action below it nor through the import note.
     */
    @Test
    void aCodeWithTwoNamesIsReportedOnceAtItsCause() throws Exception {
        String yaml = Files.readString(CASES.resolve("export-anni.yaml")).replace(", identity: code}", "}");
        ImportResult result = importWith(yaml, "export-anni.csv");
        assertThat(result.plan().elements()).hasSize(2);
        List<Finding> findings = new ValidationRun(null, ValidationContext.defaults()).validated(result).findings();
        assertThat(findings).filteredOn(f -> f.rule().equals("CODICE-DUPLICATO")).singleElement().satisfies(f ->
                assertThat(f.message()).isEqualTo("Il codice dell'area strategica 1 è usato per \"COMPETITIVITÀ DELLE"
                        + " IMPRESE\" e \"COMPETITIVITÀ E SVILUPPO DELLE IMPRESE\" (righe 2, 8): sono due elementi. Se"
                        + " sono lo stesso elemento, correggere il nome (o, se nel documento il codice basta a"
                        + " riconoscerlo, 'identity: code' nel livello della mappatura); altrimenti il codice."));
        assertThat(findings).noneMatch(f -> f.message().contains("CODICE-NOME") || f.message().contains("sono tenuti"
                + " distinti"));
    }

    /**
     * Issue 13: a plan in two sheets of different shapes, read by two sections of one mapping: the operational
     * sheet names its strategic objective by code only, and each objective is the one the "cruscotto" read.
     */
    @Test
    void twoSectionsOfDifferentShapeAreOnePlan() throws Exception {
        Plan plan = plan("cruscotto-e-operativo.xlsx");
        assertThat(plan.elements()).extracting(Element::code).containsExactly("1", "2");
        Element os11 = plan.elements().get(0).children().get(0);
        assertThat(os11.name()).isEqualTo("Sostenere la competitività");
        assertThat(os11.indicators()).singleElement().satisfies(i -> assertThat(i.targets())
                .containsOnlyKeys(2021, 2022, 2023));
        assertThat(os11.children()).extracting(Element::code).containsExactly("1.1.1", "1.1.2");
        assertThat(plan.elements().get(1).children().get(0).children()).extracting(Element::code)
                .containsExactly("2.1.1");
        assertThat(plan.balance()).extracting(RowBalance::table).containsExactly("Cruscotto", "Obiettivi operativi");
        assertThat(plan.notes()).isEmpty();
    }

    /** A section that finds no table of its own is a mismatch that names it, never a plan without it. */
    @Test
    void aSectionWithoutItsTableIsAMismatch() throws Exception {
        String yaml = Files.readString(CASES.resolve("cruscotto-e-operativo.yaml"))
                .replace("reader: {sheet: Obiettivi operativi}", "reader: {sheet: Operativo}");
        ImportResult result = importWith(yaml, "cruscotto-e-operativo.xlsx");
        assertThat(result.ok()).isFalse();
        assertThat(result.error()).isEqualTo("cruscotto-e-operativo.xlsx: la sezione 2 della mappatura"
                + " cruscotto-e-operativo non trova la sua tabella: il foglio \"Operativo\" non c'è o non ha"
                + " l'intestazione [Obiettivo operativo, Indicatore]; fogli presenti: [Cruscotto, Obiettivi operativi]");
    }

    /** A section's element whose parent no other table read is placed at the top, and said so. */
    @Test
    void anElementOfASectionWithoutItsParentIsReported() throws Exception {
        Mapping mapping = MappingLoader.parse("c.yaml", Files.readString(CASES.resolve("cruscotto-e-operativo.yaml")));
        pira.source.RawTable cruscotto = new pira.source.RawTable("Cruscotto", false, List.of(
                new pira.source.RawRow(1, false, new String[] {"Area strategica", "Obiettivo strategico", "KPI", "Peso",
                        "Target 2021"}),
                new pira.source.RawRow(2, false, new String[] {"1 - Competitività", "1.1 - Sostenere", "Valore medio", "100%",
                        "80%"})), List.of());
        pira.source.RawTable operativo = new pira.source.RawTable("Obiettivi operativi", false, List.of(
                new pira.source.RawRow(1, false, new String[] {"Obiettivo strategico", "Codice", "Obiettivo operativo",
                        "Indicatore", "Target 2021"}),
                new pira.source.RawRow(2, false, new String[] {"1.1", "1.1.1", "PID", "Imprese assistite", "150"}),
                new pira.source.RawRow(3, false, new String[] {"3.1", "3.1.1", "Pagamenti", "Tempestività", "0"})), List.of());
        var result = pira.layout.TableMapper.mapAll(List.of(
                new pira.layout.TableMapper.Part(mapping.parts().get(0), cruscotto, null),
                new pira.layout.TableMapper.Part(mapping.parts().get(1), operativo, null)), "f.xlsx",
                mapping.levelOrder()).orElseThrow().result();
        assertThat(result.elements()).extracting(Element::code).containsExactly("1", "3.1");
        assertThat(result.elements().get(0).children().get(0).children()).extracting(Element::code)
                .containsExactly("1.1.1");
        assertThat(result.notes()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("GENITORE-NON-TROVATO");
            assertThat(n.message()).isEqualTo("l'obiettivo strategico 3.1 non è tra gli elementi letti nelle altre"
                    + " tabelle: resta al primo livello, senza il livello superiore");
            assertThat(n.location().row()).isEqualTo(3);
        });
    }

    /** A grouped indicator's own value (stated achievement) that differs on another row is reported, not dropped. */
    @Test
    void anotherStatedAchievementOnAGroupedRowIsReported() throws Exception {
        String yaml = Files.readString(CASES.resolve("export-trimestri.yaml"))
                .replace("    progress: {field: avanzamento, year_field: anno}\n", "    stated_achievement: avanzamento\n");
        Plan plan = importWith(yaml, "export-trimestri.csv").plan();
        assertThat(plan.notes()).filteredOn(n -> n.code().equals("VALORE-RIPETUTO")).hasSize(9).first()
                .satisfies(n -> assertThat(n.message()).startsWith("l'indicatore \"Pubblicazione tempestiva dei dati"
                        + " in Amministrazione trasparente\" ha il grado di raggiungimento dichiarato \"0,5\" qui e"
                        + " \"0,25\" in"));
    }

    /** A matrix of objectives and units without indicators: a mapping of levels alone. */
    @Test
    void aMatrixWithoutIndicatorsIsReadWithLevelsAlone() throws Exception {
        String yaml = Files.readString(CASES.resolve("matrice-strutture.yaml")).replaceAll("(?s)indicators:.*", "")
                .replace("  indicatore: \"^Indicatore$\"\n", "").replace("  target: \"^Target (?<year>20\\\\d\\\\d)$\"\n", "");
        Plan plan = importWith(yaml, "matrice-strutture.xlsx").plan();
        assertThat(plan.elements()).hasSize(6).allSatisfy(e -> assertThat(e.units()).isNotEmpty());
        assertThat(plan.allIndicators()).isEmpty();
    }

    /**
     * A header of two rows read as one: the second row, which the merged cells of the first reach, was read as data
     * and made an objective "Codice" of the header's words; now it is header, and said so with the fix.
     */
    @Test
    void aRowReachedByTheHeadersMergedCellsIsHeader() throws Exception {
        String yaml = Files.readString(CASES.resolve("matrice-strutture.yaml")).replace("  rows: 2\n", "  rows: 1\n");
        Plan plan = importWith(yaml, "matrice-strutture.xlsx").plan();
        assertThat(plan.elements()).extracting(Element::code).doesNotContain("Codice").hasSize(6);
        assertThat(plan.notes()).filteredOn(n -> n.code().equals("INTESTAZIONE-PIU-LUNGA")).singleElement()
                .satisfies(n -> assertThat(n.message()).isEqualTo("la riga 3 fa parte dell'intestazione (una sua cella"
                        + " unita scende dalla riga 2), ma la mappatura ne legge 1 riga: non è letta come dati, e i suoi"
                        + " testi non entrano nei percorsi delle colonne; se l'intestazione è di 2 righe, scrivere"
                        + " header.rows: 2"));
    }
}
