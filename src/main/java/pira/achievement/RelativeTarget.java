package pira.achievement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pira.model.Indicator;
import pira.model.ParsedValue;
import pira.model.Value;
import pira.model.ValueKind;

/**
 * A target relative to another year ("+10%", "-10%", "x ≤ x-1", "≥ valore osservato nel 2020") made absolute with
 * that year's actual value, as docs/calcolo.md says: the value is the indicator's own (the plan, the Relazione joined
 * to it) or one that other documents state ({@link ReferenceValues}); where they give it with different numbers, none
 * is chosen and the reference names them all.
 */
final class RelativeTarget {

    private static final MathContext MC = new MathContext(12, RoundingMode.HALF_EVEN);

    private RelativeTarget() {
    }

    /** The year a relative target of {@code year} refers to. */
    static int referenceYear(ParsedValue t, int year) {
        return t.referenceYear() != null ? t.referenceYear() : year + (t.yearOffset() == null ? -1 : t.yearOffset());
    }

    static ResolvedTarget resolve(Indicator i, ParsedValue t, int year, ReferenceValues references) {
        int other = referenceYear(t, year);
        List<ReferenceValues.Stated> stated = new ArrayList<>();
        Value own = i.actuals().get(other);
        if (own != null) {
            stated.add(new ReferenceValues.Stated(own, own.location() == null ? null : own.location().file()));
        }
        stated.addAll(references.actuals(i, other));
        // the same number in several documents is one value; the documents that state it are all named
        Map<BigDecimal, List<String>> byNumber = new LinkedHashMap<>();
        boolean counts = true;
        for (ReferenceValues.Stated s : stated) {
            BigDecimal n = AchievementCalculator.number(s.value());
            if (n != null) {
                counts &= !s.value().parsed().isPercent() && n.stripTrailingZeros().scale() <= 0;
                String where = s.value().location() != null ? s.value().location().describe()
                        : s.document() != null ? s.document() : "il documento stesso";
                List<String> places = byNumber.computeIfAbsent(n.stripTrailingZeros(), k -> new ArrayList<>());
                if (!places.contains(where)) {
                    places.add(where);
                }
            }
        }
        if (byNumber.isEmpty()) {
            return new ResolvedTarget(other, null, null, null, List.of(), "serve il valore conseguito nel " + other);
        }
        if (byNumber.size() > 1) {
            List<String> each = new ArrayList<>();
            byNumber.forEach((n, places) -> places.forEach(p -> each.add(format(n) + " (" + p + ")")));
            return new ResolvedTarget(other, null, null, null, each, "il valore conseguito nel " + other
                    + " è diverso nei documenti: " + String.join("; ", each) + ": non si sceglie");
        }
        Map.Entry<BigDecimal, List<String>> only = byNumber.entrySet().iterator().next();
        BigDecimal b = only.getKey();
        BigDecimal limit = limit(t, b, counts);
        return new ResolvedTarget(other, b, absolute(t, b, limit, other), limit, only.getValue(), null);
    }

    /**
     * The number the target asks for: the other year's value, changed by the target's percentage where it has one; a
     * count ("3.353 nuovi rilasci" + 10%) asks for a whole number, the next one up for "at least" (3.689, not 3.688,3)
     * and the one below for "at most".
     */
    private static BigDecimal limit(ParsedValue t, BigDecimal b, boolean counts) {
        BigDecimal limit = t.number() == null ? b : b.add(b.multiply(t.number()).divide(AchievementCalculator.HUNDRED,
                MC));
        if (!counts) {
            return limit;
        }
        boolean atMost = "<=".equals(t.comparator()) || "<".equals(t.comparator());
        return limit.setScale(0, atMost ? RoundingMode.FLOOR : RoundingMode.CEILING);
    }

    /** "≤ 12 (valore 2018)", "≥ 3.689 (valore 2019: 3.353 + 10%)", "≤ 18 (valore 2019: 20 - 10%)". */
    private static String absolute(ParsedValue t, BigDecimal b, BigDecimal target, int other) {
        String comparator = symbol(t.comparator());
        if (t.number() == null || t.kind() != ValueKind.RELATIVE_YEAR) {
            return comparator + format(b) + " (valore " + other + ")";
        }
        String change = (t.number().signum() < 0 ? " - " : " + ") + format(t.number().abs()) + "%";
        return comparator + format(target) + " (valore " + other + ": " + format(b) + change + ")";
    }

    private static String symbol(String comparator) {
        if (comparator == null) {
            return "≥ ";
        }
        return switch (comparator) {
            case "<=" -> "≤ ";
            case "<" -> "< ";
            case ">" -> "> ";
            case "=" -> "= ";
            default -> "≥ ";
        };
    }

    /** Italian form, at most two decimals: 3688.3 gives "3.688,3", 12 gives "12". */
    static String format(BigDecimal n) {
        String plain = n.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int k = 0; k < whole.length(); k++) {
            if (k > 0 && (whole.length() - k) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(k));
        }
        return (negative ? "-" : "") + grouped + (dot < 0 ? "" : "," + digits.substring(dot + 1));
    }
}
