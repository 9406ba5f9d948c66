package pira.history;

import java.util.List;

/**
 * One indicator over the documents and years of a chamber: its key (the code, or the name where it has none; a code
 * that names two different indicators gets " (2)"), its code and name as first read, its objective (code, and label
 * as first read: the same objective may be named differently by two documents), the documents
 * that have it, and year by year what each says.
 */
public record IndicatorHistory(String key, String code, String name, String objectiveCode, String objective,
                               List<Member> members, List<YearHistory> years) {

    public IndicatorHistory {
        members = List.copyOf(members);
        years = List.copyOf(years);
    }
}
