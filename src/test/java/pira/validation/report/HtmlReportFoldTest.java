package pira.validation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pira.model.Location;
import pira.validation.Finding;
import pira.validation.Severity;

/** Many findings of one rule in one file are folded, but never the targets the Relazione changed (issue 24). */
class HtmlReportFoldTest {

    private static String page(String rule) {
        List<Finding> findings = new ArrayList<>();
        for (int k = 1; k <= 8; k++) {
            findings.add(new Finding(rule, Severity.AVVISO, Location.ofCell("r.pdf", null, k, 4), "1.1." + k,
                    "messaggio " + k, rule, null, "-8%", "-5%"));
        }
        return HtmlReport.render(new ValidationReport(ValidationReport.SCHEMA_VERSION, BigDecimal.ONE,
                List.of(new ValidatedFile("p.pdf", "0".repeat(64), "m", null, findings))));
    }

    @Test
    void changedTargetsAreNeverFolded() {
        String other = page("TARGET-UNITA");
        assertThat(other.split("data-oltre=\"1\"", -1).length - 1).isEqualTo(5);
        String changed = page("TARGET-MODIFICATO");
        assertThat(changed).doesNotContain("data-oltre=\"1\"");
        assertThat(changed.split("data-regola=\"TARGET-MODIFICATO\">", -1).length - 1).isEqualTo(8);
        assertThat(changed).contains("class=\"modificato\">valido, con 8 target modificati rispetto al piano<");
        assertThat(other).contains("class=\"valido\">valido<");
    }
}
