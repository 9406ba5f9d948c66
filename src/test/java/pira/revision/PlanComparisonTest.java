package pira.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pira.mapping.MappingCandidate;
import pira.mapping.MappingLoader;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Level;
import pira.model.Location;
import pira.model.Plan;
import pira.model.SourceFile;
import pira.model.Value;
import pira.pipeline.ImportResult;
import pira.pipeline.Importer;
import pira.value.StatusNotes;
import pira.value.ValueParser;

/**
 * The comparison of the Milano PIRA 2019-2021 with its revision 2020-2022 (a golden JSON, valid against
 * {@code schema/confronto.schema.json}, and its findings one by one), and small hand-made revisions for each check.
 */
class PlanComparisonTest {

    private static final Path GOLDEN =
            Path.of("src/test/resources/golden/confronto/milano-pira-2019-2021-2020-2022.json");
    private static Comparison milano;

    @BeforeAll
    static void compareTheMilanoRevisions() throws Exception {
        milano = PlanComparison.compare(milano("milano-pira-2019-2021.pdf"), milano("milano-pira-2020-2022.pdf"));
    }

    private static Plan milano(String sample) throws Exception {
        MappingCandidate m = new MappingCandidate(MappingLoader.load(Path.of("mappings/milano-pira.yaml")),
                "milano-pira.yaml");
        ImportResult r = new Importer(List.of(), m).importFile(Path.of("samples", sample));
        assertThat(r.error()).isNull();
        return r.plan();
    }

    @Test
    void milanoComparisonIsItsGoldenJsonAndValidAgainstTheSchema() throws Exception {
        String json = ComparisonJson.toJson(milano);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
        }
        assertThat(json).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(new ObjectMapper().readTree(Path.of("schema/confronto.schema.json").toFile()));
        assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
        assertThat(schema.validate(json.replace("\"kind\" : \"spostato\"", "\"kind\" : \"trasferito\""),
                InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void milanoChangesByKind() {
        assertThat(milano.commonYears()).containsExactly(2020, 2021);
        assertThat(milano.onlyBefore()).containsExactly(2019);
        assertThat(milano.onlyAfter()).containsExactly(2022);
        // issue 26: the tree too. Objective 2.5 is gone (its only indicator, 2.5.1, moved under 2.4, below); strategic
        // objective 3, listed under missions 011 and 016, is one element and no repetition
        assertThat(milano.elementChanges()).extracting(ElementChange::kind, ElementChange::level, ElementChange::code,
                ElementChange::description).containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.ELIMINATO,
                pira.model.Level.OBIETTIVO_OPERATIVO, "2.5", "Obiettivo operativo 2.5: eliminato (era sotto Obiettivo"
                        + " strategico 2)"));
        assertThat(milano.changes()).hasSize(9);
        assertThat(milano.changes(ChangeKind.INSERITO)).extracting(Change::code).containsExactly("1.2.2", "1.4.4",
                "1.4.5");
        assertThat(milano.changes(ChangeKind.ELIMINATO)).extracting(Change::code, Change::what).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1.1.5", "elencato come eliminato"),
                org.assertj.core.groups.Tuple.tuple("3.1.2", "non più presente"));
        assertThat(milano.changes(ChangeKind.RINOMINATO)).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualTo("Riduzione tempo medio di evasione partiche");
            assertThat(c.after()).isEqualTo("Riduzione tempo medio di evasione pratiche RI");
        });
        assertThat(milano.changes(ChangeKind.MODIFICATO)).extracting(Change::code, Change::what, Change::before,
                Change::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple("1.4.1", "target 2020", "20%", "22%"),
                org.assertj.core.groups.Tuple.tuple("2.4.2", "responsabile", "Camera Arbitrale",
                        "Camera Arbitrale/Tutela del mercato e ambiente"));
        assertThat(milano.changes(ChangeKind.SPOSTATO)).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("2.5.1");
            assertThat(c.before()).isEqualTo("Obiettivo operativo 2.5");
            assertThat(c.after()).isEqualTo("Obiettivo operativo 2.4");
        });
        // the 2022 targets, which only the revision has, are not changes: 1.2.1's 2022 is new, its note is wrong
        assertThat(milano.changes()).noneMatch(c -> "1.2.1".equals(c.code()) || c.what().equals("target 2022"));
    }

    @Test
    void milanoFindingsOnTheNotes() {
        assertThat(milano.notesUsed()).isTrue();
        assertThat(milano.findings()).extracting(NoteFinding::rule, NoteFinding::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NoteFinding.AGGIORNATO_SENZA_VARIAZIONI, "1.2.1"),
                org.assertj.core.groups.Tuple.tuple(NoteFinding.VARIAZIONE_SENZA_NOTA, "1.4.1"),
                org.assertj.core.groups.Tuple.tuple(NoteFinding.NOTA_INCOERENTE, "1.4.4"),
                org.assertj.core.groups.Tuple.tuple(NoteFinding.ELIMINATO_SENZA_NOTA, "3.1.2"));
        assertThat(milano.findings().get(0).message()).isEqualTo("L'indicatore 1.2.1 (N. imprese che utilizzano"
                + " servizio SUAP conv…) è segnato \"Aggiornato\" ma non è cambiato nulla: nome, target (2020, 2021),"
                + " peso, unità di misura, responsabile e livello sono quelli del documento precedente. Verificare se"
                + " manca l'aggiornamento o se la nota è di troppo.");
        assertThat(milano.findings().get(1).message()).contains("è cambiato (target 2020: 20% → 22%) ma non ha una"
                + " nota");
    }

    @Test
    void theSameRevisionsGiveTheSameBytes() throws Exception {
        Comparison again = PlanComparison.compare(milano("milano-pira-2019-2021.pdf"),
                milano("milano-pira-2020-2022.pdf"));
        assertThat(ComparisonJson.toJson(again)).isEqualTo(ComparisonJson.toJson(milano));
    }

    // --- small revisions, one check each

    private static int row = 1;

    private static Value v(String raw) {
        return new Value(raw, ValueParser.parse(raw), Location.ofCell("f.xlsx", "s", row++, 5));
    }

    private static Indicator ind(String code, String name, String note, String... targets2020and2021) {
        TreeMap<Integer, Value> targets = new TreeMap<>();
        for (int i = 0; i < targets2020and2021.length; i++) {
            targets.put(2020 + i, v(targets2020and2021[i]));
        }
        return new Indicator(code, name, null, null, "numero", null, null, null, false, null, null, targets, null,
                null, null, null, "Ufficio", null, Location.ofRow("f.xlsx", "s", row++), null, null, null, null,
                StatusNotes.parse(note, Location.ofRow("f.xlsx", "s", row++)));
    }

    private static Plan plan(String ente, List<Integer> years, Indicator... indicators) {
        Element op = new Element(Level.OBIETTIVO_OPERATIVO, "1.1", "Obiettivo", null, null,
                Location.ofRow("f.xlsx", "s", row++), List.of(indicators), List.of());
        return new Plan(Plan.SCHEMA_VERSION, ente, "piano", years,
                List.of(new SourceFile("f.xlsx", "0".repeat(64), "xlsx", "m")), List.of(op), List.of(), List.of(),
                List.of());
    }

    /**
     * Issue 25: a code repeated in both documents kept only its first row, and a revision that changed every other
     * repetition said "0 variazioni". The repetitions are paired in the documents' order, and the repetition is said.
     */
    @Test
    void repeatedCodesArePairedInOrderAndSaid() throws Exception {
        Indicator[] before = new Indicator[400];
        Indicator[] after = new Indicator[400];
        for (int k = 0; k < 400; k++) {
            before[k] = ind("1.1.1", "A", null, "10");
            after[k] = ind("1.1.1", "A", null, k == 0 ? "10" : "20");
        }
        Comparison c = PlanComparison.compare(plan("CCIAA", List.of(2020), before), plan("CCIAA", List.of(2020),
                after));
        assertThat(c.changes(ChangeKind.MODIFICATO)).hasSize(399)
                .allSatisfy(ch -> assertThat(ch.what()).isEqualTo("target 2020"));
        assertThat(c.changes(ChangeKind.INSERITO)).isEmpty();
        assertThat(c.findings()).extracting(NoteFinding::rule).containsExactly(NoteFinding.CODICE_RIPETUTO,
                NoteFinding.CODICE_RIPETUTO);
        assertThat(c.findings().get(1).message()).contains("1.1.1", "400 volte nel documento nuovo");
        // one more repetition in the new document is an insertion, not lost
        Indicator[] more = java.util.Arrays.copyOf(after, 401);
        more[400] = ind("1.1.1", "A", null, "20");
        assertThat(PlanComparison.compare(plan("CCIAA", List.of(2020), before), plan("CCIAA", List.of(2020), more))
                .changes(ChangeKind.INSERITO)).hasSize(1);
        assertThat(ComparisonText.render(c)).contains("Modificati (399)", "CODICE-RIPETUTO");
    }

    @Test
    void aggiornatoWithNothingChangedIsAFinding() throws Exception {
        Plan before = plan("CCIAA", List.of(2020, 2021), ind("1.1.1", "A", null, "10", "12"));
        Plan after = plan("CCIAA", List.of(2021, 2022), ind("1.1.1", "A", "Aggiornato con delibera n. 5", "99", "12"));
        Comparison c = PlanComparison.compare(before, after);
        // 2020 is a year of the earlier plan only: its two targets (10, 99) are not compared
        assertThat(c.commonYears()).containsExactly(2021);
        assertThat(c.changes()).isEmpty();
        assertThat(c.findings()).extracting(NoteFinding::rule).containsExactly(NoteFinding.AGGIORNATO_SENZA_VARIAZIONI);
    }

    @Test
    void withoutNotesTheChangesAreNotCheckedOneByOne() throws Exception {
        Comparison c = PlanComparison.compare(plan("CCIAA", List.of(2020), ind("1.1.1", "A", null, "10"),
                        ind("1.1.2", "B", null, "5")),
                plan("CCIAA", List.of(2020), ind("1.1.1", "A", null, "11"), ind("1.1.3", "C", null, "1")));
        assertThat(c.notesUsed()).isFalse();
        assertThat(c.changes()).extracting(Change::kind, Change::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChangeKind.INSERITO, "1.1.3"),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.ELIMINATO, "1.1.2"),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.MODIFICATO, "1.1.1"));
        assertThat(c.findings()).isEmpty();
        assertThat(ComparisonText.render(c)).contains("Il documento nuovo non ha note di stato");
    }

    @Test
    void withNotesEveryChangeWithoutOneIsAFinding() throws Exception {
        Comparison c = PlanComparison.compare(plan("CCIAA", List.of(2020), ind("1.1.1", "A", null, "10"),
                        ind("1.1.2", "B", null, "5"), ind("1.1.4", "D", null, "5")),
                plan("CCIAA", List.of(2020), ind("1.1.1", "A", null, "11"), ind("1.1.3", "C", null, "1"),
                        ind("1.1.4", "D", "Inserito in sede di rolling annuale", "5"),
                        ind("1.1.2", "B", "Eliminato in sede di rolling annuale")));
        assertThat(c.findings()).extracting(NoteFinding::rule, NoteFinding::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(NoteFinding.VARIAZIONE_SENZA_NOTA, "1.1.1"),
                org.assertj.core.groups.Tuple.tuple(NoteFinding.INSERITO_SENZA_NOTA, "1.1.3"),
                org.assertj.core.groups.Tuple.tuple(NoteFinding.NOTA_INCOERENTE, "1.1.4"));
        // listed as Eliminato: eliminated, with its note, and not a change of its targets
        assertThat(c.changes(ChangeKind.ELIMINATO)).singleElement().satisfies(ch -> {
            assertThat(ch.code()).isEqualTo("1.1.2");
            assertThat(ch.note()).isEqualTo("Eliminato in sede di rolling annuale");
        });
    }

    @Test
    void indicatorsWithoutCodesAreJoinedByName() throws Exception {
        Comparison c = PlanComparison.compare(plan("CCIAA", List.of(2020), ind(null, "Tempo medio", null, "10")),
                plan("CCIAA", List.of(2020), ind(null, "Tempo  medio", null, "8")));
        assertThat(c.changes()).singleElement().satisfies(ch -> {
            assertThat(ch.kind()).isEqualTo(ChangeKind.MODIFICATO);
            assertThat(ch.what()).isEqualTo("target 2020");
        });
    }

    @Test
    void twoChambersAreNotCompared() {
        assertThatThrownBy(() -> PlanComparison.compare(plan("Camera di commercio di Sondrio", List.of(2020)),
                plan("Camera di commercio di Milano", List.of(2020))))
                .isInstanceOf(ComparisonException.class)
                .hasMessage("i due documenti sono di due enti diversi (\"Camera di commercio di Sondrio\" e \"Camera"
                        + " di commercio di Milano\"): si confrontano solo due versioni del piano della stessa Camera");
    }
}
