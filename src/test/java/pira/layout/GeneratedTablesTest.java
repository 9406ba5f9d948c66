package pira.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pira.model.Element;
import pira.model.Indicator;
import pira.model.RowBalance;
import pira.source.CellRange;
import pira.source.RawRow;
import pira.source.RawTable;
import pira.mapping.MappingLoader;

/**
 * Tables generated from random trees (areas, strategic objectives with their own indicators, operational
 * objectives, actions with one or two indicators), written the ways exports write them: every level on every row
 * and the rows shuffled (the same elements come back in other blocks), upper levels only on their first row and
 * merged down, or only on their first row and filled down; with titles, blank and ignored rows in between. Each
 * must read back to the tree it was made from, and every row of the table must be in the balance.
 */
class GeneratedTablesTest {

    private static final String MAPPING = """
            id: generata
            document: piano
            signature: {formats: [csv], words: [Indicatore]}
            header: {find: [Area, Indicatore]}
            columns:
              area: "^Area$"
              os_code: "^Cod\\\\. OS$"
              os_name: "^Obiettivo strategico$"
              op_code: "^Cod\\\\. OP$"
              op_name: "^Obiettivo operativo$"
              az_code: "^Cod\\\\. azione$"
              az_name: "^Azione$"
              name: "^Indicatore$"
              target: "^Target (?<year>20\\\\d\\\\d)$"
            %s
            levels:
              - {level: area, name: area}
              - {level: obiettivo_strategico, code: os_code, name: os_name}
              - {level: obiettivo_operativo, code: op_code, name: op_name}
              - {level: azione, code: az_code, name: az_name}
            ignore_rows: ["^Pagina \\\\d+$"]
            indicators:
              - name: name
                targets: target
            """;

    private static final int COLUMNS = 9;
    /** The model's level ordinal of each generated level (area, strategic, operational, action). */
    private static final int[] LEVELS = {0, 3, 4, 5};

    enum Style { EVERY_ROW_SHUFFLED, MERGED, FILLED_DOWN }

    static List<Object[]> cases() {
        List<Object[]> cases = new ArrayList<>();
        for (long seed = 1; seed <= 40; seed++) {
            for (Style style : Style.values()) {
                cases.add(new Object[] {seed, style});
            }
        }
        return cases;
    }

    /** A generated element: level index 0-3, code, name, indicators (name, target), children. */
    record Node(int level, String code, String name, List<String[]> indicators, List<Node> children) {
    }

    @ParameterizedTest(name = "seme {0}, {1}")
    @MethodSource("cases")
    void generatedTableReadsBackToItsTree(long seed, Style style) throws Exception {
        Random random = new Random(seed);
        List<Node> areas = tree(random);
        List<String[]> data = new ArrayList<>();
        List<int[]> groups = new ArrayList<>(); // {firstDataRow, rows, level} of each element's rows
        for (Node area : areas) {
            rows(area, new String[COLUMNS], data, groups);
        }
        if (style == Style.EVERY_ROW_SHUFFLED) {
            Collections.shuffle(data, random);
        }
        List<String[]> table = new ArrayList<>();
        table.add(cells("Piano della performance 2020 (esportazione)"));
        table.add(cells());
        table.add(new String[] {"Area", "Cod. OS", "Obiettivo strategico", "Cod. OP", "Obiettivo operativo",
            "Cod. azione", "Azione", "Indicatore", "Target 2020"});
        int headerRows = table.size();
        List<Integer> positions = new ArrayList<>(); // the table row (0-based) of each data row
        for (String[] row : data) {
            if (random.nextInt(8) == 0) {
                String[] line = cells();
                line[COLUMNS - 1] = random.nextBoolean() ? null : "Pagina " + table.size(); // outside the merges
                table.add(line);
            }
            positions.add(table.size());
            table.add(row);
        }
        List<CellRange> merges = new ArrayList<>();
        if (style != Style.EVERY_ROW_SHUFFLED) {
            for (int[] g : groups) {
                blankBelowFirst(table, positions, g, merges, style == Style.MERGED);
            }
        }
        String mapping = MAPPING.formatted(style == Style.FILLED_DOWN
                ? "fill_down: [area, os_code, os_name, op_code, op_name, az_code, az_name]" : "");
        List<RawRow> rows = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            String[] cells = table.get(i).clone();
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c] == null ? "" : cells[c];
            }
            rows.add(new RawRow(i + 1, false, cells));
        }
        TableMapper.Result result = new TableMapper(MappingLoader.parse("generata.yaml", mapping), "g.csv",
                new RawTable("g", false, rows, merges)).map();

        assertThat(canonical(result.elements())).isEqualTo(canonicalNodes(areas));
        assertThat(result.indicators()).isEmpty();
        RowBalance balance = result.balance().get(0);
        assertThat(balance.rows()).isEqualTo(table.size());
        assertThat(balance.outcomes().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(table.size());
        assertThat(balance.outcomes().get("indicatore")).isEqualTo(data.size());
        assertThat(balance.outcomes().get("intestazione")).isEqualTo(headerRows - 2);
        assertThat(result.notes()).extracting(n -> n.code()).doesNotContain("RIGA-IGNORATA", "LIVELLO-MANCANTE");
    }

    private static List<Node> tree(Random random) {
        List<Node> areas = new ArrayList<>();
        int os = 0;
        for (int a = 1; a <= 1 + random.nextInt(2); a++) {
            List<Node> objectives = new ArrayList<>();
            for (int o = 0; o <= random.nextInt(3); o++) {
                String osCode = String.valueOf(++os);
                List<Node> operational = new ArrayList<>();
                for (int p = 1; p <= random.nextInt(3); p++) {
                    String opCode = osCode + "." + p;
                    List<Node> actions = new ArrayList<>();
                    for (int z = 1; z <= 1 + random.nextInt(3); z++) {
                        String code = opCode + "." + z;
                        List<String[]> kpis = new ArrayList<>();
                        for (int k = 0; k <= random.nextInt(2); k++) {
                            kpis.add(new String[] {"KPI " + code + (k == 0 ? "" : " bis"), (80 + k) + "%"});
                        }
                        actions.add(new Node(3, code, "Azione " + code, kpis, List.of()));
                    }
                    operational.add(new Node(2, opCode, "Obiettivo operativo " + opCode, List.of(), actions));
                }
                List<String[]> own = new ArrayList<>();
                if (operational.isEmpty() || random.nextBoolean()) {
                    own.add(new String[] {"Valore medio dell'obiettivo " + osCode, ">= 80%"});
                }
                objectives.add(new Node(1, osCode, "Obiettivo strategico " + osCode, own, operational));
            }
            areas.add(new Node(0, null, "Area " + a, List.of(), objectives));
        }
        return areas;
    }

    /** The data rows of an element: its own indicators first, then its children's; groups record each element. */
    private static void rows(Node node, String[] context, List<String[]> data, List<int[]> groups) {
        String[] mine = context.clone();
        if (node.level() == 0) {
            mine[0] = node.name();
        } else {
            mine[2 * node.level() - 1] = node.code();
            mine[2 * node.level()] = node.name();
        }
        int first = data.size();
        for (String[] kpi : node.indicators()) {
            String[] row = mine.clone();
            row[7] = kpi[0];
            row[8] = kpi[1];
            data.add(row);
        }
        for (Node child : node.children()) {
            rows(child, mine, data, groups);
        }
        groups.add(new int[] {first, data.size() - first, node.level()});
    }

    /** An element's cells only on its first row: the rows below are blank there, merged down or not. */
    private static void blankBelowFirst(List<String[]> table, List<Integer> positions, int[] group,
                                        List<CellRange> merges, boolean merge) {
        int firstCol = group[2] == 0 ? 0 : 2 * group[2] - 1;
        int lastCol = group[2] == 0 ? 0 : 2 * group[2];
        int top = positions.get(group[0]);
        int bottom = positions.get(group[0] + group[1] - 1);
        for (int d = group[0] + 1; d < group[0] + group[1]; d++) {
            for (int c = firstCol; c <= lastCol; c++) {
                table.get(positions.get(d))[c] = null;
            }
        }
        // a blank or "Pagina" row inside the group is covered by the merge too, as in a sheet
        if (merge && bottom > top) {
            for (int c = firstCol; c <= lastCol; c++) {
                merges.add(new CellRange(top + 1, bottom + 1, c + 1, c + 1));
            }
        }
    }

    private static String[] cells(String... texts) {
        String[] row = new String[COLUMNS];
        System.arraycopy(texts, 0, row, 0, texts.length);
        return row;
    }

    private static String canonicalNodes(List<Node> nodes) {
        return nodes.stream().map(n -> "[" + LEVELS[n.level()] + " " + n.code() + " " + n.name() + " "
                        + n.indicators().stream().map(k -> k[0] + "=" + k[1]).sorted().toList() + " "
                        + canonicalNodes(n.children()) + "]")
                .sorted().collect(Collectors.joining());
    }

    private static String canonical(List<Element> elements) {
        return elements.stream().map(e -> "[" + e.level().ordinal() + " " + e.code() + " " + e.name() + " "
                        + e.indicators().stream().map(GeneratedTablesTest::kpi).sorted().toList() + " "
                        + canonical(e.children()) + "]")
                .sorted(Comparator.naturalOrder()).collect(Collectors.joining());
    }

    private static String kpi(Indicator i) {
        return i.name() + "=" + i.targets().get(2020).raw();
    }
}
