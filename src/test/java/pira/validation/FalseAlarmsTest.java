package pira.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static pira.validation.PlanFixtures.Y3;
import static pira.validation.PlanFixtures.ind;
import static pira.validation.PlanFixtures.op;
import static pira.validation.PlanFixtures.plan;

import java.util.List;
import org.junit.jupiter.api.Test;
import pira.model.ParsedValue;
import pira.model.ValueKind;
import pira.value.ValueParser;
import pira.validation.rules.Validator;

/** What an auditor would call a false alarm, each once: spellings pira now understands, and a withdrawn indicator. */
class FalseAlarmsTest {

    private static List<Finding> findings(pira.model.Plan plan) {
        return new Validator(ValidationContext.defaults()).validate(plan);
    }

    @Test
    void spellingsOfTheBaselineYearAndOfDaysAreUnderstood() {
        for (String text : List.of("Anno rilevazione", "anno di rilevazione", "Anno base", "Rilevazione")) {
            assertThat(ValueParser.parse(text).kind()).as(text).isEqualTo(ValueKind.BASELINE_YEAR);
        }
        for (String text : List.of("<= 40gg", "<=40 gg", "<= 40 giorni")) {
            ParsedValue p = ValueParser.parse(text);
            assertThat(p.kind()).as(text).isEqualTo(ValueKind.COMPARISON);
            assertThat(p.comparator()).isEqualTo("<=");
            assertThat(p.number()).isEqualByComparingTo("40");
        }
        ParsedValue twoYearsBefore = ValueParser.parse("x < x-2");
        assertThat(twoYearsBefore.kind()).isEqualTo(ValueKind.RELATIVE_YEAR);
        assertThat(twoYearsBefore.comparator()).isEqualTo("<");
        assertThat(twoYearsBefore.yearOffset()).isEqualTo(-2);
        assertThat(findings(plan(Y3, op("1.1", null, ind("1.1.1", null, null, 2020, "Anno rilevazione", 2021,
                "<= 40gg", 2022, "x < x-2"))))).isEmpty();
    }

    @Test
    void aWithdrawnIndicatorIsNotAskedForTargets() {
        assertThat(findings(plan(Y3, op("1.1", null, ind("1.1.1", null, null, 2020, "5",
                2021, "Eliminato in sede di rolling annuale"), ind("1.1.2", null, null, 2020, "1", 2021, "2", 2022,
                "3"))))).isEmpty();
    }

    @Test
    void aPlanWithNoTargetAtAllIsOneError() {
        List<Finding> f = findings(plan(Y3, op("1.1", null, ind("1.1.1", null, null), ind("1.1.2", null, null))));
        assertThat(f).filteredOn(x -> x.rule().equals("ANNO-PIANO")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERRORE);
            assertThat(x.message()).startsWith("Nessun indicatore ha un target per gli anni del piano ([2020, 2021,"
                    + " 2022])");
        });
    }

    /** A mapping declares that a level's indicators have a target for one year by design: nothing is said of it. */
    @Test
    void aMappingDeclaresSingleYearTargets(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("mappings/alessandria-kpi-csv.yaml"))
                .replaceFirst("(?m)^id: .*$", "id: kpi-annuali") + "\nsingle_year_targets: [obiettivo_operativo]\n";
        java.nio.file.Path mapping = java.nio.file.Files.writeString(dir.resolve("kpi.yaml"), yaml);
        pira.model.Plan plan = new pira.pipeline.Importer(List.of(), new pira.mapping.MappingCandidate(
                pira.mapping.MappingLoader.load(mapping), "kpi.yaml"))
                .importFile(java.nio.file.Path.of("samples/alessandria-kpi-2020.csv")).plan();
        assertThat(plan.singleYearTargets()).containsExactly(pira.model.Level.OBIETTIVO_OPERATIVO);
        assertThat(pira.model.PlanJson.toJson(plan)).contains("\"singleYearTargets\" : [ \"obiettivo_operativo\" ]");
        List<Finding> f = findings(plan);
        assertThat(f).noneMatch(x -> x.rule().equals("TARGET-ANNO") && x.message().contains("obiettivi operativi"));
        // without the declaration, the same file has the one finding that lists them
        pira.model.Plan undeclared = new pira.pipeline.Importer(pira.mapping.BuiltinMappings.load(), null)
                .importFile(java.nio.file.Path.of("samples/alessandria-kpi-2020.csv")).plan();
        assertThat(findings(undeclared)).anyMatch(x -> x.rule().equals("TARGET-ANNO")
                && x.message().startsWith("27 indicatori degli obiettivi operativi"));
    }

    /** A finding that measures says, beside its message, what it expected and what the document gives. */
    @Test
    void measuringFindingsCarryExpectedAndObserved() {
        List<Finding> f = findings(plan(Y3, PlanFixtures.os("3", null, op("3.1", "20%", ind("3.1.1", null, null, 2020,
                "1", 2021, "2", 2022, "3")), op("3.2", "60%", ind("3.2.1", null, null, 2020, "1", 2021, "2")))));
        assertThat(f).filteredOn(x -> x.rule().equals("PESI-SOMMA")).singleElement().satisfies(x -> {
            assertThat(x.expected()).isEqualTo("100");
            assertThat(x.observed()).isEqualTo("80");
        });
        assertThat(f).filteredOn(x -> x.rule().equals("TARGET-ANNO")).singleElement().satisfies(x -> {
            assertThat(x.expected()).isEqualTo("2020, 2021, 2022");
            assertThat(x.observed()).isEqualTo("2020, 2021");
        });
    }

    /** An outcome that contradicts the values says what the values give and what the document states. */
    @Test
    void aContradictedOutcomeCarriesExpectedAndObserved() {
        List<Finding> f = findings(plan(PlanFixtures.Y1, op("1.1", null, PlanFixtures.withResult("1.1.1", "raggiunto",
                new Object[] {2020, "40"}, 2020, ">= 50"))));
        assertThat(f).filteredOn(x -> x.rule().equals("ESITO-INCOERENTE")).singleElement().satisfies(x -> {
            assertThat(x.expected()).isEqualTo("non raggiunto");
            assertThat(x.observed()).isEqualTo("raggiunto");
            assertThat(x.text()).isEqualTo("raggiunto");
        });
    }
}
