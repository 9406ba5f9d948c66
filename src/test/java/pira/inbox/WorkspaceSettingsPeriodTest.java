package pira.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pira.achievement.PeriodRule;

/** Issue 24: the rule choosing the period a score rests on is the office's setting, "periodo" in pira.yaml. */
class WorkspaceSettingsPeriodTest {

    @TempDir
    Path root;

    private WorkspaceSettings with(String yaml) throws Exception {
        Files.writeString(root.resolve(WorkspaceSettings.FILE), yaml, StandardCharsets.UTF_8);
        return WorkspaceSettings.load(root);
    }

    @Test
    void thePeriodRuleIsReadFromTheSettings() throws Exception {
        assertThat(with("pdf: no\n").periods()).isEqualTo(PeriodRule.LAST);
        assertThat(with("periodo: ultimo\n").periods()).isEqualTo(PeriodRule.LAST);
        assertThat(with("periodo: migliore\n").periods()).isEqualTo(PeriodRule.BEST);
        WorkspaceSettings second = with("periodo: 2\n");
        assertThat(second.problems()).isEmpty();
        assertThat(second.periods()).isEqualTo(PeriodRule.of("2"));
    }

    @Test
    void aBlankPeriodIsAProblemSaidInWords() throws Exception {
        WorkspaceSettings blank = with("periodo: \" \"\n");
        assertThat(blank.valid()).isFalse();
        assertThat(blank.problems()).singleElement().satisfies(p -> assertThat(p)
                .startsWith("pira.yaml, riga 1, chiave 'periodo'").contains("ultimo, migliore"));
    }

    @Test
    void theTemplateWrittenByInitIsValidAndExplainsThePeriod() throws Exception {
        assertThat(WorkspaceSettings.TEMPLATE).contains("# periodo: ultimo");
        WorkspaceSettings template = with(WorkspaceSettings.TEMPLATE.replace("# periodo: ultimo", "periodo: migliore"));
        assertThat(template.problems()).isEmpty();
        assertThat(template.periods()).isEqualTo(PeriodRule.BEST);
    }
}
