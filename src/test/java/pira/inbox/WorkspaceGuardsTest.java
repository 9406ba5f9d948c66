package pira.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pira.archive.ZipBombs;

/**
 * Issue 25: nothing from outside the workspace, no settings file too big to refuse, no template that is a zip bomb,
 * said by pira status and in every pass, and no Giunta document written with it.
 */
class WorkspaceGuardsTest extends WorkspaceHarness {

    @TempDir
    Path outside;

    private WorkspaceSettings with(String yaml) throws Exception {
        Files.writeString(root.resolve(WorkspaceSettings.FILE), yaml, StandardCharsets.UTF_8);
        return WorkspaceSettings.load(root);
    }

    @Test
    void aTemplateThatIsAZipBombIsRefusedBySettingsAndNoDocumentIsWritten() throws Exception {
        ZipBombs.template(root.resolve("bomba.dotx"), 200);
        WorkspaceSettings settings = with("modello: bomba.dotx\n");
        assertThat(settings.valid()).isFalse();
        assertThat(settings.problems()).singleElement().asString()
                .startsWith("pira.yaml, riga 1, chiave 'modello': bomba.dotx: il file si espande in modo anomalo")
                .contains("possibile \"zip bomb\"");
        drop("milano-pira-2020-2022.pdf", "milano-pira-2020-2022.pdf");
        drop("milano-relazione-2020.pdf", "milano-relazione-2020.pdf");
        long start = System.nanoTime();
        PassResult pass = pass();
        assertThat((System.nanoTime() - start) / 1_000_000_000).as("s").isLessThan(60);
        assertThat(pass.imported()).hasSize(2);
        assertThat(pass.documents()).isEmpty();
        assertThat(pass.problems()).anySatisfy(p -> assertThat(p).contains("possibile \"zip bomb\""))
                .anySatisfy(p -> assertThat(p).contains("non è scritto finché pira.yaml non è corretto"));
        assertThat(names(ws.reports())).noneMatch(n -> n.endsWith(".docx"));
    }

    @Test
    void aSettingsFileOfSeveralMegabytesIsRefusedBySizeWithoutBeingParsed() throws Exception {
        try (Writer w = Files.newBufferedWriter(root.resolve(WorkspaceSettings.FILE), StandardCharsets.UTF_8)) {
            w.write("ente: \"");
            for (int i = 0; i < 20 * 1024; i++) {
                w.write("x".repeat(1024));
            }
            w.write("\"\n");
        }
        long start = System.nanoTime();
        WorkspaceSettings settings = WorkspaceSettings.load(root);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(2_000);
        assertThat(settings.problems()).containsExactly("pira.yaml: il file è troppo grande (20 MB, il limite è 64 KB)"
                + " e non viene letto: un file di impostazioni o di mappatura è di pochi KB; controllare che sia il file"
                + " giusto.");
    }

    @Test
    void aKeyWrittenTwiceIsNotCorrect() throws Exception {
        assertThat(with("ocr: no\nente: Camera\nocr: si\n").problems()).containsExactly("pira.yaml, riga 3: la chiave"
                + " 'ocr' è scritta due volte: tenerne una sola (pira non sceglie quale valore vale).");
    }

    @Test
    void nestingBeyondTheLimitIsSaidAsALimit() throws Exception {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            yaml.append("  ".repeat(i)).append("a:\n");
        }
        assertThat(with(yaml.toString()).problems()).singleElement().asString().contains("livelli annidati (il limite)")
                .doesNotContain("non è YAML valido");
    }

    @Test
    void aTemplateOutsideTheWorkspaceIsRefusedWithoutBeingOpened() throws Exception {
        Files.writeString(outside.resolve("x.docx"), "fuori");
        Path inner = root.resolve("sotto");
        Files.createDirectories(inner);
        assertThat(with("modello: ../x.docx\n").problems()).singleElement().asString()
                .contains("chiave 'modello': ../x.docx porta fuori dalla cartella di lavoro");
        assertThat(with("modello: sotto/../../x.docx\n").problems()).singleElement().asString()
                .contains("porta fuori dalla cartella di lavoro");
        assertThat(with("modello: /etc/passwd\n").problems()).singleElement().asString()
                .contains("/etc/passwd è un percorso assoluto");
        assertThat(with("modello: " + outside.resolve("x.docx") + "\n").problems()).singleElement().asString()
                .contains("è un percorso assoluto");
        assertThat(with("modello: /proc/self/environ\n").problems()).singleElement().asString()
                .contains("è un percorso assoluto");
    }

    @Test
    void aTemplateThroughALinkIsRefused() throws Exception {
        Path real = Files.writeString(outside.resolve("x.docx"), "fuori");
        Files.createSymbolicLink(root.resolve("modello.docx"), real);
        assertThat(with("modello: modello.docx\n").problems()).singleElement().asString()
                .contains("modello.docx passa per un collegamento (link): pira non segue i collegamenti");
        Files.createSymbolicLink(root.resolve("cartella"), outside);
        assertThat(with("modello: cartella/x.docx\n").problems()).singleElement().asString()
                .contains("passa per un collegamento (link)");
    }

    @Test
    void aTemplateInsideTheWorkspaceIsStillAccepted() throws Exception {
        Files.createDirectories(root.resolve("modelli"));
        try (var in = ZipBombs.class.getResourceAsStream(ZipBombs.TEMPLATE)) {
            Files.copy(in, root.resolve("modelli/camera.dotx"));
        }
        WorkspaceSettings settings = with("modello: modelli/camera.dotx\n");
        assertThat(settings.problems()).isEmpty();
        assertThat(settings.template()).isEqualTo(root.resolve("modelli/camera.dotx").normalize());
    }

    @Test
    void aLinkInMappingsIsRefusedAsInTheInbox() throws Exception {
        Path real = Files.writeString(outside.resolve("nostra.yaml"), "id: nostra\n");
        Files.createSymbolicLink(ws.mappings().resolve("nostra.yaml"), real);
        PassResult pass = pass();
        assertThat(pass.problems()).contains("mappings/nostra.yaml: è un collegamento (link): pira non segue i"
                + " collegamenti, che possono portare fuori dalla cartella; la mappatura è stata saltata. Copiare in"
                + " mappings/ il file vero.");
    }
}
