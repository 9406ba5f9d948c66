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
}
