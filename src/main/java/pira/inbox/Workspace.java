package pira.inbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folders of a workspace: staff drop files into {@code inbox/}; originals end in {@code processed/} or
 * {@code failed/}; models in {@code model/}, findings reports in {@code reports/}; the chamber's own mappings in
 * {@code mappings/}; one JSON line per event in {@code audit.jsonl}. pira's own state lives in {@code .pira/}.
 */
public record Workspace(Path root) {

    public Path inbox() {
        return root.resolve("inbox");
    }

    public Path processed() {
        return root.resolve("processed");
    }

    public Path failed() {
        return root.resolve("failed");
    }

    public Path model() {
        return root.resolve("model");
    }

    public Path reports() {
        return root.resolve("reports");
    }

    public Path mappings() {
        return root.resolve("mappings");
    }

    public Path audit() {
        return root.resolve("audit.jsonl");
    }

    Path internal() {
        return root.resolve(".pira");
    }

    Path journal() {
        return internal().resolve("journal");
    }

    Path staging() {
        return internal().resolve("staging");
    }

    /** When the last pass ended (UTC, ISO-8601), for pira status: a pass that found nothing leaves no audit line. */
    Path lastPass() {
        return internal().resolve("ultimo-passaggio.txt");
    }

    /** The files that could be neither processed nor moved, with their size and time when that happened. */
    Path quarantine() {
        return internal().resolve("quarantena.txt");
    }

    Path lockFile() {
        return internal().resolve("lock");
    }

    public boolean exists() {
        return Files.isDirectory(inbox()) && Files.isDirectory(internal());
    }

    /** Creates the folders and the staff's README; what exists already is left as it is. */
    public void init() throws IOException {
        for (Path p : new Path[] {inbox(), processed(), failed(), model(), reports(), mappings(), journal(), staging()}) {
            Files.createDirectories(p);
        }
        if (!Files.exists(audit())) {
            Files.createFile(audit());
        }
        Path settings = root.resolve(WorkspaceSettings.FILE);
        if (!Files.exists(settings)) {
            Files.writeString(settings, WorkspaceSettings.TEMPLATE, StandardCharsets.UTF_8);
        }
        Path readme = root.resolve("LEGGIMI.txt");
        if (!Files.exists(readme)) {
            Files.writeString(readme, README, StandardCharsets.UTF_8);
        }
    }

    private static final String README = """
            CARTELLA DI LAVORO DI PIRA
            ==========================

            Come si usa
            -----------
            1. Copiare in inbox/ i file da importare: Piani, PIRA, Relazioni in formato XLSX, XLS, CSV, PDF o DOCX.
            2. pira li elabora da solo (se è attivo "pira watch") oppure con il comando "pira process".
            3. Per ogni file:
               - se tutto va bene, l'originale passa in processed/, il modello dei dati in model/ e il
                 rapporto dei controlli (rilievi) in reports/ (aprire il file .html con il browser);
               - se qualcosa non va, l'originale passa in failed/ e accanto c'è un file NOME.errore.txt che
                 spiega che cosa è successo e che cosa fare.
            4. Quando ci sono il piano (o PIRA) e la Relazione dello stesso ente per lo stesso anno, pira scrive
               in reports/ il documento per la Giunta, relazione-ANNO.docx (e il PDF, se LibreOffice è
               installato). Una nuova versione del piano o della Relazione dà un documento nuovo accanto al
               precedente ("relazione-2019 (2).docx"): nessun documento viene sovrascritto.

            Cartelle
            --------
            inbox/      dove lasciare i file da elaborare
            processed/  i file elaborati, mai modificati
            failed/     i file non elaborati, con la spiegazione (.errore.txt)
            model/      i modelli dei dati (.plan.json)
            reports/    i rapporti dei controlli (.rilievi.html e .rilievi.txt) e i documenti per la Giunta
            mappings/   le mappature proprie della Camera (.yaml), oltre a quelle già incluse in pira; una
                        mappatura con lo stesso id di una inclusa ne prende il posto
            pira.yaml   le impostazioni dell'ufficio (nome dell'ente, modello Word, soglie di esito, ocr...):
                        ogni riga è spiegata nel file stesso
            audit.jsonl il registro di ogni elaborazione (una riga per evento)

            Da sapere
            ---------
            - I file originali non vengono mai modificati né cancellati: solo spostati.
            - Lo stesso file lasciato due volte viene riconosciuto e non viene importato di nuovo.
            - Se un file ha un formato che pira non conosce, in failed/ c'è anche una bozza di mappatura
              (NOME.bozza-mappatura.yaml) da completare e copiare in mappings/; poi rimettere il file in inbox/.
              Quando il file viene importato, la spiegazione e la bozza in failed/ vengono tolte.
            - Un PDF le cui tabelle sono immagini (incollate come figure o scansionate) non ha testo da leggere:
              chiedere il file originale, oppure scrivere "ocr: si" in pira.yaml perché pira riconosca il
              testo (richiede Tesseract); i valori letti così sono segnati "da verificare" nei rilievi.
            - Un file viene preso quando è completo: da 5 secondi non cambia. Un file che cambia mentre pira
              lo legge aspetta il passaggio seguente: non viene mai importato a metà.
            - Un file che non si può né elaborare né spostare resta in inbox/ ed è segnalato una volta; pira
              lo riprende quando il file cambia (per esempio salvato di nuovo).
            - Cartelle, collegamenti e file nascosti lasciati in inbox/ non vengono letti (sono segnalati una volta).
            - Non modificare la cartella .pira/: contiene lo stato interno di pira.
            """;
}
