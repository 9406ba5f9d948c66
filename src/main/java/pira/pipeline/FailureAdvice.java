package pira.pipeline;

import java.util.List;
import pira.mapping.MappingCandidate;

/**
 * The one thing to do about a file that was not imported, by its cause, for the path in use: the command line has
 * {@code --mapping} and {@code --ocr}; the inbox has the workspace's mappings/ folder and its settings instead. No
 * advice names an option its path does not have.
 */
public final class FailureAdvice {

    private FailureAdvice() {
    }

    /** What happened and, on a line of its own, what to do: for the command line and its reports. */
    public static String commandLineMessage(ImportResult result) {
        String advice = commandLine(result);
        return result.error() + (advice.isEmpty() ? "" : "\n  Cosa fare: " + advice);
    }

    /** For the command line; empty where the message of the failure already says what to do. */
    static String commandLine(ImportResult result) {
        return switch (result.failure()) {
            case NO_MAPPING -> "Indicare la mappatura con --mapping, oppure crearne una: \"pira mappings suggest FILE\""
                    + " ne scrive una bozza da completare (vedere mappings/README.md).";
            case TIE -> "Indicare quella giusta con --mapping; per sceglierla da sé, pira ha bisogno che le due"
                    + " differiscano: " + editable(result.involved()) + ".";
            case IMAGES -> "Chiedere all'ufficio il file originale (il foglio di calcolo o il documento Word), oppure"
                    + (pdf(result) ? " ripetere con --ocr" : " salvare il documento come PDF e importare il PDF con"
                    + " --ocr") + " per riconoscere il testo delle immagini (i valori sono poi da verificare).";
            case NOT_A_PLAN -> "Nulla da fare se il file non è un Piano, un PIRA o una Relazione; se lo è, indicare la"
                    + " mappatura con --mapping.";
            case MISMATCH -> "Controllare che il file sia quello giusto; se il layout è cambiato, aggiornare la"
                    + " mappatura (pira mappings check) o indicarne un'altra con --mapping.";
            case UNREADABLE, TOO_LONG, UNEXPECTED -> "";
        };
    }

    /** For the inbox's explanation beside the file in failed/: numbered steps, ending with putting it back. */
    public static String inbox(ImportResult result, String draft) {
        return switch (result.failure()) {
            case NO_MAPPING -> "Il file ha un formato che pira non conosce ancora.\n" + (draft != null
                    ? "1. Aprire la bozza di mappatura " + draft + ", qui accanto, e completarla (livelli, anni)"
                    + " seguendo mappings/README.md.\n2. Copiarla nella cartella mappings/ della cartella di lavoro.\n"
                    + "3. Rimettere il file in inbox/.\n"
                    : "Preparare una mappatura (mappings/README.md), copiarla in mappings/ e rimettere il file in"
                    + " inbox/.\n");
            case TIE -> "Due mappature si adattano al file allo stesso modo e pira non sceglie a caso.\n1. Nella"
                    + " cartella mappings/, " + editable(result.involved()) + ".\n2. Rimettere il file in inbox/.\n";
            case IMAGES -> "Le tabelle del file sono immagini: non c'è testo da leggere.\n1. Chiedere all'ufficio il"
                    + " file originale (il foglio di calcolo o il documento Word) e lasciarlo in inbox/; oppure\n2."
                    + " attivare il riconoscimento del testo scrivendo \"ocr: si\" nel file pira.yaml della"
                    + " cartella di lavoro e " + (pdf(result) ? "rimettere il file" : "lasciare in inbox/ il documento"
                    + " salvato come PDF (il riconoscimento legge i PDF)") + " in inbox/ (i valori letti così sono da"
                    + " verificare).\n";
            case NOT_A_PLAN -> "Il file non sembra un documento di performance (Piano, PIRA o Relazione): non c'è nulla"
                    + " da fare. Se è stato lasciato in inbox/ per sbaglio, toglierlo da failed/; se invece è un"
                    + " documento di performance, preparare una mappatura (mappings/README.md) e rimetterlo in inbox/.\n";
            case MISMATCH -> "Il file somiglia a un formato noto ma non corrisponde: controllare di aver salvato il"
                    + " documento giusto (foglio, intestazione) o aggiornare la mappatura in mappings/, poi rimettere il"
                    + " file in inbox/.\n";
            case UNREADABLE -> "Salvare di nuovo il documento dal programma d'origine (senza password, nel formato"
                    + " indicato) e rimetterlo in inbox/.\n";
            case TOO_LONG -> "Il file è molto grande o ha un contenuto che pira legge con fatica: se è davvero un"
                    + " documento di performance, aumentare il limite di tempo (--limite-secondi) o dividerlo, poi"
                    + " rimetterlo in inbox/; se si ripete, segnalarlo allegando il file.\n";
            case UNEXPECTED -> "È un difetto di pira: segnalarlo allegando il file. L'originale è qui, intatto.\n";
        };
    }

    /** Whether the file is a PDF, the one kind whose pictures OCR reads (a Word document must be saved as one first). */
    private static boolean pdf(ImportResult result) {
        return result.file().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
    }

    /** What to change of tied mappings: the office's own can be edited or removed; a built-in one cannot. */
    private static String editable(List<String> involved) {
        List<String> own = involved.stream().filter(m -> !m.endsWith("(" + MappingCandidate.BUILTIN + ")")).toList();
        if (own.isEmpty()) {
            return "sono entrambe predefinite (" + String.join(", ", involved) + "): segnalarlo";
        }
        return "rendere più specifica la firma (signature.words) di " + (own.size() == 1 ? "" : "una tra ")
                + String.join(" e ", own) + ", oppure togliere quella che non serve";
    }
}
