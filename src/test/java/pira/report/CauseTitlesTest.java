package pira.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every kind of import finding has its title in the Giunta document's appendix (pira/report/cause.properties). */
class CauseTitlesTest {

    @Test
    void everyImportFindingHasATitle() throws Exception {
        Properties messages = load("/pira/validation/messages.properties");
        Properties titles = load("/pira/report/cause.properties");
        for (String key : messages.stringPropertyNames()) {
            if (key.startsWith("IMPORTAZIONE.") && !key.equals("IMPORTAZIONE.altro")) {
                assertThat(titles.getProperty(key)).as(key).isNotBlank();
            }
        }
    }

    private static Properties load(String resource) throws Exception {
        Properties p = new Properties();
        try (var in = CauseTitlesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
