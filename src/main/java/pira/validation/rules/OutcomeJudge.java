package pira.validation.rules;

import java.util.Locale;
import pira.model.ParsedValue;
import pira.model.Value;
import pira.model.ValueKind;

/**
 * Whether an actual value meets a target, where that is unambiguous: comparisons, yes/no, deadlines.
 * A plain value target ("95%") does not say whether more or less is better, so it is not judged here.
 */
final class OutcomeJudge {

    private OutcomeJudge() {
    }

    /** True or false when judgeable, null otherwise. */
    static Boolean met(Value target, Value actual) {
        if (target == null || actual == null || target.parsed() == null || actual.parsed() == null) {
            return null;
        }
        ParsedValue t = target.parsed();
        ParsedValue a = actual.parsed();
        if (t.kind() == ValueKind.COMPARISON && a.number() != null
                && (a.kind() == ValueKind.VALUE || a.kind() == ValueKind.COMPARISON)) {
            int c = a.number().compareTo(t.number());
            return switch (t.comparator()) {
                case ">=" -> c >= 0;
                case ">" -> c > 0;
                case "<=" -> c <= 0;
                case "<" -> c < 0;
                default -> c == 0;
            };
        }
        if (t.kind() == ValueKind.YES_NO && a.kind() == ValueKind.YES_NO) {
            return t.yes().equals(a.yes());
        }
        if (t.kind() == ValueKind.DEADLINE && t.date() != null && a.kind() == ValueKind.DEADLINE && a.date() != null) {
            return !a.date().isAfter(t.date());
        }
        return null;
    }

    /** What a stated outcome says: true for "Obiettivo raggiunto", false for "non raggiunto", else null. */
    static Boolean stated(Value outcome) {
        if (outcome == null) {
            return null;
        }
        String t = outcome.raw().toLowerCase(Locale.ITALIAN);
        if (t.contains("parzialmente")) {
            return null;
        }
        if (t.contains("non raggiunto") || t.contains("non conseguito")) {
            return false;
        }
        if (t.contains("raggiunto") || t.contains("conseguito")) {
            return true;
        }
        return null;
    }

}
