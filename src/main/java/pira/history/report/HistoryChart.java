package pira.history.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pira.history.IndicatorHistory;
import pira.history.Statement;
import pira.history.YearHistory;
import pira.model.ValueKind;

/**
 * A small inline SVG of an indicator's target (dashed, blue) and actual value (solid, orange) over the years of its
 * chamber: the first numeric value each year has. Without two numbers there is nothing to draw, and it says so.
 */
final class HistoryChart {

    private static final int WIDTH = 240;
    private static final int HEIGHT = 80;
    private static final int PAD = 14;

    private HistoryChart() {
    }

    static String svg(IndicatorHistory h, List<Integer> years) {
        List<BigDecimal> targets = new ArrayList<>();
        List<BigDecimal> actuals = new ArrayList<>();
        for (int y : years) {
            YearHistory yh = h.years().stream().filter(x -> x.year() == y).findFirst().orElse(null);
            targets.add(yh == null ? null : first(yh.targets()));
            actuals.add(yh == null ? null : first(yh.actuals()));
        }
        List<BigDecimal> all = new ArrayList<>(targets);
        all.addAll(actuals);
        all.removeIf(java.util.Objects::isNull);
        if (all.isEmpty() || years.isEmpty()) {
            return "<span class=\"nochart\">nessun valore numerico</span>";
        }
        double lo = Math.min(0, all.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0));
        double hi = all.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        if (hi == lo) {
            hi = lo + 1;
        }
        StringBuilder sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH
                + "\" height=\"" + HEIGHT + "\" role=\"img\" aria-label=\"target e valore conseguito per anno\">");
        sb.append("<line x1=\"").append(PAD).append("\" y1=\"").append(HEIGHT - PAD).append("\" x2=\"")
                .append(WIDTH - PAD).append("\" y2=\"").append(HEIGHT - PAD).append("\" stroke=\"#999\"/>");
        for (int k = 0; k < years.size(); k++) {
            sb.append("<text x=\"").append(f(x(k, years.size()))).append("\" y=\"").append(HEIGHT - 2)
                    .append("\" font-size=\"9\" text-anchor=\"middle\">").append(years.get(k)).append("</text>");
        }
        series(sb, targets, lo, hi, "#1f5fa8", " stroke-dasharray=\"4 3\"", "target");
        series(sb, actuals, lo, hi, "#d9731a", "", "valore");
        return sb.append("</svg>").toString();
    }

    private static void series(StringBuilder sb, List<BigDecimal> values, double lo, double hi, String colour,
                               String dash, String what) {
        StringBuilder points = new StringBuilder();
        for (int k = 0; k < values.size(); k++) {
            if (values.get(k) != null) {
                points.append(points.isEmpty() ? "" : " ").append(f(x(k, values.size()))).append(',')
                        .append(f(y(values.get(k).doubleValue(), lo, hi)));
            }
        }
        if (points.toString().contains(" ")) {
            sb.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"").append(dash)
                    .append(" points=\"").append(points).append("\"/>");
        }
        for (int k = 0; k < values.size(); k++) {
            if (values.get(k) != null) {
                sb.append("<circle cx=\"").append(f(x(k, values.size()))).append("\" cy=\"")
                        .append(f(y(values.get(k).doubleValue(), lo, hi))).append("\" r=\"3\" fill=\"").append(colour)
                        .append("\"><title>").append(what).append(": ").append(values.get(k).toPlainString())
                        .append("</title></circle>");
            }
        }
    }

    private static double x(int k, int n) {
        return n == 1 ? WIDTH / 2.0 : PAD + 10 + k * (WIDTH - 2.0 * PAD - 20) / (n - 1);
    }

    private static double y(double v, double lo, double hi) {
        return HEIGHT - PAD - 4 - (v - lo) / (hi - lo) * (HEIGHT - 2.0 * PAD - 8);
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /**
     * The first number among the statements of a year (a plain value or a comparison, or a relative target resolved
     * with another year's value), or null.
     */
    private static BigDecimal first(List<Statement> statements) {
        for (Statement s : statements) {
            if (s.limit() != null) {
                return s.limit();
            }
            if (s.parsed() != null && (s.parsed().kind() == ValueKind.VALUE || s.parsed().kind() == ValueKind.COMPARISON)
                    && s.parsed().number() != null) {
                return s.parsed().number();
            }
        }
        return null;
    }
}
