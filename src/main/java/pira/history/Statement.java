package pira.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import pira.model.Location;
import pira.model.ParsedValue;
import pira.model.Value;

/**
 * A value one document states for one indicator and year: the document, the text as read, its meaning, where it was
 * read and that place in words ("milano-relazione-2019.pdf, pagina 4, riga 12"). A target relative to another year
 * whose value the history holds has it resolved: {@code resolved} in words ("≥ 3.689 (valore 2019: 3.353 + 10%)",
 * docs/calcolo.md), its number, {@code limit}, and where the value it rests on was read, {@code resolvedFrom}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Statement(String document, String raw, ParsedValue parsed, Location location, String place,
                        String resolved, BigDecimal limit, java.util.List<String> resolvedFrom) {

    static Statement of(String document, Value v) {
        return new Statement(document, v.raw(), v.parsed(), v.location(),
                v.location() == null ? document : v.location().describe(), null, null, null);
    }

    /** This target, resolved with another year's value. */
    Statement resolvedAs(String target, BigDecimal number, java.util.List<String> from) {
        return new Statement(document, raw, parsed, location, place, target, number, java.util.List.copyOf(from));
    }

    /** The value again, as the model has it. */
    public Value value() {
        return new Value(raw, parsed, location);
    }
}
