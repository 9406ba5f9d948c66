package pira.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pira.mapping.BuiltinMappings;
import pira.model.Element;
import pira.model.Plan;
import pira.pipeline.Importer;
import pira.pipeline.ValidationRun;
import pira.validation.report.TextReport;
import pira.validation.report.ValidationReport;
import pira.validation.rules.Validator;

/**
 * The exact findings of each sample, as the text report prints them ({@code src/test/resources/findings}),
 * and the ones the issue names, asserted one by one.
 */
class SampleFindingsTest {

    private static ValidationReport validate(String sample) throws Exception {
        return new ValidationRun(new Importer(BuiltinMappings.load(), null), ValidationContext.defaults())
                .run(List.of(Path.of("samples", sample)));
    }

    @ParameterizedTest
    @MethodSource("pira.Samples#names")
    void sampleHasItsExpectedFindings(String sample) throws Exception {
        String text = TextReport.render(validate(sample));
        Path expected = Path.of("src/test/resources/findings", sample + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, text, StandardCharsets.UTF_8);
        }
        assertThat(text).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    @Test
    void sondrioEachMisplacementIsOneFindingWithTheSumsItBreaks() throws Exception {
        List<Finding> f = validate("sondrio-piano-2022-2024.xlsx").files().get(0).findings();
        assertThat(f).filteredOn(x -> x.rule().equals("ORFANO")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERRORE);
            assertThat(x.message()).startsWith("Manca l'obiettivo operativo 3.2").contains("3.2.1", "3.2.2")
                    .contains("per questo le azioni sotto l'obiettivo operativo 3.1 sommano a 200, gli obiettivi"
                            + " operativi sotto l'obiettivo strategico 3 sommano a 80");
            assertThat(x.location().cell()).isEqualTo("L25");
        });
        // the sums the misplacements explain are not reported again, each on its own
        assertThat(f).noneMatch(x -> x.rule().equals("PESI-SOMMA"));
        assertThat(f).filteredOn(x -> x.rule().equals("CODICE-GERARCHIA")).extracting(Finding::code)
                .containsExactly("2.1.4", "3.3.4");
        assertThat(f).filteredOn(x -> "2.1.4".equals(x.code())).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERRORE);
            assertThat(x.message()).isEqualTo("Il codice dell'azione 2.1.4 indica che appartiene a 2.1, ma si trova"
                    + " sotto l'obiettivo operativo 2.2; per questo le azioni sotto l'obiettivo operativo 2.2 sommano a"
                    + " 140, le azioni sotto l'obiettivo operativo 2.1 sommano a 60 (spostato sotto 2.1, le somme"
                    + " tornano a 100). Spostarlo sotto 2.1 o correggerne il codice.");
        });
    }

    @Test
    void milanoOneYearIndicatorsAreOneFindingThatListsThem() throws Exception {
        List<Finding> f = validate("milano-pira-2019-2021.xlsx").files().get(0).findings();
        assertThat(f).filteredOn(x -> x.rule().equals("TARGET-ANNO")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.INFORMAZIONE);
            assertThat(x.message()).isEqualTo("4 indicatori degli obiettivi operativi hanno il target solo per il 2019"
                    + " (mancano 2020, 2021): 3.1.2, 4.1.2, 4.3.1, 6.2.1. Se sono indicatori di un solo anno per scelta"
                    + " del piano non c'è nulla da fare; se no, indicare i target degli altri anni.");
        });
    }

    @Test
    void alessandriaWeightsWithRoundingPass() throws Exception {
        List<Finding> f = validate("alessandria-kpi-2020.csv").files().get(0).findings();
        assertThat(f).noneMatch(x -> x.rule().startsWith("PESI"));
        assertThat(f).noneMatch(x -> x.severity() == Severity.ERRORE);
    }

    @Test
    void astiAmbitoWeightsAndSharesPassAndTheirSumsAreReallyChecked() throws Exception {
        Path sample = Path.of("samples", "asti-albero-performance-2020.docx");
        Plan plan = new Importer(BuiltinMappings.load(), null).importFile(sample).plan();
        assertThat(plan.elements()).extracting(e -> e.weight().raw()).containsExactly("33,34%", "33,33%", "33,33%");
        assertThat(plan.elements().get(0).children()).allSatisfy(os -> {
            assertThat(os.indicatorsWeight().raw()).isEqualTo("40%");
            assertThat(os.childrenWeight().raw()).isEqualTo("60%");
        });
        List<Finding> f = validate("asti-albero-performance-2020.docx").files().get(0).findings();
        assertThat(f).noneMatch(x -> x.rule().startsWith("PESI")).noneMatch(x -> x.severity() != Severity.INFORMAZIONE);
        // with no tolerance at all (33,34 + 33,33 + 33,33 is exactly 100), then with one share changed
        Validator strict = new Validator(new ValidationContext(BigDecimal.ZERO));
        assertThat(strict.validate(plan)).noneMatch(x -> x.rule().startsWith("PESI"));
        Element area = plan.elements().get(0);
        Element os = area.children().get(0);
        Element changed = new Element(os.level(), os.code(), os.name(), os.description(), os.weight(),
                os.indicatorsWeight(), PlanFixtures.v("50%"), os.provenance(), os.indicators(), os.children());
        List<Element> areas = new ArrayList<>(plan.elements());
        areas.set(0, new Element(area.level(), area.code(), area.name(), area.description(), area.weight(),
                area.provenance(), area.indicators(), List.of(changed, area.children().get(1))));
        Plan wrong = new Plan(plan.schemaVersion(), plan.ente(), plan.documentKind(), plan.years(), plan.sources(),
                areas, plan.indicators(), plan.notes(), plan.balance());
        assertThat(strict.validate(wrong)).filteredOn(x -> x.rule().equals("PESI-SOMMA"))
                .extracting(Finding::message).containsExactly("Le quote dell'obiettivo strategico OS1.1 sommano a 90"
                        + " invece di 100 (indicatori 40%, livelli inferiori 50%). Correggere le quote perché la"
                        + " somma sia 100.");
    }
}
