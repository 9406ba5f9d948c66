package pira.validation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pira.mapping.BuiltinMappings;
import pira.pipeline.Importer;
import pira.pipeline.ValidationRun;
import pira.validation.ValidationContext;
import pira.tools.Needs;
import pira.tools.Tool;

/**
 * The HTML report in a real browser (headless Chromium, installed by .ci/run where missing): the page loads without
 * script errors, the severity filter and the search hide rows, a click on a header sorts them, and a screenshot is
 * taken to be looked at (target/rilievi.png).
 */
@Needs(Tool.CHROMIUM)
class HtmlReportBrowserTest {

    @TempDir
    Path dir;

    /** Run in the page after its own script: what a person would do, and what the page then shows. */
    private static final String PROBE = """
            <script>
            (function(){var rows=function(){return Array.from(document.querySelectorAll('#rilievi tbody tr'))};
            var shown=function(){return rows().filter(function(r){return !r.hidden}).length};
            var out={total:rows().length,label:document.getElementById('visibili').textContent};
            var g=document.getElementById('f-gravita');g.value='errore';g.dispatchEvent(new Event('change'));
            out.errors=shown();out.errorLabel=document.getElementById('visibili').textContent;
            var f=document.getElementById('f-file');f.value='milano-pira-2019-2021.xlsx';f.dispatchEvent(new Event('change'));
            out.errorsOfMilano=shown();g.value='';f.value='';g.dispatchEvent(new Event('change'));
            var q=document.getElementById('f-testo');q.value='sommano';q.dispatchEvent(new Event('input'));
            out.searched=shown();q.value='';q.dispatchEvent(new Event('input'));
            document.querySelectorAll('#rilievi th')[1].click();
            out.rulesAscending=rows().map(function(r){return r.cells[1].textContent});
            document.querySelectorAll('#file th')[3].click();document.querySelectorAll('#file th')[3].click();
            out.filesByErrors=Array.from(document.querySelectorAll('#file tbody tr')).map(function(r){return r.cells[0].textContent});
            out.scriptErrors=window.__errors;
            document.body.setAttribute('data-prova',JSON.stringify(out))})();
            </script>
            """;

    @Test
    void filtersSortingAndNoScriptErrorsInARealBrowser() throws Exception {
        String chromium = chromium();
        assertThat(chromium).as("Chromium non trovato: installarlo (apt-get install chromium) o eseguire .ci/run")
                .isNotNull();
        ValidationReport report = new ValidationRun(new Importer(BuiltinMappings.load(), null),
                ValidationContext.defaults()).run(List.of(Path.of("samples/sondrio-piano-2022-2024.xlsx"),
                Path.of("samples/milano-pira-2019-2021.xlsx")));
        String html = HtmlReport.render(report);
        Path page = dir.resolve("rilievi.html");
        Files.writeString(page, html.replace("<head>", "<head><script>window.__errors=[];window.addEventListener("
                + "'error',function(e){window.__errors.push(e.message)});</script>").replace("</body>", PROBE
                + "</body>"), StandardCharsets.UTF_8);
        String dom = run(chromium, "--dump-dom", page.toUri().toString());
        Matcher probe = Pattern.compile("data-prova=\"([^\"]*)\"").matcher(dom);
        assertThat(probe.find()).as(dom).isTrue();
        JsonNode out = new ObjectMapper().readTree(probe.group(1).replace("&quot;", "\"").replace("&amp;", "&")
                .replace("&lt;", "<").replace("&gt;", ">"));
        long errors = report.files().stream().flatMap(f -> f.findings().stream())
                .filter(f -> f.severity() == pira.validation.Severity.ERRORE).count();
        int total = report.files().stream().mapToInt(f -> f.findings().size()).sum();
        assertThat(out.get("scriptErrors")).isEmpty();
        assertThat(out.get("total").asInt()).isEqualTo(total);
        assertThat(out.get("label").asText()).isEqualTo(total + " rilievi mostrati su " + total);
        assertThat(out.get("errors").asInt()).isEqualTo(errors).isPositive();
        assertThat(out.get("errorLabel").asText()).isEqualTo(errors + " rilievi mostrati su " + total);
        assertThat(out.get("errorsOfMilano").asInt()).isZero(); // Milano has warnings only
        assertThat(out.get("searched").asInt()).isPositive().isLessThan(total);
        List<String> rules = new ArrayList<>();
        out.get("rulesAscending").forEach(n -> rules.add(n.asText()));
        assertThat(rules).isSorted();
        assertThat(out.get("filesByErrors").get(0).asText()).isEqualTo("sondrio-piano-2022-2024.xlsx");
        Path screenshot = Path.of("target", "rilievi.png");
        Files.deleteIfExists(screenshot);
        run(chromium, "--screenshot=" + screenshot.toAbsolutePath(), "--window-size=1400,1100",
                dir.resolve("rilievi.html").toUri().toString());
        assertThat(screenshot).exists();
        assertThat(Files.size(screenshot)).isGreaterThan(20_000);
    }

    /** Eight findings of one rule in one file: three shown and the count of the others, all of them on request. */
    @Test
    void repeatedFindingsAreFoldedWithTheirCount() throws Exception {
        String chromium = chromium();
        assertThat(chromium).isNotNull();
        List<pira.validation.Finding> findings = new ArrayList<>();
        for (int k = 1; k <= 8; k++) {
            findings.add(new pira.validation.Finding("VALORE-OCR", pira.validation.Severity.AVVISO,
                    pira.model.Location.ofRow("r.pdf", null, k), "1." + k, "Da verificare: indicatore 1." + k));
        }
        findings.add(new pira.validation.Finding("TARGET-VERSO", pira.validation.Severity.AVVISO,
                pira.model.Location.ofRow("r.pdf", null, 9), "2.1", "Verso"));
        ValidationReport report = new ValidationReport(ValidationReport.SCHEMA_VERSION, java.math.BigDecimal.ONE,
                List.of(new ValidatedFile("r.pdf", "0".repeat(64), "m", null, findings)));
        Path page = dir.resolve("piegati.html");
        Files.writeString(page, HtmlReport.render(report).replace("</body>", """
                <script>(function(){var shown=function(){return Array.from(document.querySelectorAll(
                '#rilievi tbody tr')).filter(function(r){return !r.hidden}).length};var out={folded:shown(),
                note:document.querySelector('.altri').textContent};var all=document.getElementById('f-tutti');
                all.checked=true;all.dispatchEvent(new Event('change'));out.all=shown();
                document.body.setAttribute('data-prova',JSON.stringify(out))})();</script></body>"""),
                StandardCharsets.UTF_8);
        Matcher probe = Pattern.compile("data-prova=\"([^\"]*)\"").matcher(run(chromium, "--dump-dom",
                page.toUri().toString()));
        assertThat(probe.find()).isTrue();
        JsonNode out = new ObjectMapper().readTree(probe.group(1).replace("&quot;", "\"").replace("&amp;", "&"));
        assertThat(out.get("folded").asInt()).isEqualTo(4);
        assertThat(out.get("note").asText()).isEqualTo("(e altri 5 rilievi VALORE-OCR in questo file: «Mostra tutti i"
                + " rilievi ripetuti»)");
        assertThat(out.get("all").asInt()).isEqualTo(9);
    }

    private String run(String chromium, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--virtual-time-budget=5000", "--user-data-dir=" + dir.resolve("profilo")));
        command.addAll(List.of(args));
        Path log = dir.resolve("chromium.log");
        Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return stdout;
    }

    private static String chromium() {
        return Tool.browser();
    }
}
