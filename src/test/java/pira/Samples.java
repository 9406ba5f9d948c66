package pira;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The bundled samples and the mapping each is read with: the one list the golden, schema and findings tests take
 * their cases from, so a new sample is added here once.
 */
public final class Samples {

    private static final Map<String, String> MAPPING = new LinkedHashMap<>();

    static {
        MAPPING.put("sondrio-piano-2022-2024.xlsx", "sondrio-piano.yaml");
        MAPPING.put("milano-pira-2019-2021.xlsx", "milano-pira.yaml");
        MAPPING.put("milano-pira-2019-2021.pdf", "milano-pira.yaml");
        MAPPING.put("milano-relazione-2019.pdf", "milano-relazione.yaml");
        MAPPING.put("milano-pira-2020-2022.pdf", "milano-pira.yaml");
        MAPPING.put("milano-relazione-2020.pdf", "milano-relazione.yaml");
        MAPPING.put("alessandria-kpi-2020.csv", "alessandria-kpi-csv.yaml");
        MAPPING.put("alessandria-kpi-operativi-2020.pdf", "alessandria-kpi-pdf.yaml");
        MAPPING.put("asti-schede-obiettivi-2020.docx", "asti-schede-docx.yaml");
        MAPPING.put("asti-albero-performance-2020.docx", "asti-albero-docx.yaml");
        MAPPING.put("asti-albero-performance-2020.pdf", "asti-albero-docx.yaml");
        MAPPING.put("alessandria-albero-performance-2020.docx", "alessandria-albero-docx.yaml");
        MAPPING.put("alessandria-albero-performance-2020.pdf", "alessandria-albero-docx.yaml");
    }

    /** The layout cases of {@code samples/casi}, each read with the mapping beside it (same name, .yaml). */
    private static final String[] CASES = {
        "caso1-azioni-senza-obiettivo.xlsx",
        "caso2-kpi-per-livello.csv",
        "caso3-missione-sopra-colonne.xlsx",
        "caso3-obiettivo-titolo-tabella.docx",
        "caso4-obiettivo-riga-intestazione.xlsx",
        "caso5-colonna-senza-intestazione.docx",
        "caso6-due-indicatori-una-cella.xlsx",
        "caso7-cella-unita-oltre-pagina.pdf",
        "caso8-tabelle-stessa-pagina.pdf",
        "fogli-piano-per-anno.xlsx",
        "export-trimestri.csv",
        "export-strutture.csv",
        "matrice-strutture.xlsx",
        "export-anni.csv",
        "cruscotto-e-operativo.xlsx",
        "export-risultati.csv",
    };

    private Samples() {
    }

    /** Each layout case's file name in {@code samples/casi}. */
    public static Stream<String> cases() {
        return Stream.of(CASES);
    }

    /** Each sample's file name in {@code samples/}. */
    public static Stream<String> names() {
        return MAPPING.keySet().stream();
    }

    /** Each sample with its mapping's file name in {@code mappings/}. */
    public static Stream<Arguments> withMappings() {
        return MAPPING.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }
}
