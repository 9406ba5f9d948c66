package pira.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.Plan;
import pira.pipeline.ImportResult;
import pira.pipeline.Importer;
import pira.source.ReaderOptions;
import pira.source.SourceReaders;
import pira.mapping.Mapping;
import pira.mapping.MappingCandidate;
import pira.mapping.MappingLoader;

/** The draft of a mapping: every kind of year column gets a field, stated values as actuals, targets as targets. */
class MappingDraftTest {

    @Test
    void yearColumnsOfStatoAndTargetBecomeActualsAndTargets() throws Exception {
        Path sample = Path.of("samples/asti-schede-obiettivi-2020.docx");
        String draft = MappingDraft.suggest(SourceReaders.read(sample, ReaderOptions.DETECT));

        assertThat(draft).contains("  stato_anno: '^Stato anno (?<year>20\\d\\d)$'",
                "  target_anno: '^Target anno (?<year>20\\d\\d)$'", "    targets: target_anno",
                "    actuals: stato_anno", "formats: [docx]");
        // the draft, as it is, reads every indicator row with its 2019 value and its three targets
        Mapping mapping = MappingLoader.parse("bozza.yaml", draft);
        ImportResult result = new Importer(List.of(), new MappingCandidate(mapping, "bozza.yaml")).importFile(sample);
        Plan plan = result.plan();
        List<Indicator> withTargets = plan.allIndicators().stream().filter(i -> !i.targets().isEmpty()).toList();
        assertThat(withTargets).hasSize(14).allSatisfy(i -> {
            assertThat(i.actuals()).containsOnlyKeys(2019);
            assertThat(i.targets()).containsOnlyKeys(2020, 2021, 2022);
        });
    }

    @Test
    void aSingleKindOfYearColumnIsTakenAsTargets() throws Exception {
        String draft = MappingDraft.suggest(SourceReaders.read(Path.of("samples/milano-relazione-2019.pdf"),
                ReaderOptions.DETECT));
        assertThat(draft).contains("  target: '^TARGET (?<year>20\\d\\d)$'", "    targets: target")
                .doesNotContain("actuals:").doesNotContain("non assegnate");
    }

    /** An Albero gets a block draft that, as it is, reads the same tree as the mapping written by hand. */
    @ParameterizedTest
    @CsvSource({"asti-albero-performance-2020.docx, asti-albero-docx.yaml",
        "alessandria-albero-performance-2020.docx, alessandria-albero-docx.yaml",
        "alessandria-albero-performance-2020.pdf, alessandria-albero-docx.yaml",
        "asti-albero-performance-2020.pdf, asti-albero-docx.yaml"})
    void aBlockLayoutGetsABlockDraftThatReadsWhatTheWrittenMappingReads(String sample, String written)
            throws Exception {
        Path file = Path.of("samples", sample);
        String draft = MappingDraft.suggest(file);
        assertThat(draft).contains("blocks:", "    targets: '^Target\\s+(?<year>\\d{4})\\s+(?<value>.+)$'",
                "# ANNO DA CONTROLLARE: \"Stato\"").doesNotContain("columns:");

        Plan drafted = new Importer(List.of(), new MappingCandidate(MappingLoader.parse("bozza.yaml", draft),
                "bozza.yaml")).importFile(file).plan();
        Plan expected = new Importer(List.of(), new MappingCandidate(MappingLoader.load(Path.of("mappings", written)),
                written)).importFile(file).plan();
        assertThat(drafted.notes()).isEmpty();
        assertSameTree(drafted.elements(), expected.elements());
    }

    @Test
    void theAstiDraftFindsTheSharesAndTheProgrammeColumn() throws Exception {
        String draft = MappingDraft.suggest(SourceReaders.read(Path.of("samples/asti-albero-performance-2020.docx"),
                ReaderOptions.DETECT));
        assertThat(draft).contains("    - {level: programma, column: '^Programma$'}",
                "  children_weight: {match: '^Obiettivi Operativi(?:\\s*\\(.*?(?<weight>\\d+(?:,\\d+)?\\s*%)\\))?$',"
                        + " of: obiettivo_strategico}", "  skip: '^(Azion[ei])$'",
                "  - '^sede di Asti$'", "actuals: {match: '^Stato\\s+(?<value>.+)$', year: 2019}");
    }

    /** The same tree: levels, codes, names, weights, shares, positions, and each indicator's values (any year). */
    private static void assertSameTree(List<Element> actual, List<Element> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.size(); i++) {
            Element a = actual.get(i);
            Element e = expected.get(i);
            assertThat(List.of(a.level(), String.valueOf(a.code()), String.valueOf(a.name()), String.valueOf(a.weight()),
                    String.valueOf(a.indicatorsWeight()), String.valueOf(a.childrenWeight()),
                    String.valueOf(a.provenance()))).isEqualTo(List.of(e.level(), String.valueOf(e.code()),
                    String.valueOf(e.name()), String.valueOf(e.weight()), String.valueOf(e.indicatorsWeight()),
                    String.valueOf(e.childrenWeight()), String.valueOf(e.provenance())));
            assertThat(a.indicators()).hasSameSizeAs(e.indicators());
            for (int j = 0; j < a.indicators().size(); j++) {
                Indicator x = a.indicators().get(j);
                Indicator y = e.indicators().get(j);
                assertThat(x.name()).isEqualTo(y.name());
                assertThat(x.weight()).isEqualTo(y.weight());
                assertThat(x.targets()).isEqualTo(y.targets());
                assertThat(List.copyOf(x.actuals().values())).isEqualTo(List.copyOf(y.actuals().values()));
            }
            assertSameTree(a.children(), e.children());
        }
    }
}
