package pira.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pira.mapping.BuiltinMappings;
import pira.model.ImportNote;
import pira.model.Indicator;
import pira.model.Plan;

/** The Milano PIRA (PDF) joined with the Relazione 2019 (PDF): every indicator matched, or reported and kept. */
class PlanJoinerTest {

    private static Plan plan;
    private static Plan results;
    private static Plan joined;

    @BeforeAll
    static void importBoth() {
        Importer importer = new Importer(BuiltinMappings.load(), null);
        plan = importer.importFile(Path.of("samples/milano-pira-2019-2021.pdf")).plan();
        results = importer.importFile(Path.of("samples/milano-relazione-2019.pdf")).plan();
        ImportResult r = importer.importWithResults(Path.of("samples/milano-pira-2019-2021.pdf"),
                Path.of("samples/milano-relazione-2019.pdf"));
        assertThat(r.error()).isNull();
        assertThat(r.mappingId()).isEqualTo("milano-pira + milano-relazione");
        joined = r.plan();
    }

    private static Map<String, Indicator> byCode(List<Indicator> list) {
        return list.stream().collect(Collectors.toMap(Indicator::code, Function.identity(), (a, b) -> a));
    }

    private static List<ImportNote> notes(String code) {
        return joined.notes().stream().filter(n -> n.code().equals(code)).toList();
    }

    @Test
    void resultsReachThePlanIndicators() {
        Indicator i = byCode(joined.elements().stream().flatMap(e -> flatten(e).stream()).toList()).get("1.1.1");
        assertThat(i.name()).startsWith("Grado di utilizzo del budget stanziato per gli interventi economici dedicati alla"
                + " semplificazione e digitalizzazione RI");
        assertThat(i.targets().get(2019).raw()).isEqualTo("95%");
        assertThat(i.actuals().get(2019).raw()).isEqualTo("Grado di utilizzo del budget: 47%");
        assertThat(i.actuals().get(2019).parsed().number()).isEqualByComparingTo("47");
        assertThat(i.actuals().get(2019).location().file()).isEqualTo("milano-relazione-2019.pdf");
        assertThat(i.outcome().raw()).isEqualTo("Obiettivo non raggiunto");
        assertThat(i.pira()).isTrue();
        Indicator suap = byCode(joined.allIndicators()).get("1.2.1");
        assertThat(suap.actuals().get(2019).parsed().number()).isEqualByComparingTo("5866");
        assertThat(suap.outcome().raw()).isEqualTo("Obiettivo raggiunto");
        Indicator times = byCode(joined.allIndicators()).get("1.1.2");
        assertThat(times.statedAchievement().raw()).isEqualTo("55");
        assertThat(joined.sources()).extracting(s -> s.file())
                .containsExactly("milano-pira-2019-2021.pdf", "milano-relazione-2019.pdf");
    }

    @Test
    void aCodeReusedForAnotherIndicatorIsNotJoined() {
        assertThat(notes("CODICE-CONFLITTO")).singleElement().satisfies(n -> {
            assertThat(n.message()).startsWith("il codice 1.1.5 indica nel piano \"Ricognizione dei crediti")
                    .contains("e nella relazione \"Riduzione n. solleciti\"");
            assertThat(n.location().page()).isEqualTo(1);
        });
        Indicator planned = byCode(joined.elements().stream().flatMap(e -> flatten(e).stream()).toList()).get("1.1.5");
        assertThat(planned.actuals()).isEmpty();
    }

    @Test
    void nothingIsDropped() {
        int unmatched = notes("RISULTATO-NON-ABBINATO").size() + notes("RISULTATO-SOLO-RELAZIONE").size();
        int matchedResults = results.allIndicators().size() - unmatched;
        // issue 24: a results indicator the plan does not have is kept apart, never among the plan's: beside the
        // objective its code names (1.2.2 beside 1.2), or of the plan where the plan lacks that objective (2.3)
        assertThat(joined.unplanned()).extracting(Indicator::code).containsExactly("2.3.1");
        assertThat(joined.indicators()).isEmpty();
        assertThat(notes("RISULTATO-SOLO-RELAZIONE")).extracting(n -> n.message().substring(0, 40)).hasSize(9);
        assertThat(notes("RISULTATO-SOLO-RELAZIONE")).anySatisfy(n -> assertThat(n.message()).isEqualTo(
                "l'indicatore 1.2.2 è nella relazione e non nel piano: è riportato a parte, con l'obiettivo operativo"
                        + " 1.2 che il suo codice indica, e non conta nel suo raggiungimento"));
        assertThat(joined.allElements()).filteredOn(e -> "1.2".equals(e.code())).singleElement().satisfies(e -> {
            assertThat(e.unplanned()).extracting(Indicator::code).containsExactly("1.2.2");
            assertThat(e.indicators()).extracting(Indicator::code).doesNotContain("1.2.2");
        });
        assertThat(matchedResults).isEqualTo(9);
        long withResults = joined.allIndicators().stream().filter(i -> !i.actuals().isEmpty() || i.outcome() != null)
                .count();
        assertThat(withResults).isEqualTo(matchedResults);
        assertThat(notes("SENZA-RISULTATO")).hasSize(plan.allIndicators().size() - matchedResults);
        // the plan's indicators are the plan's, each once; every results indicator is somewhere, each once
        assertThat(joined.allIndicators()).hasSize(plan.allIndicators().size());
        long apart = joined.unplanned().size() + joined.allElements().stream().mapToLong(e -> e.unplanned().size())
                .sum();
        assertThat(matchedResults + apart).isEqualTo(results.allIndicators().size());
    }

    @Test
    void aTargetRestatedDifferentlyStaysBesideTheAdoptedOne() {
        // issue 24: the plan's target is the adopted one; the Relazione's stays beside it, never in its place
        assertThat(joined.allIndicators()).filteredOn(i -> "1.1.3".equals(i.code())).singleElement().satisfies(i -> {
            assertThat(i.targets().get(2019).raw()).isEqualTo("-8%");
            assertThat(i.reportedTargets().get(2019).raw()).isEqualTo("-5%");
        });
        assertThat(joined.allIndicators()).filteredOn(i -> "2.2.1".equals(i.code())).singleElement().satisfies(i -> {
            assertThat(i.targets().get(2019).raw()).isEqualTo("30/09/2019");
            assertThat(i.reportedTargets().get(2019).raw()).isEqualTo("Entro 31.12");
        });
        // the same target written otherwise is the same target ("95%" and ">=95%", "4000" and "4.000")
        assertThat(joined.allIndicators()).filteredOn(i -> !i.reportedTargets().isEmpty())
                .extracting(Indicator::code).containsExactly("1.1.3", "1.3.1", "1.4.1", "1.4.2", "2.2.1");
        // the change is a rule of the validation, not a note of the import
        assertThat(notes("TARGET-MODIFICATO")).isEmpty();
    }

    @Test
    void layoutsWithoutCodesAreMatchedByName() {
        Indicator p = new Indicator(null, "N. imprese che utilizzano servizio SUAP convenzionato Camera", null, null,
                null, null, null, null, false, null, null, null, null, null, null, null, null, null, null, null, null, null);
        Indicator r = new Indicator(null, "N. imprese che utilizzano il servizio SUAP associato Camera", null, null, null,
                null, null, null, false, null, null, null, null,
                new java.util.TreeMap<>(Map.of(2019, new pira.model.Value("5.866", null, null))), null, null, null,
                null, null, null, null, null);
        Plan a = new Plan(Plan.SCHEMA_VERSION, null, "piano", List.of(2019),
                List.of(new pira.model.SourceFile("p.csv", "0".repeat(64), "csv", "m")), List.of(), List.of(p), List.of(), List.of());
        Plan b = new Plan(Plan.SCHEMA_VERSION, null, "relazione", List.of(2019),
                List.of(new pira.model.SourceFile("r.csv", "1".repeat(64), "csv", "m")), List.of(), List.of(r), List.of(), List.of());
        Plan j = PlanJoiner.join(a, b);
        assertThat(j.indicators()).singleElement().satisfies(i -> assertThat(i.actuals().get(2019).raw())
                .isEqualTo("5.866"));
        assertThat(j.notes()).isEmpty();
        assertThat(PlanJoiner.similarity("Riduzione n. solleciti", "Ricognizione dei crediti derivanti da diritto annuale"))
                .isLessThan(PlanJoiner.SAME_NAME);
    }

    private static List<Indicator> flatten(pira.model.Element e) {
        java.util.ArrayList<Indicator> out = new java.util.ArrayList<>(e.indicators());
        e.children().forEach(c -> out.addAll(flatten(c)));
        return out;
    }
}
