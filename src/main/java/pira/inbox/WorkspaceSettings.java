package pira.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pira.achievement.OutcomeBands;
import pira.mapping.YamlErrors;
import pira.mapping.YamlLimits;
import pira.mapping.YamlLines;
import pira.mapping.YamlSchema;
import pira.pipeline.OutcomeSettings;

/**
 * What the office decides once for its workspace, in {@code pira.yaml} at its root (keys and values in
 * {@link #TEMPLATE}, checked against {@code settings.schema.json} as a mapping is against its schema): the chamber's
 * name on the Giunta document, its Word template, the outcome bands of its measurement system, OCR, the time limit of
 * an import, what the scores rest on (which target where the Relazione changed the plan's, whether unplanned
 * indicators and declared outcomes count), and whether the document's PDF is written too. A file with problems is said, line by line, in every
 * pass and by {@code pira status}: imports go on with the defaults, and no Giunta document is written until it is
 * right, since a document with the wrong bands or template would look right and not be.
 */
public record WorkspaceSettings(String ente, Path template, OutcomeBands bands, boolean ocr, Duration limit,
                                pira.achievement.Choices choices, boolean pdf, List<String> problems,
                                pira.achievement.PeriodRule periods) {

    public static final String FILE = "pira.yaml";
    /** The name of the first releases' settings file, still read where pira.yaml is absent. */
    static final String OLD_FILE = "impostazioni.yaml";

    private static final class Schema {
        static final YamlSchema CHECK = new YamlSchema("/pira/settings.schema.json", "");
    }

    public WorkspaceSettings {
        problems = List.copyOf(problems);
        periods = periods == null ? pira.achievement.PeriodRule.LAST : periods;
    }

    static WorkspaceSettings defaults(List<String> problems) {
        return new WorkspaceSettings(null, null, OutcomeBands.DEFAULT, false, InboxProcessor.DEFAULT_LIMIT,
                pira.achievement.Choices.DEFAULT, true, problems, null);
    }

    /** Whether the file is right (or absent): only then is a Giunta document written. */
    public boolean valid() {
        return problems.isEmpty();
    }

    static final String TEMPLATE = """
            # Impostazioni della cartella di lavoro di pira: quello che l'ufficio decide una volta.
            # Ogni riga che comincia con # è un commento; per usare un'impostazione togliere il # davanti.
            # pira controlla questo file a ogni passaggio ("pira status" dice se è corretto): finché ha un
            # errore i file sono importati con le impostazioni predefinite e il documento per la Giunta non
            # viene scritto.

            # Il nome dell'ente sulla copertina del documento per la Giunta (predefinito: quello del piano).
            # ente: Camera di commercio di Milano Monza Brianza Lodi

            # Il modello Word della Camera (.dotx o .docx), rispetto a questa cartella (docs/modello.md).
            # modello: modello-camera.dotx

            # Le soglie di esito del sistema di misurazione e valutazione (predefinito: raggiunto al 100%,
            # parzialmente raggiunto sopra lo 0%).
            # soglie_esito:
            #   raggiunto: 95
            #   parzialmente_raggiunto: 60

            # Quale target conta dove la Relazione scrive un target diverso da quello del piano:
            # piano (predefinito: quello adottato dalla Giunta) oppure relazione. Il documento li mostra
            # sempre entrambi ed elenca ogni modifica.
            # target: piano

            # si: gli indicatori che la Relazione rendiconta e il piano non ha contano nel raggiungimento
            # dell'obiettivo indicato dal loro codice (predefinito no: sono riportati a parte e non contano).
            # conta_non_previsti: no

            # Dove il valore conseguito non si può giudicare, conta l'esito che il documento dichiara
            # ("Obiettivo raggiunto"), indicato come dichiarato (predefinito si).
            # conta_dichiarati: si

            # Dove un indicatore ha solo i valori o l'avanzamento dei periodi (trimestri, semestri), il periodo
            # su cui poggia il raggiungimento: ultimo (predefinito, l'ultimo rilevato), migliore, oppure il
            # nome di un periodo tra virgolette (per esempio "2"). Il documento lo dice per ogni indicatore.
            # periodo: ultimo

            # si: riconosce il testo delle pagine PDF che sono immagini (tabelle incollate come figure,
            # scansioni) con Tesseract; i valori letti così sono segnati da verificare.
            ocr: no

            # no: il documento per la Giunta solo in DOCX, senza il PDF (predefinito si, se LibreOffice è installato).
            # pdf: si

            # Tempo massimo per importare un file, in secondi (predefinito 300): oltre, il file va in failed/.
            # limite_secondi: 300
            """;

    /** The settings of the workspace at {@code root}; what is wrong is in {@link #problems()}. */
    public static WorkspaceSettings load(Path root) {
        Path file = root.resolve(FILE);
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            Path old = root.resolve(OLD_FILE);
            if (!Files.isRegularFile(old)) {
                return defaults(problems);
            }
            problems.add(OLD_FILE + " ora si chiama " + FILE + ": rinominarlo (le impostazioni sono le stesse).");
            return defaults(problems);
        }
        String yaml;
        JsonNode tree;
        YamlLines lines;
        try {
            if (Files.isSymbolicLink(file)) {
                problems.add(FILE + ": è un collegamento (link): pira non segue i collegamenti, che possono portare fuori"
                        + " dalla cartella di lavoro; mettere nella cartella il file vero.");
                return defaults(problems);
            }
            String tooBig = YamlLimits.tooBig(file, FILE);
            if (tooBig != null) {
                problems.add(tooBig + ".");
                return defaults(problems);
            }
            yaml = Files.readString(file, StandardCharsets.UTF_8);
            tree = YamlLimits.mapper().readTree(yaml);
            lines = new YamlLines(yaml);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            problems.add(FILE + ", " + YamlErrors.italian(e) + ".");
            return defaults(problems);
        } catch (IOException | RuntimeException e) {
            problems.add(FILE + ": il file non si può leggere (salvarlo in UTF-8).");
            return defaults(problems);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            return defaults(problems);
        }
        if (!tree.isObject()) {
            problems.add(FILE + ": ci si aspettano righe \"chiave: valore\", per esempio ocr: si (chiavi valide: "
                    + Schema.CHECK.topKeys() + ").");
            return defaults(problems);
        }
        // the schema's problems and those of the values it cannot check, in the order of the lines
        java.util.TreeMap<Integer, List<String>> byLine = new java.util.TreeMap<>();
        List<YamlSchema.Problem> schema = Schema.CHECK.check(tree, lines);
        for (YamlSchema.Problem p : schema) {
            byLine.computeIfAbsent(p.line(), k -> new ArrayList<>()).add(FILE + ", " + p + ".");
        }
        OutcomeBands bands = OutcomeBands.DEFAULT;
        if (tree.has("soglie_esito") && schema.stream().noneMatch(p -> p.key().startsWith("/soglie_esito"))) {
            try {
                bands = OutcomeSettings.of(tree.get("soglie_esito"), FILE + ", riga "
                        + lines.lineOf("/soglie_esito") + ", chiave 'soglie_esito'");
            } catch (IllegalArgumentException e) {
                byLine.computeIfAbsent(lines.lineOf("/soglie_esito"), k -> new ArrayList<>()).add(e.getMessage() + ".");
            }
        }
        pira.achievement.PeriodRule periods = pira.achievement.PeriodRule.LAST;
        if (tree.has("periodo") && schema.stream().noneMatch(p -> p.key().startsWith("/periodo"))) {
            try {
                periods = pira.achievement.PeriodRule.parse(tree.get("periodo").asText());
            } catch (IllegalArgumentException e) {
                byLine.computeIfAbsent(lines.lineOf("/periodo"), k -> new ArrayList<>()).add(FILE + ", riga "
                        + lines.lineOf("/periodo") + ", chiave 'periodo': " + e.getMessage() + ".");
            }
        }
        Path template = null;
        if (tree.path("modello").isTextual()) {
            String written = tree.get("modello").asText();
            String where = FILE + ", riga " + lines.lineOf("/modello") + ", chiave 'modello': ";
            String outside = outside(root, written);
            template = outside == null ? root.resolve(written).normalize() : null;
            String wrong = outside != null ? where + outside
                    : !Files.isRegularFile(template) ? where + "il file " + template + " non esiste (il percorso è"
                    + " rispetto alla cartella di lavoro)."
                    : !template.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(dotx|docx)")
                    ? where + template.getFileName() + " non è un modello di Word (.dotx o .docx)." : null;
            if (wrong == null) {
                try {
                    pira.archive.ArchiveGuard.check(template, written);
                } catch (pira.archive.ArchiveGuard.Refused e) {
                    wrong = where + e.getMessage();
                }
            }
            if (wrong != null) {
                byLine.computeIfAbsent(lines.lineOf("/modello"), k -> new ArrayList<>()).add(wrong);
            }
        }
        byLine.values().forEach(problems::addAll);
        if (!problems.isEmpty()) {
            return defaults(problems);
        }
        return new WorkspaceSettings(tree.has("ente") ? tree.get("ente").asText().strip() : null, template, bands,
                yes(tree.path("ocr"), false), tree.has("limite_secondi")
                ? Duration.ofSeconds(tree.get("limite_secondi").asLong()) : InboxProcessor.DEFAULT_LIMIT,
                new pira.achievement.Choices("relazione".equals(tree.path("target").asText()),
                        yes(tree.path("conta_non_previsti"), false), yes(tree.path("conta_dichiarati"), true)),
                yes(tree.path("pdf"), true), problems, periods);
    }

    /**
     * Why the path {@code written} in pira.yaml does not name a file inside the workspace {@code root}, or null: an
     * absolute path, a path that climbs out with "..", or one that goes through a symbolic link (which can lead
     * anywhere) is refused, whatever it leads to. The file is not opened.
     */
    static String outside(Path root, String written) {
        final int maxPath = 1024;
        String advice = " il file va messo nella cartella di lavoro e indicato rispetto a essa, per esempio"
                + " modello: modello-camera.dotx.";
        if (written.length() > maxPath) {
            return "il percorso è troppo lungo (" + written.length() + " caratteri, il limite è " + maxPath + "):"
                    + advice;
        }
        Path path;
        try {
            path = Path.of(written);
        } catch (java.nio.file.InvalidPathException e) {
            return "\"" + written + "\" non è un percorso valido:" + advice;
        }
        if (path.isAbsolute() || path.getRoot() != null || written.startsWith("/") || written.startsWith("\\")
                || written.matches("^[A-Za-z]:.*")) {
            return written + " è un percorso assoluto: pira legge solo i file della cartella di lavoro;" + advice;
        }
        Path base = root.toAbsolutePath().normalize();
        Path resolved = base.resolve(path).normalize();
        if (!resolved.startsWith(base) || resolved.equals(base)) {
            return written + " porta fuori dalla cartella di lavoro: pira legge solo i file della cartella di lavoro;"
                    + advice;
        }
        Path step = base;
        for (Path name : base.relativize(resolved)) {
            step = step.resolve(name);
            if (Files.isSymbolicLink(step)) {
                return written + " passa per un collegamento (link): pira non segue i collegamenti, che possono"
                        + " portare fuori dalla cartella di lavoro; copiare nella cartella il file vero.";
            }
        }
        try {
            if (Files.exists(resolved) && !resolved.toRealPath().startsWith(base.toRealPath())) {
                return written + " porta fuori dalla cartella di lavoro: pira legge solo i file della cartella di"
                        + " lavoro;" + advice;
            }
        } catch (IOException e) {
            return null; // said as a file that cannot be found or read
        }
        return null;
    }

    /** si / sì / true (YAML reads "no" as false). */
    private static boolean yes(JsonNode value, boolean absent) {
        if (value.isMissingNode() || value.isNull()) {
            return absent;
        }
        String v = value.asText().toLowerCase(Locale.ROOT);
        return v.equals("si") || v.equals("sì") || v.equals("true");
    }
}
