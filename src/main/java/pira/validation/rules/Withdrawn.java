package pira.validation.rules;

import java.util.regex.Pattern;
import pira.model.Indicator;
import pira.model.Value;

/**
 * An indicator withdrawn from the plan (its status note, or "Eliminato in sede di rolling annuale", "soppresso" in
 * a target or its notes): it is not asked for targets, and the sentence that says so is not a target pira failed to
 * understand.
 */
final class Withdrawn {

    private static final Pattern SAYS_SO = Pattern.compile(
            "(?iu)\\beliminat[oaie]\\b|\\bsoppress[oaie]\\b|\\bnon\\s+pi[uù]\\s+(previst|rilevat)");

    private Withdrawn() {
    }

    static boolean indicator(Indicator i) {
        return i.eliminated() || i.targets().values().stream().anyMatch(Withdrawn::value)
                || i.notes() != null && SAYS_SO.matcher(i.notes()).find();
    }

    static boolean value(Value v) {
        return v != null && v.raw() != null && SAYS_SO.matcher(v.raw()).find();
    }
}
