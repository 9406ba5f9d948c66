package pira.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static pira.revision.TreeFixtures.action;
import static pira.revision.TreeFixtures.el;
import static pira.revision.TreeFixtures.ind;
import static pira.revision.TreeFixtures.op;
import static pira.revision.TreeFixtures.os;
import static pira.revision.TreeFixtures.plan;
import static pira.revision.TreeFixtures.revision;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import pira.model.Level;
import pira.model.Plan;

/**
 * Issue 26, item 2: the comparison of two revisions compares the tree too (elements inserted, eliminated, renamed,
 * moved, with another weight) and lists it before the indicators.
 */
class TreeComparisonTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/confronto/albero-revisione.json");

    /**
     * The done-when: action 1.1.2 from 25% to 20%, operational objective 1.4 from 10% to 15%, indicator 1.3.2
     * without its 2023 target. All three are listed, the two weights first, in words.
     */
    @Test
    void twoChangedWeightsAndARemovedTargetAreAllListed() throws Exception {
        Comparison c = PlanComparison.compare(revision(), revision("pesi", "target"));
        assertThat(c.commonYears()).containsExactly(2021, 2022, 2023);
        assertThat(c.elementChanges()).extracting(ElementChange::kind, ElementChange::level, ElementChange::code,
                ElementChange::what, ElementChange::before, ElementChange::after).containsExactly(
                tuple(ChangeKind.MODIFICATO, Level.AZIONE, "1.1.2", "peso", "25%", "20%"),
                tuple(ChangeKind.MODIFICATO, Level.OBIETTIVO_OPERATIVO, "1.4", "peso", "10%", "15%"));
        assertThat(c.elementChanges()).extracting(ElementChange::description).containsExactly(
                "Azione 1.1.2: peso da 25% a 20%", "Obiettivo operativo 1.4: peso da 10% a 15%");
        assertThat(c.changes()).extracting(Change::kind, Change::code, Change::what, Change::before, Change::after)
                .containsExactly(tuple(ChangeKind.MODIFICATO, "1.3.2", "target 2023", "1400", null));
        assertThat(c.findings()).isEmpty();
        String text = ComparisonText.render(c);
        assertThat(text).contains("\nVariazioni degli elementi del piano (2)\n  Azione 1.1.2: peso da 25% a 20%\n"
                + "  Obiettivo operativo 1.4: peso da 10% a 15%\n\nVariazioni degli indicatori (1)\n",
                "  1.3.2 (Utenti del portale dei dati): target 2023: 1400 → —\n");
        assertThat(text.indexOf("Obiettivo operativo 1.4")).isLessThan(text.indexOf("1.3.2"));
    }

    @Test
    void theSamePlanHasNoChanges() throws Exception {
        Comparison c = PlanComparison.compare(revision(), revision());
        assertThat(c.elementChanges()).isEmpty();
        assertThat(c.changes()).isEmpty();
        assertThat(ComparisonText.render(c)).contains("Variazioni degli elementi del piano (0)\n  nessuna\n");
    }

    /** Inserted, eliminated, renamed, moved elements; an element without code; the indicators' own weights. */
    @Test
    void elementsInsertedEliminatedRenamedMoved() throws Exception {
        Comparison c = PlanComparison.compare(revision(), revision("albero"));
        assertThat(c.elementChanges()).extracting(ElementChange::description).containsExactly(
                "Azione \"Campagna informativa sui servizi online\": inserita sotto Obiettivo operativo 1.4, peso 10%",
                "Obiettivo operativo 1.5: inserito sotto Obiettivo strategico 1, peso 5%",
                "Obiettivo operativo 2.5: eliminato (era sotto Obiettivo strategico 2, peso 40%)",
                "Obiettivo operativo 1.3: nome da \"Analisi del dato\" a \"Analisi evoluta del dato\"",
                "Azione 1.1.2: spostata da Obiettivo operativo 1.1 a Obiettivo operativo 1.4");
        assertThat(c.elementChanges(ChangeKind.SPOSTATO)).singleElement().satisfies(ch -> {
            assertThat(ch.what()).isEqualTo("elemento superiore");
            assertThat(ch.before()).isEqualTo("Obiettivo operativo 1.1");
            assertThat(ch.after()).isEqualTo("Obiettivo operativo 1.4");
        });
        assertThat(c.elementChanges(ChangeKind.INSERITO).get(0).code()).isNull();
        // the indicators' own weights are changes of the indicators
        assertThat(c.changes()).extracting(Change::code, Change::what, Change::before, Change::after)
                .containsExactly(tuple("1.4.1", "peso", "50%", "60%"), tuple("1.4.2", "peso", "50%", "40%"));
    }

    /** The golden JSON of a revision with every kind of element change, valid against the schema. */
    @Test
    void everyChangeInTheGoldenJson() throws Exception {
        Comparison c = PlanComparison.compare(revision(), revision("pesi", "target", "albero"));
        String json = ComparisonJson.toJson(c);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
        }
        assertThat(json).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
        assertThat(schema().validate(json, InputFormat.JSON)).isEmpty();
        assertThat(json.indexOf("\"elementChanges\"")).isLessThan(json.indexOf("\"changes\""));
        assertThat(c.elementChanges()).hasSize(7);
        assertThat(c.changes()).hasSize(3);
    }

    /** Schema 1.1 requires elementChanges; a file of 1.0 (indicators only) is still valid, and has none. */
    @Test
    void theSchemaDescribesBothVersions() throws Exception {
        JsonSchema schema = schema();
        String json = ComparisonJson.toJson(PlanComparison.compare(revision(), revision("pesi")));
        assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
        String withoutElements = json.replaceAll("(?s)\"elementChanges\" : \\[.*?\\],\\n  ", "");
        assertThat(withoutElements).doesNotContain("elementChanges");
        assertThat(schema.validate(withoutElements, InputFormat.JSON)).isNotEmpty();
        String oldVersion = withoutElements.replace("\"schemaVersion\" : \"1.1\"", "\"schemaVersion\" : \"1.0\"");
        assertThat(schema.validate(oldVersion, InputFormat.JSON)).isEmpty();
        assertThat(schema.validate(json.replace("\"schemaVersion\" : \"1.1\"", "\"schemaVersion\" : \"1.0\""),
                InputFormat.JSON)).isNotEmpty();
    }

    /** The same code twice: paired in the documents' order, the first with the first, and said; none dropped. */
    @Test
    void repeatedCodesArePairedInOrder() throws Exception {
        Plan before = plan(os("1", "PA", "100%", op("1.1", "Digitale", "100%", List.of(),
                action("1.1.1", "Prima azione", "50%"), action("1.1.1", "Seconda azione", "50%"))));
        Plan after = plan(os("1", "PA", "100%", op("1.1", "Digitale", "100%", List.of(),
                action("1.1.1", "Prima azione", "60%"), action("1.1.1", "Seconda azione", "40%"))));
        Comparison c = PlanComparison.compare(before, after);
        assertThat(c.elementChanges()).extracting(ElementChange::name, ElementChange::before, ElementChange::after)
                .containsExactly(tuple("Prima azione", "50%", "60%"), tuple("Seconda azione", "50%", "40%"));
        assertThat(c.findings()).extracting(NoteFinding::rule, NoteFinding::message).containsExactly(
                tuple(NoteFinding.CODICE_RIPETUTO, "L'elemento Azione 1.1.1 compare 2 volte nel documento precedente:"
                        + " le ripetizioni sono confrontate nell'ordine del documento (la prima con la prima, la"
                        + " seconda con la seconda...). Correggere il codice ripetuto nel documento, se è un errore."),
                tuple(NoteFinding.CODICE_RIPETUTO, "L'elemento Azione 1.1.1 compare 2 volte nel documento nuovo: le"
                        + " ripetizioni sono confrontate nell'ordine del documento (la prima con la prima, la seconda"
                        + " con la seconda...). Correggere il codice ripetuto nel documento, se è un errore."));
        // the same action twice under one objective (same code, same name) is two actions, not one
        Plan twice = plan(os("1", "PA", "100%", op("1.1", "Digitale", "100%", List.of(),
                action("1.1.1", "Azione", "50%"), action("1.1.1", "Azione", "50%"))));
        Plan thrice = plan(os("1", "PA", "100%", op("1.1", "Digitale", "100%", List.of(),
                action("1.1.1", "Azione", "50%"), action("1.1.1", "Azione", "30%"), action("1.1.1", "Azione",
                        "20%"))));
        Comparison more = PlanComparison.compare(twice, thrice);
        assertThat(more.elementChanges()).extracting(ElementChange::kind, ElementChange::before, ElementChange::after)
                .containsExactly(tuple(ChangeKind.INSERITO, null, "20%"), tuple(ChangeKind.MODIFICATO, "50%", "30%"));
    }

    /**
     * The copies of one strategic objective listed under two missions are one element, with the operational objectives
     * of both: not a repetition, not a change.
     */
    @Test
    void copiesUnderTwoMissionsAreOneElement() throws Exception {
        Plan p = plan(
                el(Level.MISSIONE, "011", "Competitività", null, List.of(), os("3", "Imprese", null,
                        op("3.1", "Innovazione", "50%", List.of()))),
                el(Level.MISSIONE, "016", "Internazionalizzazione", null, List.of(), os("3", "Imprese", null,
                        op("3.3", "Estero", "50%", List.of()))));
        Plan q = plan(
                el(Level.MISSIONE, "011", "Competitività", null, List.of(), os("3", "Imprese", null,
                        op("3.1", "Innovazione", "40%", List.of()))),
                el(Level.MISSIONE, "016", "Internazionalizzazione", null, List.of(), os("3", "Imprese", null,
                        op("3.3", "Estero", "60%", List.of()))));
        assertThat(PlanComparison.compare(p, p).elementChanges()).isEmpty();
        Comparison c = PlanComparison.compare(p, q);
        assertThat(c.findings()).isEmpty();
        assertThat(c.elementChanges()).extracting(ElementChange::description).containsExactly(
                "Obiettivo operativo 3.1: peso da 50% a 40%", "Obiettivo operativo 3.3: peso da 50% a 60%");
    }

    /** Elements without code are paired by name (case and spaces aside) under their parent. */
    @Test
    void elementsWithoutCodeArePairedByName() throws Exception {
        Plan p = plan(os("1", "PA", "100%", op("1.1", "Digitale", "100%", List.of(),
                action(null, "Campagna informativa", "50%"))));
        Plan q = plan(os("1", "PA", "100%", op("1.1", "Digitale", "100%", List.of(),
                action(null, "campagna  Informativa", "70%"))));
        assertThat(PlanComparison.compare(p, q).elementChanges()).extracting(ElementChange::description)
                .containsExactly("Azione \"campagna Informativa\": peso da 50% a 70%");
    }

    private static JsonSchema schema() throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(new ObjectMapper().readTree(Path.of("schema/confronto.schema.json").toFile()));
    }
}
