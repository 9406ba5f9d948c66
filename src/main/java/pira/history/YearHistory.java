package pira.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One year of an indicator: the target each document states for it, the actual value each states, and the notes on
 * the indicator's status ("Aggiornato in sede di rolling annuale ...") of the documents that begin with this year (the
 * revision that wrote the note).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record YearHistory(int year, List<Statement> targets, List<Statement> actuals, List<Statement> status) {

    public YearHistory {
        targets = List.copyOf(targets);
        actuals = List.copyOf(actuals);
        status = List.copyOf(status);
    }
}
