package pira.value;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads numbers written the Italian way: "." groups thousands, "," marks decimals
 * ("1.300", "3,25", "22.233.050"). A lone "." is a thousands separator only where the
 * groups after it have exactly three digits ("1.300"), otherwise it is a decimal point ("4.5").
 */
public final class ItalianNumber {

    /** A number token as it appears in documents, sign included. */
    public static final String TOKEN = "[+-]?\\d+(?:[.,]\\d+)*";

    private static final Pattern THOUSANDS = Pattern.compile("[+-]?[1-9]\\d{0,2}(?:\\.\\d{3})+");
    private static final Pattern WHOLE = Pattern.compile(TOKEN);

    private ItalianNumber() {
    }

    /** Digits with at most one "," as decimal mark, read without regular expressions; null otherwise. */
    private static BigDecimal simple(String t) {
        int comma = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' && comma < 0 && i > 0 && i < t.length() - 1) {
                comma = i;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        if (t.isEmpty()) {
            return null;
        }
        return new BigDecimal(comma < 0 ? t : t.substring(0, comma) + "." + t.substring(comma + 1));
    }

    /** The value of a token matching {@link #TOKEN}, or null when it is not one. */
    public static BigDecimal parse(String token) {
        String t = token.trim();
        BigDecimal simple = simple(t);
        if (simple != null) {
            return simple;
        }
        if (!WHOLE.matcher(t).matches()) {
            return null;
        }
        String normalized;
        if (t.contains(",")) {
            if (t.indexOf(',') != t.lastIndexOf(',')) {
                return null;
            }
            normalized = t.replace(".", "").replace(',', '.');
        } else if (THOUSANDS.matcher(t).matches()) {
            normalized = t.replace(".", "");
        } else if (t.indexOf('.') != t.lastIndexOf('.')) {
            return null;
        } else {
            normalized = t;
        }
        return new BigDecimal(normalized.startsWith("+") ? normalized.substring(1) : normalized);
    }
}
