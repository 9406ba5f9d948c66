package pira.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import pira.model.Indicator;
import pira.model.Plan;
import pira.pipeline.ImportResult;
import pira.pipeline.Importer;
import pira.source.ReaderOptions;
import pira.source.SourceReaders;

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
}
