package pira.history;

import java.util.List;

/**
 * The same year's target, or actual value, stated differently by two documents: a finding, with every source.
 *
 * @param indicator the key of the indicator
 * @param what      "target" or "valore conseguito"
 */
public record Discrepancy(String indicator, int year, String what, List<Statement> sources) {

    public Discrepancy {
        sources = List.copyOf(sources);
    }
}
