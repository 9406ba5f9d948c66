package pira.tree;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import pira.model.RowBalance;

/**
 * Every row of a table passes here and leaves with exactly one {@link RowOutcome}: the mapper's only way through
 * a table is {@link #readAll}, which asks it for one outcome per row, so that no row can be dropped without
 * appearing in the balance.
 */
public final class RowLedger {

    private final String file;
    private final String table;
    private final EnumMap<RowOutcome, Integer> counts = new EnumMap<>(RowOutcome.class);
    private int rows;

    public RowLedger(String file, String table) {
        this.file = file;
        this.table = table;
    }

    /** Reads each row in turn through {@code reader}, which says what became of it. */
    public <R> void readAll(List<R> rows, Function<R, RowOutcome> reader) {
        for (R row : rows) {
            count(Objects.requireNonNull(reader.apply(row), "a row without outcome"));
        }
    }

    private void count(RowOutcome outcome) {
        rows++;
        counts.merge(outcome, 1, Integer::sum);
    }

    /**
     * The balance of a table the mapping did not read, and {@code why}: each of its rows is "non letta", or "vuota"
     * where {@code blank}, so that its rows are in the balance as the source has them.
     */
    public static <R> RowBalance unread(String file, String table, List<R> rows, Predicate<R> blank, String why) {
        RowLedger ledger = new RowLedger(file, table);
        ledger.readAll(rows, r -> blank.test(r) ? RowOutcome.VUOTA : RowOutcome.NON_LETTA);
        RowBalance b = ledger.balance();
        return new RowBalance(b.file(), b.table(), b.rows(), b.outcomes(), Objects.requireNonNull(why));
    }

    public RowBalance balance() {
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        counts.forEach((o, n) -> outcomes.put(o.id(), n));
        return new RowBalance(file, table, rows, outcomes);
    }
}
