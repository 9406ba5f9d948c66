package pira.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pira.mapping.BuiltinMappings;
import pira.mapping.MappingCandidate;
import pira.mapping.MappingLoader;
import pira.source.RawDocument;
import pira.source.RawRow;
import pira.source.RawTable;
import pira.source.ReaderOptions;
import pira.source.SourceFormat;
import pira.source.SourceReaders;

/** How a mapping is chosen: where its words stand, who wrote it, how specific it is, and what a real tie says. */
class MappingMatcherTest {

    private static final Path MILANO = Path.of("samples/milano-pira-2019-2021.xlsx");

    @TempDir
    Path dir;

    /**
     * A PDF whose header has no "Stato" column, while its descriptions speak of the "Stato di attuazione": the word in
     * a description is not a header's, and the Alessandria KPI mapping, whose header needs "Stato", does not fit
     * (it used to be chosen, then to fail with "intestazione non trovata").
     */
    @Test
    void aSignatureWordInADescriptionDoesNotCount() {
        RawDocument pdf = new RawDocument("relazione.pdf", SourceFormat.PDF, List.of(new RawTable("relazione.pdf",
                false, List.of(
                        row(1, "Obiettivo operativo", "Indicatore", "Peso", "Target 2020"),
                        row(2, "011-005-001", "Stato di attuazione del piano degli interventi per la digitalizzazione"
                                + " delle imprese del territorio provinciale", "50", ">= 60%"),
                        row(3, "", "Stato di avanzamento dei lavori di riorganizzazione dell'ufficio del Registro"
                                + " Imprese, misurato a fine anno", "50", "SI")), List.of())), List.of());
        MappingMatcher.Score kpi = MappingMatcher.rank(pdf, BuiltinMappings.load()).stream()
                .filter(s -> s.candidate().id().equals("alessandria-kpi-pdf")).findFirst().orElseThrow();
        assertThat(kpi.missing()).containsExactly("Stato");
        assertThat(kpi.score()).isEqualTo(0.8);
        assertThat(kpi.fits()).isFalse();
        assertThat(kpi.explain()).isEqualTo("alessandria-kpi-pdf: 80% delle parole chiave, mancano \"Stato\"; nessuna"
                + " riga ha la sua intestazione [Obiettivo operativo, Indicatore, Peso, Stato]");
        assertThatThrownBy(() -> MappingMatcher.choose(pdf, BuiltinMappings.load()))
                .isInstanceOf(NoChoiceException.class).hasMessageContaining("nessuna mappatura adatta");
    }

    /** A level's title that begins with the word and a code counts, however long ("MISSIONE 011 - ..."). */
    @Test
    void aTitleWithItsCodeCountsEvenWhenLong() throws Exception {
        RawDocument milano = SourceReaders.read(MILANO, ReaderOptions.DETECT);
        MappingMatcher.Score score = MappingMatcher.choose(milano, BuiltinMappings.load());
        assertThat(score.candidate().id()).isEqualTo("milano-pira");
        assertThat(score.score()).isEqualTo(1.0);
    }

    /** An office adapts a shipped mapping by copying it under a new id: its own copy wins the tie. */
    @Test
    void theOfficesOwnMappingOutranksTheBuiltInOneItTiesWith() throws Exception {
        List<MappingCandidate> candidates = new ArrayList<>(BuiltinMappings.load());
        candidates.add(own("milano-camera.yaml", "milano-pira-camera", null));
        MappingMatcher.Score chosen = MappingMatcher.choose(SourceReaders.read(MILANO, ReaderOptions.DETECT),
                candidates);
        assertThat(chosen.candidate().id()).isEqualTo("milano-pira-camera");
    }

    @Test
    void betweenEqualsTheMoreSpecificSignatureWins() throws Exception {
        List<MappingCandidate> candidates = List.of(
                own("generica.yaml", "generica", "[Missione, Programma, Obiettivo strategico]"),
                own("precisa.yaml", "precisa", "[Missione, Programma, Obiettivo strategico, Obiettivo operativo]"));
        assertThat(MappingMatcher.choose(SourceReaders.read(MILANO, ReaderOptions.DETECT), candidates).candidate()
                .id()).isEqualTo("precisa");
    }

    @Test
    void aRealTieNamesBothMappingsAndTheirFiles() throws Exception {
        List<MappingCandidate> candidates = List.of(own("a.yaml", "copia-a", null), own("b.yaml", "copia-b", null));
        assertThatThrownBy(() -> MappingMatcher.choose(SourceReaders.read(MILANO, ReaderOptions.DETECT), candidates))
                .isInstanceOfSatisfying(NoChoiceException.class, e -> {
                    assertThat(e.kind()).isEqualTo(NoChoiceException.Kind.TIE);
                    assertThat(e.getMessage()).isEqualTo("milano-pira-2019-2021.xlsx: più mappature si adattano"
                            + " allo stesso modo (100% delle parole chiave, 6 parole): copia-a (" + dir.resolve("a.yaml")
                            + "), copia-b (" + dir.resolve("b.yaml") + ").");
                });
    }

    /** A copy of the built-in Milano mapping under another id, with other signature words where given. */
    private MappingCandidate own(String file, String id, String words) throws Exception {
        String yaml = new String(getClass().getClassLoader().getResourceAsStream("pira/mappings/milano-pira.yaml")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceFirst("(?m)^id: .*$", "id: " + id);
        if (words != null) {
            yaml = yaml.replaceFirst("(?s)words: \\[.*?\\]", "words: " + words);
        }
        Path path = Files.writeString(dir.resolve(file), yaml);
        return new MappingCandidate(MappingLoader.load(path), path.toString());
    }

    private static RawRow row(int n, String... cells) {
        return new RawRow(n, false, cells, 1, n);
    }

    /** The closest mappings named when none fits are those for the file's kind, before any for another kind. */
    @Test
    void theClosestAreForTheFilesKindFirst() {
        RawDocument xlsx = new RawDocument("nuovo.xlsx", SourceFormat.XLSX, List.of(new RawTable("Foglio1", false,
                List.of(row(1, "Obiettivo operativo", "Indicatore", "Peso", "Stato", "Target")), List.of())), List.of());
        assertThatThrownBy(() -> MappingMatcher.choose(xlsx, BuiltinMappings.load()))
                .isInstanceOfSatisfying(NoChoiceException.class, e -> assertThat(e.candidates().stream()
                        .map(s -> s.candidate().id())).containsExactly("milano-pira", "sondrio-piano",
                        "alessandria-kpi-pdf"));
    }
}
