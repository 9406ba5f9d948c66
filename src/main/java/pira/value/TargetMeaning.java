package pira.value;

import java.util.Locale;
import pira.model.ParsedValue;
import pira.model.Value;
import pira.model.ValueKind;

/**
 * Whether two texts of a target say the same: "95%" and ">=95%" (a plain target is one to reach or pass), "4000" and
 * "4.000", the same date written twice. Texts that do not parse are the same only as the same words.
 */
public final class TargetMeaning {

    private TargetMeaning() {
    }

    public static boolean same(Value a, Value b) {
        if (fold(a.raw()).equals(fold(b.raw()))) {
            return true;
        }
        ParsedValue x = a.parsed();
        ParsedValue y = b.parsed();
        if (x == null || y == null) {
            return false;
        }
        if (x.number() != null && y.number() != null && numeric(x) && numeric(y)) {
            return x.number().compareTo(y.number()) == 0 && x.isPercent() == y.isPercent()
                    && comparator(x).equals(comparator(y));
        }
        if (x.date() != null && y.date() != null) {
            return x.date().equals(y.date());
        }
        return false;
    }

    private static boolean numeric(ParsedValue p) {
        return p.kind() == ValueKind.VALUE || p.kind() == ValueKind.COMPARISON;
    }

    /** A plain target ("95%") is reached at or above it: the same as ">=". */
    private static String comparator(ParsedValue p) {
        return p.comparator() == null || p.comparator().equals("=") ? ">=" : p.comparator();
    }

    private static String fold(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
