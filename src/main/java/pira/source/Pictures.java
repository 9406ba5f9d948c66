package pira.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The pictures of a document that may hold its tables: the PDF pages drawn mostly as a picture (a scan, a table pasted
 * as an image), or the pictures of a Word document that has no table. Nothing here has text a mapping can read.
 */
public record Pictures(List<Integer> pages, int count, boolean noTables) {

    public static final Pictures NONE = new Pictures(List.of(), 0, false);

    public Pictures {
        pages = List.copyOf(pages);
    }

    /** Whether the document's tables may be pictures. */
    public boolean any() {
        return !pages.isEmpty() || (count > 0 && noTables);
    }

    /** "pagine 41-56", "pagine 3, 7-9", "pagina 2": the pages, consecutive ones as a range. */
    public String pageRanges() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            int first = pages.get(i);
            int last = first;
            while (i + 1 < pages.size() && pages.get(i + 1) == last + 1) {
                last = pages.get(++i);
            }
            parts.add(first == last ? String.valueOf(first) : first + "-" + last);
        }
        return (pages.size() == 1 ? "pagina " : "pagine ") + String.join(", ", parts);
    }

    /** For messages: where the pictures are and that they have no text. */
    public String describe() {
        if (!pages.isEmpty()) {
            return pageRanges() + ": le tabelle sono immagini (nessun testo da leggere)";
        }
        return "il documento ha " + (count == 1 ? "un'immagine" : count + " immagini") + " e nessuna tabella: le tabelle"
                + " sono immagini (nessun testo da leggere)";
    }
}
