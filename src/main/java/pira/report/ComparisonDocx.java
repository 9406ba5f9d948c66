package pira.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import pira.revision.Change;
import pira.revision.ChangeKind;
import pira.revision.Comparison;
import pira.revision.ElementChange;
import pira.revision.ComparisonText;
import pira.revision.NoteFinding;

/**
 * The changes from one revision of the plan to the next as a document for the Giunta: "Variazioni rispetto al Piano
 * ...", the two documents and the years compared, then the changes of the tree's elements (one table: elemento, nome,
 * variazione in words, "peso da 10% a 15%"), then for each kind of change of the indicators a table (codice,
 * indicatore, variazione, prima, dopo, nota) and the findings on the status notes. Landscape pages, the header row repeated on
 * every page, rows not split; styles from the report's template ({@link DocxStyles}). The same comparison gives the
 * same bytes.
 */
public final class ComparisonDocx {

    static final List<String> HEADER = List.of("Codice", "Indicatore", "Variazione", "Prima", "Dopo", "Nota");
    private static final int[] WIDTHS = {900, 3600, 1700, 2600, 2600, 3170};
    static final List<String> ELEMENT_HEADER = List.of("Elemento", "Nome", "Variazione");
    private static final int[] ELEMENT_WIDTHS = {2600, 6200, 5770};
    private static final int[] FINDING_WIDTHS = {900, 3600, 2900, 7170};

    private final Comparison comparison;
    private final Path template;

    /** @param template the chamber's template (.dotx), or null for the one in the jar */
    public ComparisonDocx(Comparison comparison, Path template) {
        this.comparison = comparison;
        this.template = template;
    }

    public void write(OutputStream out) throws IOException {
        ReportPackage pkg = ReportPackage.of(template, comparison.title(), comparison.ente() == null ? ""
                : comparison.ente(), "Variazioni degli elementi e degli indicatori tra due versioni del piano");
        pkg.write(body(pkg.headerFooter), out);
    }

    String body(String headerFooter) {
        WordXml w = new WordXml(headerFooter);
        Comparison c = comparison;
        if (c.ente() != null) {
            w.paragraph("Subtitle", c.ente());
        }
        w.paragraph("Title", c.title());
        w.paragraph("Normal", "Documento nuovo: " + c.after().title() + " (" + String.join(", ", c.after().files())
                + "); documento precedente: " + c.before().title() + " (" + String.join(", ", c.before().files())
                + ").");
        w.paragraph("Normal", ComparisonText.years(c) + ".");
        if (!c.notesUsed()) {
            w.paragraph("Normal", "Il documento nuovo non ha note di stato (Inserito, Aggiornato, Eliminato): le"
                    + " variazioni non sono controllate contro le note.");
        }
        w.paragraph("Heading1", ComparisonText.ELEMENTS + " (" + c.elementChanges().size() + ")", true);
        if (c.elementChanges().isEmpty()) {
            w.paragraph("Normal", "Nessuna: aree, obiettivi e azioni, con i loro pesi, sono quelli del documento"
                    + " precedente.");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (ElementChange ch : c.elementChanges()) {
                rows.add(List.of(ch.label(), or(ch.name()), ch.phrase()));
            }
            w.table(ELEMENT_HEADER, rows, ELEMENT_WIDTHS, DocxStyles.TABLE, Set.of());
        }
        w.paragraph("Heading1", ComparisonText.INDICATORS + " (" + c.changes().size() + ")", true);
        for (ChangeKind kind : ChangeKind.values()) {
            List<Change> changes = c.changes(kind);
            w.paragraph("Heading2", kind.group() + " (" + changes.size() + ")", true);
            if (changes.isEmpty()) {
                w.paragraph("Normal", "Nessuno.");
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            for (Change ch : changes) {
                rows.add(List.of(or(ch.code()), or(ch.name()), ch.what(), or(thousands(ch.before())),
                        or(thousands(ch.after())), or(ch.note())));
            }
            w.table(HEADER, rows, WIDTHS, DocxStyles.TABLE, Set.of());
        }
        w.paragraph("Heading1", "Rilievi sulle note (" + c.findings().size() + ")", true);
        if (c.findings().isEmpty()) {
            w.paragraph("Normal", c.notesUsed() ? "Nessuno: le note corrispondono alle variazioni." : "Nessuno.");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (NoteFinding f : c.findings()) {
                rows.add(List.of(or(f.code()), or(f.name()), words(f.rule()), f.message()));
            }
            w.table(List.of("Codice", "Indicatore", "Rilievo", "Descrizione"), rows, FINDING_WIDTHS,
                    DocxStyles.TABLE, Set.of());
        }
        return w.finish(true);
    }

    /** A finding's rule in the Giunta's words: "NOTA-INCOERENTE" is "Nota incoerente". */
    static String words(String rule) {
        String w = rule.toLowerCase(java.util.Locale.ITALIAN).replace('-', ' ');
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** "2020: 27000; 2021: 30000" with the thousands' dots: "2020: 27.000; 2021: 30.000". */
    private static String thousands(String targets) {
        if (targets == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String part : targets.split("; ", -1)) {
            int colon = part.indexOf(": ");
            parts.add(colon < 0 ? DocxReport.thousands(part) : part.substring(0, colon + 2)
                    + DocxReport.thousands(part.substring(colon + 2)));
        }
        return String.join("; ", parts);
    }

    /** The text, or a grey dash where there is none. */
    private static String or(String s) {
        return s == null ? DocxReport.MISSING : s;
    }
}
