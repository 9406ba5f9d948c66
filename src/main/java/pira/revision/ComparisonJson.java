package pira.revision;

import pira.model.CanonicalJson;

/**
 * A comparison as JSON ({@code schema/confronto.schema.json}): the same comparison, the same bytes; the changes and
 * findings in the comparison's order.
 */
public final class ComparisonJson {

    private ComparisonJson() {
    }

    public static String toJson(Comparison comparison) {
        return CanonicalJson.toJson(comparison);
    }
}
