package pira.report;

import static pira.report.DocxReport.nz;
import static pira.report.DocxReport.title;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import pira.model.SourceFile;
import pira.validation.Finding;

/**
 * The appendices: the findings a Giunta can read, errors then warnings grouped by their cause, and the source files
 * with their SHA-256.
 */
final class AppendixSection extends ReportSection {

    AppendixSection(ReportContext context) {
        super(context);
    }

    /** How many findings the appendix lists: errors and warnings about the plan, not about reading its files. */
    long count() {
        return findings.stream().filter(f -> f.severity() != pira.validation.Severity.INFORMAZIONE
                && !READING.contains(f.cause())).count();
    }

    /**
     * The findings about how a file was read (its columns, rows and sheets as the mapping found them), which say
     * nothing of the plan: they stay in the validation report, the Giunta's appendix counts them.
     */
    private static final java.util.Set<String> READING = java.util.Set.of("IMPORTAZIONE.RIGA-IGNORATA",
            "IMPORTAZIONE.COLONNA-ASSENTE", "IMPORTAZIONE.COLONNE-NON-LETTE", "IMPORTAZIONE.FOGLI-NON-LETTI",
            "IMPORTAZIONE.FOGLIO-NASCOSTO", "IMPORTAZIONE.RIGA-NASCOSTA", "IMPORTAZIONE.INTESTAZIONE-PIU-LUNGA",
            "IMPORTAZIONE.LIVELLO-ASSENTE", "IMPORTAZIONE.LIVELLO-NON-LETTO", "IMPORTAZIONE.INDICATORE-NON-LETTO",
            "IMPORTAZIONE.INDICATORE-SENZA-LIVELLO", "IMPORTAZIONE.RIGA-SPEZZATA", "IMPORTAZIONE.RIGHE-NON-CORRISPONDENTI",
            "IMPORTAZIONE.PIU-INDICATORI-IN-UNA-CELLA", "IMPORTAZIONE.altro");

    /** What a group of the import's findings is about, in words (pira/report/cause.properties). */
    private static final java.util.Properties CAUSES = new java.util.Properties();

    static {
        try (var in = DocxReport.class.getResourceAsStream("/pira/report/cause.properties")) {
            CAUSES.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The findings a Giunta can read, errors then warnings, grouped by their cause (the rule, said in words), and the
     * source files; the informations stay in the validation report.
     */
    void write(WordXml w) {
        heading(w, 1, "Appendice A - Note di riscontro sui dati");
        java.util.Map<String, String> causes = new java.util.HashMap<>();
        pira.validation.rules.Rules.ALL.forEach(r -> causes.put(r.info().id(), r.info().summary()));
        java.util.Map<String, List<Finding>> byCause = new java.util.LinkedHashMap<>();
        int reading = 0;
        for (pira.validation.Severity severity : List.of(pira.validation.Severity.ERRORE,
                pira.validation.Severity.AVVISO)) {
            for (Finding f : findings) {
                if (f.severity() != severity) {
                    continue;
                }
                if (READING.contains(f.cause())) {
                    reading++; // how the file was read, not what the plan says: for the office, not the Giunta
                    continue;
                }
                byCause.computeIfAbsent(severity.id() + "|" + f.cause(), k -> new ArrayList<>()).add(f);
            }
        }
        if (reading > 0) {
            w.paragraph("Normal", reading == 1 ? "Un'altra nota riguarda la lettura dei file e non il contenuto del"
                    + " piano: è riportata nel controllo dei dati a cura dell'ufficio." : "Altre " + reading + " note"
                    + " riguardano la lettura dei file e non il contenuto del piano: sono riportate nel controllo dei"
                    + " dati a cura dell'ufficio.");
        }
        if (byCause.isEmpty()) {
            w.paragraph("Normal", "Nessun errore e nessun avviso.");
        }
        byCause.forEach((key, list) -> {
            String severity = key.substring(0, key.indexOf('|'));
            String kind = severity.equals(pira.validation.Severity.ERRORE.id()) ? "Errori" : "Avvisi";
            String title = CAUSES.getProperty(list.get(0).cause());
            // the cause in words where the report knows it; else the check, whose findings are where it is not so
            w.paragraph("Normal", title != null ? kind + " (" + list.size() + "): " + title : kind + " (" + list.size()
                    + ") del controllo «" + causes.getOrDefault(list.get(0).rule(), "").replaceAll("\\.$", "")
                    + "»: dove non è così", true);
            List<List<String>> rows = new ArrayList<>();
            boolean codes = list.stream().anyMatch(f -> f.code() != null);
            for (Finding f : list) {
                rows.add(codes ? List.of(f.where(), nz(f.code()), f.message()) : List.of(f.where(), f.message()));
            }
            // without codes (the import's findings name their place), no empty column
            w.table(codes ? List.of("Posizione", "Codice", "Rilievo") : List.of("Posizione", "Rilievo"), rows,
                    codes ? new int[] {4000, 1200, 9370} : new int[] {4000, 10570}, DocxStyles.TABLE,
                    java.util.Set.of());
        });
        heading(w, 1, "Appendice B - File di origine");
        List<List<String>> rows = new ArrayList<>();
        for (SourceFile s : plan.sources()) {
            rows.add(List.of(s.file(), nz(s.format()), s.sha256()));
        }
        w.table(List.of("File", "Formato", "Impronta SHA-256"), rows, new int[] {5000, 1500, 8070}, DocxStyles.TABLE,
                java.util.Set.of());
    }
}
