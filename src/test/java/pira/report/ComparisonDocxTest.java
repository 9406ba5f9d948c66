package pira.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pira.mapping.MappingCandidate;
import pira.mapping.MappingLoader;
import pira.model.Plan;
import pira.pipeline.Importer;
import pira.revision.Comparison;
import pira.revision.PlanComparison;
import pira.revision.TreeFixtures;

/**
 * The Giunta's document of the changes from the Milano PIRA 2019-2021 to 2020-2022, read back with POI, cell by cell.
 */
class ComparisonDocxTest {

    private static byte[] bytes;
    private static XWPFDocument doc;

    @BeforeAll
    static void write() throws Exception {
        Comparison c = PlanComparison.compare(plan("milano-pira-2019-2021.pdf"), plan("milano-pira-2020-2022.pdf"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ComparisonDocx(c, null).write(out);
        bytes = out.toByteArray();
        doc = new XWPFDocument(new ByteArrayInputStream(bytes));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new ComparisonDocx(c, null).write(again);
        assertThat(again.toByteArray()).isEqualTo(bytes);
    }

    private static Plan plan(String sample) throws Exception {
        MappingCandidate m = new MappingCandidate(MappingLoader.load(Path.of("mappings/milano-pira.yaml")),
                "milano-pira.yaml");
        return new Importer(List.of(), m).importFile(Path.of("samples", sample)).plan();
    }

    private static List<List<String>> cells(XWPFTable t) {
        return t.getRows().stream().map(r -> r.getTableCells().stream().map(XWPFTableCell::getText).toList()).toList();
    }

    @Test
    void titleAndYears() {
        List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        assertThat(texts).startsWith("Camera di commercio di Milano Monza Brianza Lodi", "Variazioni rispetto al Piano"
                + " degli indicatori e dei risultati attesi di bilancio (PIRA) 2019-2021");
        assertThat(texts).containsSubsequence("Variazioni degli elementi del piano (1)", "Variazioni degli"
                + " indicatori (9)", "Inseriti (3)", "Rilievi sulle note (4)");
        assertThat(texts).contains("Anni confrontati: 2020, 2021 (2019 solo nel documento precedente, 2022 solo nel"
                + " nuovo: i loro target non sono variazioni).", "Inseriti (3)", "Eliminati (2)", "Rinominati (1)",
                "Modificati (2)", "Spostati (1)", "Rilievi sulle note (4)");
    }

    @Test
    void oneTablePerKindCellByCell() {
        List<XWPFTable> all = doc.getTables();
        assertThat(all).hasSize(7);
        // issue 26: the tree's changes first, in words
        assertThat(cells(all.get(0))).containsExactly(List.of("Elemento", "Nome", "Variazione"),
                List.of("Obiettivo operativo 2.5", "ECONOMIA CIRCOLARE: Semplificare il rapporto fra"
                        + " cittadini-imprese-PA in materia ambientale - Promuovere cambiamenti evolutivi delle PMI"
                        + " verso modelli di sviluppo circolare", "eliminato (era sotto Obiettivo strategico 2)"));
        List<XWPFTable> tables = all.subList(1, all.size());
        String note = "Aggiornato in sede di rolling annuale con deliberazione della Giunta n. 97 del 22 luglio 2019";
        assertThat(cells(tables.get(0)).get(0)).containsExactly("Codice", "Indicatore", "Variazione", "Prima", "Dopo",
                "Nota");
        assertThat(cells(tables.get(0)).get(2)).containsExactly("1.4.4", "N. nuovi rilasci SPID", "inserito", "—",
                "2020: +10%; 2021: +10%; 2022: +10%", note);
        assertThat(cells(tables.get(1)).get(2)).containsExactly("3.1.2", "Progetti strategici finanziati con l'aumento"
                + " del 20% del diritto annuale: percentuale di realizzazione dei KPI del progetto Punto Impresa"
                + " Digitale", "non più presente", "2019: 100%", "—", "—");
        assertThat(cells(tables.get(3))).containsExactly(
                List.of("Codice", "Indicatore", "Variazione", "Prima", "Dopo", "Nota"),
                List.of("1.4.1", "Percentuale istanze on line rispetto al totale delle istanze presentate (C.O.,"
                        + " Protesti, Certificati e Visure, Firma digitale, Carte Tachigrafiche, Libri Digitali)",
                        "target 2020", "20%", "22%", "—"),
                List.of("2.4.2", "N. di accordi con altre CCIAA per mediazioni-arbitrati-OCC o convenzioni con"
                        + " corporate", "responsabile", "Camera Arbitrale", "Camera Arbitrale/Tutela del mercato e"
                        + " ambiente", note));
        assertThat(cells(tables.get(4)).get(1)).containsExactly("2.5.1", "N. di proposte di modifica normativa in"
                + " campo ambientale da sottoporre a organi competenti", "livello", "Obiettivo operativo 2.5",
                "Obiettivo operativo 2.4", note);
        assertThat(cells(tables.get(5))).extracting(r -> r.get(0) + " " + r.get(2)).containsExactly(
                "Codice Rilievo", "1.2.1 Aggiornato senza variazioni", "1.4.1 Variazione senza nota",
                "1.4.4 Nota incoerente", "3.1.2 Eliminato senza nota");
        // issue 24: counts as the public administration writes them
        assertThat(cells(tables.get(0)).get(3).get(4)).isEqualTo("2020: 27.000; 2021: 30.000; 2022: 33.000");
    }

    /**
     * Issue 26's done-when in the Giunta's document: two weights (an action, an operational objective) and a target
     * removed, the tree's changes first, cell by cell; then the other element changes in their order.
     */
    @Test
    void theTreesChangesFirstCellByCell() throws Exception {
        XWPFDocument d = docx(PlanComparison.compare(TreeFixtures.revision(), TreeFixtures.revision("pesi",
                "target")));
        List<String> texts = d.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        assertThat(texts).containsSubsequence("Variazioni degli elementi del piano (2)",
                "Variazioni degli indicatori (1)", "Inseriti (0)", "Nessuno.", "Eliminati (0)", "Nessuno.",
                "Rinominati (0)", "Nessuno.", "Modificati (1)", "Spostati (0)", "Nessuno.", "Rilievi sulle note (0)",
                "Nessuno.");
        assertThat(d.getTables()).hasSize(2);
        assertThat(cells(d.getTables().get(0))).containsExactly(
                List.of("Elemento", "Nome", "Variazione"),
                List.of("Azione 1.1.2", "Ridurre i tempi di evasione", "peso da 25% a 20%"),
                List.of("Obiettivo operativo 1.4", "Servizi online", "peso da 10% a 15%"));
        assertThat(cells(d.getTables().get(1))).containsExactly(
                List.of("Codice", "Indicatore", "Variazione", "Prima", "Dopo", "Nota"),
                List.of("1.3.2", "Utenti del portale dei dati", "target 2023", "1.400", "—", "—"));

        XWPFDocument tree = docx(PlanComparison.compare(TreeFixtures.revision(), TreeFixtures.revision("albero")));
        assertThat(cells(tree.getTables().get(0))).containsExactly(
                List.of("Elemento", "Nome", "Variazione"),
                List.of("Azione \"Campagna informativa sui servizi online\"", "Campagna informativa sui servizi online",
                        "inserita sotto Obiettivo operativo 1.4, peso 10%"),
                List.of("Obiettivo operativo 1.5", "Sportello digitale per le imprese",
                        "inserito sotto Obiettivo strategico 1, peso 5%"),
                List.of("Obiettivo operativo 2.5", "Economia circolare", "eliminato (era sotto Obiettivo strategico 2,"
                        + " peso 40%)"),
                List.of("Obiettivo operativo 1.3", "Analisi evoluta del dato", "nome da \"Analisi del dato\" a"
                        + " \"Analisi evoluta del dato\""),
                List.of("Azione 1.1.2", "Ridurre i tempi di evasione", "spostata da Obiettivo operativo 1.1 a"
                        + " Obiettivo operativo 1.4"));

        XWPFDocument none = docx(PlanComparison.compare(TreeFixtures.revision(), TreeFixtures.revision()));
        assertThat(none.getParagraphs().stream().map(XWPFParagraph::getText).toList()).containsSubsequence(
                "Variazioni degli elementi del piano (0)", "Nessuna: aree, obiettivi e azioni, con i loro pesi, sono"
                        + " quelli del documento precedente.", "Variazioni degli indicatori (0)");
    }

    private static XWPFDocument docx(Comparison c) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ComparisonDocx(c, null).write(out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void landscapeWithTheHeaderRowRepeatedAndRowsWhole() {
        assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient().toString()).isEqualTo("landscape");
        for (XWPFTable t : doc.getTables()) {
            assertThat(t.getRow(0).isRepeatHeader()).isTrue();
            for (XWPFTableRow r : t.getRows().subList(Math.min(2, t.getRows().size()), t.getRows().size())) {
                assertThat(r.isCantSplitRow()).isTrue();
            }
        }
    }
}
