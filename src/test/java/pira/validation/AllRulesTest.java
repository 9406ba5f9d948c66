package pira.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pira.validation.rules.RuleDocs;
import pira.validation.rules.Rules;

/** Every rule of the registry has an id, a severity, a message, its documentation and its fixtures. */
class AllRulesTest {

    @Test
    void everyRuleIsComplete() {
        Set<String> ids = new HashSet<>();
        for (Rule r : Rules.ALL) {
            RuleInfo info = r.info();
            assertThat(info).as(r.getClass().getSimpleName() + " has @RuleInfo").isNotNull();
            assertThat(info.id()).matches("[A-Z]+(-[A-Z]+)*");
            assertThat(ids.add(info.id())).as("unique id " + info.id()).isTrue();
            assertThat(info.summary()).isNotBlank();
            assertThat(Messages.has(info.id()) || hasVariant(info.id())).as("message for " + info.id()).isTrue();
            assertThat(RuleDocs.documented(info.id())).as("documentation for " + info.id()).isTrue();
        }
        assertThat(RuleFixturesTest.CASES.keySet()).as("a fixture for every rule").isEqualTo(ids);
    }

    @Test
    void docsRegoleIsUpToDate() throws Exception {
        Path docs = Path.of("docs/regole.md");
        String expected = RuleDocs.markdown();
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(docs.getParent());
            Files.writeString(docs, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(docs, StandardCharsets.UTF_8)).isEqualTo(expected);
        for (Rule r : Rules.ALL) {
            assertThat(expected).contains("## " + r.info().id());
        }
    }

    private static boolean hasVariant(String id) {
        for (String suffix : List.of(".livelli", ".livello", ".unico", ".percentuale", ".raggiunto", ".altro")) {
            if (Messages.has(id + suffix)) {
                return true;
            }
        }
        return false;
    }
}
