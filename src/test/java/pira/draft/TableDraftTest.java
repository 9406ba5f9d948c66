package pira.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pira.mapping.MappingCandidate;
import pira.mapping.MappingLoader;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Plan;
import pira.pipeline.ImportResult;
import pira.pipeline.Importer;

/**
 * The table draft: a header of several rows under a title, the plan on another sheet than the first, levels from
 * merged columns and from dotted codes; the draft, saved as it is, imports the file.
 */
class TableDraftTest {

    @TempDir
    Path dir;

    /** With "Obiettivo", "Indicatore" and "Peso" merged down over the two rows of the header, or not. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aHeaderOfTwoRowsUnderATitleHasItsYearsUnderTheMergedTargetAsTargets(boolean mergedDown) throws Exception {
        TestWorkbook workbook = new TestWorkbook().sheet("Piano",
                row("Piano della performance 2022-2024"),
                row("Obiettivo", "Indicatore", "Peso", "Target", "", ""),
                row("", "", "", "2022", "2023", "2024"),
                row("1.1 - Digitalizzazione", "Imprese assistite dal PID", "50%", "100", "120", "140"),
                row("", "Eventi di formazione", "50%", "10", "12", "14"),
                row("1.2 - Internazionalizzazione", "Imprese esportatrici", "100%", "40", "45", "50"))
                .merge("A1:F1").merge("D2:F2").merge("A4:A5");
        if (mergedDown) {
            workbook.merge("A2:A3").merge("B2:B3").merge("C2:C3");
        }
        Path file = workbook.save(dir.resolve("piano.xlsx"));

        String draft = MappingDraft.suggest(file);

        assertThat(draft).contains("  find: ['Obiettivo', 'Indicatore', 'Peso']\n  rows: 2\n",
                "  target: '^Target / (?<year>20\\d\\d)$'", "    targets: target", "    weight: peso",
                "  - {level: obiettivo_operativo, code: obiettivo_codice, name: obiettivo_nome}");
        Plan plan = imported(draft, file);
        assertThat(plan.allIndicators()).extracting(Indicator::name).containsExactly("Imprese assistite dal PID",
                "Eventi di formazione", "Imprese esportatrici");
        assertThat(targets(plan.allIndicators().get(0))).isEqualTo(Map.of(2022, "100", 2023, "120", 2024, "140"));
        assertThat(targets(plan.allIndicators().get(2))).isEqualTo(Map.of(2022, "40", 2023, "45", 2024, "50"));
        assertThat(tree(plan.elements())).containsExactly(
                "obiettivo_operativo 1.1 Digitalizzazione: Imprese assistite dal PID [2022, 2023, 2024], Eventi di"
                        + " formazione [2022, 2023, 2024]",
                "obiettivo_operativo 1.2 Internazionalizzazione: Imprese esportatrici [2022, 2023, 2024]");
    }

    @Test
    void thePlanOnTheSecondSheetIsChosenAndTheOtherSheetIsNamed() throws Exception {
        Path file = new TestWorkbook()
                .sheet("Istruzioni", row("Voce", "Descrizione"), row("Peso", "la quota dell'indicatore"),
                        row("Target", "il valore atteso"))
                .sheet("Piano", row("Obiettivo operativo", "Indicatore", "Target 2023", "Target 2024"),
                        row("Digitalizzazione", "Imprese assistite", "100", "120"),
                        row("Digitalizzazione", "Eventi di formazione", "10", "12"),
                        row("Internazionalizzazione", "Imprese esportatrici", "40", "45"))
                .save(dir.resolve("fogli.xlsx"));

        String draft = MappingDraft.suggest(file);

        assertThat(draft).contains("reader:\n  sheet: 'Piano'\n",
                "# Altri fogli con una tabella con un'altra intestazione: 'Istruzioni'.",
                "  - {level: obiettivo_operativo, name: obiettivo_operativo}", "    targets: target");
        Plan plan = imported(draft, file);
        assertThat(plan.elements()).extracting(Element::name).containsExactly("Digitalizzazione",
                "Internazionalizzazione");
        assertThat(plan.allIndicators()).hasSize(3)
                .allSatisfy(i -> assertThat(i.targets()).containsOnlyKeys(2023, 2024));
    }

    @Test
    void dottedCodesOfSeveralDepthsInOneColumnAreLevelsAboveTheIndicators() throws Exception {
        Path file = new TestWorkbook().sheet("Piano",
                row("Codice", "Descrizione", "Peso", "Target 2023", "Target 2024"),
                row("1", "Competitività"),
                row("1.1", "Digitalizzazione"),
                row("1.1.1", "Imprese assistite", "50%", "100", "120"),
                row("1.1.2", "Eventi di formazione", "50%", "10", "12"),
                row("1.2", "Internazionalizzazione"),
                row("1.2.1", "Imprese esportatrici", "100%", "40", "45"),
                row("2", "Semplificazione"),
                row("2.1", "Tempi del Registro imprese"),
                row("2.1.1", "Pratiche evase nei termini", "100%", "90%", "92%"))
                .save(dir.resolve("codici.xlsx"));

        String draft = MappingDraft.suggest(file);

        assertThat(draft).contains("levels:\n"
                + "  - {level: obiettivo_strategico, match: '^(?<code>\\d+)\\.?(?:\\t|\\s*[-–]\\s+|\\s+)"
                + "(?<name>[^\\t]+)'}\n"
                + "  - {level: obiettivo_operativo, match: '^(?<code>\\d+\\.\\d+)\\.?(?:\\t|\\s*[-–]\\s+|\\s+)"
                + "(?<name>[^\\t]+)'}\n", "    code: codice", "# Livelli INDOVINATI");
        Plan plan = imported(draft, file);
        assertThat(tree(plan.elements())).containsExactly(
                "obiettivo_strategico 1 Competitività",
                "  obiettivo_operativo 1.1 Digitalizzazione: 1.1.1 Imprese assistite [2023, 2024], 1.1.2 Eventi di"
                        + " formazione [2023, 2024]",
                "  obiettivo_operativo 1.2 Internazionalizzazione: 1.2.1 Imprese esportatrici [2023, 2024]",
                "obiettivo_strategico 2 Semplificazione",
                "  obiettivo_operativo 2.1 Tempi del Registro imprese: 2.1.1 Pratiche evase nei termini [2023, 2024]");
    }

    /** On these samples the draft, as it is, reads the tree that their written mapping reads. */
    @ParameterizedTest
    @ValueSource(strings = {"casi/caso1-azioni-senza-obiettivo.xlsx", "casi/caso2-kpi-per-livello.csv",
        "casi/caso3-missione-sopra-colonne.xlsx", "casi/caso3-obiettivo-titolo-tabella.docx",
        "casi/caso5-colonna-senza-intestazione.docx", "casi/caso6-due-indicatori-una-cella.xlsx",
        "casi/caso7-cella-unita-oltre-pagina.pdf", "casi/caso8-tabelle-stessa-pagina.pdf",
        "casi/matrice-strutture.xlsx", "milano-pira-2019-2021.xlsx", "milano-pira-2019-2021.pdf"})
    void theDraftReadsTheTreeOfTheWrittenMapping(String sample) throws Exception {
        Path file = Path.of("samples", sample);
        Path written = Path.of("samples", sample.replaceFirst("\\.[a-z]+$", ".yaml"));
        Importer byHand = Files.exists(written)
                ? new Importer(List.of(), new MappingCandidate(MappingLoader.load(written), "scritta"))
                : new Importer(pira.mapping.BuiltinMappings.load(), null);
        Plan expected = byHand.importFile(file).plan();

        Plan drafted = imported(MappingDraft.suggest(file), file);

        assertThat(tree(drafted.elements())).isEqualTo(tree(expected.elements()));
    }

    private Plan imported(String draft, Path file) throws Exception {
        Path mapping = Files.writeString(dir.resolve("bozza.yaml"), draft);
        ImportResult result = new Importer(List.of(), new MappingCandidate(MappingLoader.load(mapping), "bozza"))
                .importFile(file);
        assertThat(result.error()).isNull();
        return result.plan();
    }

    private static String[] row(String... cells) {
        return cells;
    }

    private static Map<Integer, String> targets(Indicator indicator) {
        Map<Integer, String> texts = new TreeMap<>();
        indicator.targets().forEach((year, value) -> texts.put(year, value.raw()));
        return texts;
    }

    /**
     * One line per element: level, code and name (a code written before the name, "1 - Area", taken as the code),
     * then its indicators with their codes and the years of their targets.
     */
    static List<String> tree(List<Element> elements) {
        List<String> lines = new ArrayList<>();
        tree(elements, "", lines);
        return lines;
    }

    private static void tree(List<Element> elements, String indent, List<String> lines) {
        for (Element e : elements) {
            String name = String.valueOf(e.name());
            String code = e.code();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s*-?\\s+(.*)$")
                    .matcher(name);
            if (code == null && m.matches()) {
                code = m.group(1);
                name = m.group(2);
            }
            List<String> indicators = e.indicators().stream().map(i -> (i.code() == null ? "" : i.code() + " ")
                    + i.name() + " " + i.targets().keySet()).toList();
            lines.add(indent + e.level().id() + " " + code + " " + name
                    + (indicators.isEmpty() ? "" : ": " + String.join(", ", indicators)));
            tree(e.children(), indent + "  ", lines);
        }
    }
}
