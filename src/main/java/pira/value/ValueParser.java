package pira.value;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pira.model.ParsedValue;
import pira.model.ValueKind;

/**
 * Reads the target and value texts of real documents (DESIGN §1, "Target and value expressions")
 * and says which kind each one is. A text it does not understand is {@link ValueKind#NOT_UNDERSTOOD}:
 * it never guesses a number.
 */
public final class ValueParser {

    private static final String NUM = ItalianNumber.TOKEN;
    private static final String UNIT = "\\s*(%|€|euro|eur)?";

    /**
     * Longer texts are not read as values: the longest a document states ("Realizzazione di 3 iniziative: ...") is a
     * few hundred characters, and a cell of thousands of digits and dots would run the patterns out of stack.
     */
    static final int LONGEST_VALUE = 1000;
    /** No value: dashes of any kind (Word writes "—", OCR reads "---" as "-—-" or "_"), n.d., n.a., slashes. */
    private static final Pattern NO_DATA = Pattern.compile("[-\u2010-\u2015_]{1,4}|n\\.?\\s?d\\.?|n\\.?\\s?a\\.?|//|\\\\");
    private static final Pattern YES_NO = Pattern.compile("(sì|si|sí|no)(?:\\b\\s*[-–:,.]?\\s*(.*))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern QUALITATIVE = Pattern.compile(
            "qualitativ|rispetto\\s+(della\\s+)?tempistic|vedi\\s+allegato|"
                    + "^(>=|>|<=|<|=)?\\s*(a\\s+)?(basso|medio|alto|buono|ottimo|sufficiente|adeguato)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BENCHMARK = Pattern.compile(
            "media\\s+(nazionale|regionale|cluster|di\\s+sistema|del\\s+sistema|camerale|lombarda)|benchmark",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE_YEAR_WORDS = Pattern.compile(
            "valore\\s+osservato|anno\\s+(precedente|n\\b|x\\b|t\\b)|\\b[xtn]\\s*-\\s*\\d\\b|"
                    + "rispetto\\s+(al|all'|allo)\\s*(anno|\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
    private static final Pattern COMPARATOR_WORDS = Pattern.compile(
            "(almeno|non\\s+inferiore\\s+a|minimo|min\\.?|massimo|max\\.?|non\\s+superiore\\s+a)\\s*(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SYMBOLIC = Pattern.compile(
            "(?:[nx]\\s*)?(>=|>|<=|<|=)\\s*(?:[nx]\\s+)?(€)?\\s*(" + NUM + ")" + UNIT + "(?:\\s+(.*))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN = Pattern.compile(
            "(€)?\\s*(" + NUM + ")" + UNIT + "(?:\\s*[-–:,]?\\s+(.*))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGNED_CHANGE = Pattern.compile("([+-]\\s*" + NUM + ")\\s*(%)?");
    private static final Pattern DATE = Pattern.compile(
            "(?:(?:data\\s+)?entro\\s+(?:il\\s+|al\\s+)?)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{2,4}))?"
                    + "(?:\\s+(.*))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEADLINE_IN_TEXT = Pattern.compile(
            "(.*?)\\s*\\bentro\\s+(?:il\\s+|al\\s+)?(\\d{1,2})\\s*[/.]\\s*(\\d{1,2})(?:\\s*[/.]\\s*(\\d{2,4}))?\\s*(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH = Pattern.compile(
            "(?:entro\\s+(?:il\\s+mese\\s+di\\s+|fine\\s+)?)?(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|"
                    + "agosto|settembre|ottobre|novembre|dicembre)(?:\\s+(\\d{4}))?",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTHS = List.of("gennaio", "febbraio", "marzo", "aprile", "maggio",
            "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre");
    private static final Pattern COUNT = Pattern.compile("N\\.\\s*(" + NUM + ")\\s+(\\p{L}.*)");
    private static final Pattern LABEL = Pattern.compile("(\\p{L}[^:]{2,80}):\\s*(.+?)\\.?");
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("(" + NUM + ")" + UNIT);
    private static final Pattern ANY_COMPARATOR = Pattern.compile("(>=|>|<=|<|=)");
    private static final Pattern LEADING_COMPARATOR = Pattern.compile("^(?:[nx]\\s*)?(>=|>|<=|<|=)");
    private static final Pattern PREVIOUS_YEAR = Pattern.compile(".*(precedente|[xtn]\\s*-\\s*1).*");
    /** "x-2", "t - 3": a year some years before the one of the target. */
    private static final Pattern YEARS_BEFORE = Pattern.compile("\\b[xtn]\\s*-\\s*(\\d)\\b");
    /** The year only measures the value, by design: "Anno di rilevazione", "anno rilevazione", "anno base". */
    private static final Pattern BASELINE_YEAR = Pattern.compile(
            "anno\\s+(di\\s+|della\\s+|per\\s+la\\s+)?rilevazion|anno\\s+base\\b|^rilevazione$");
    /** A unit of time written against its number ("40gg"): a space makes it the usual "40 gg". */
    private static final Pattern ATTACHED_UNIT = Pattern.compile("(\\d)(?=(gg|giorni|mesi|ore)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> WORD_COMPARATORS = Map.of(
            "almeno", ">=", "non inferiore a", ">=", "minimo", ">=", "min", ">=",
            "massimo", "<=", "max", "<=", "non superiore a", "<=");

    private ValueParser() {
    }

    /** Parses one text; null and blank are "no data". */
    /**
     * A text of a column that holds fractions of one: a plain number n is the percentage 100 n ("0,93" is 93%); a
     * text that says its own unit, or is no number, is read as usual.
     */
    public static ParsedValue parseFraction(String text) {
        ParsedValue p = parse(text);
        if (p.kind() != ValueKind.VALUE || p.number() == null || p.unit() != null) {
            return p;
        }
        return new ParsedValue(ValueKind.VALUE, null, p.number().movePointRight(2).stripTrailingZeros(), "percent",
                null, null, null, null, null, null, null, p.qualifier());
    }

    /** Whether a cell holds, on separate lines, more than one value (numbers, comparisons, deadlines). */
    private static boolean severalValues(String text) {
        if (text == null || text.indexOf('\n') < 0) {
            return false;
        }
        int values = 0;
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                ValueKind kind = parse(line).kind();
                if (kind == ValueKind.VALUE || kind == ValueKind.COMPARISON || kind == ValueKind.DEADLINE
                        || kind == ValueKind.RELATIVE_YEAR) {
                    values++;
                }
            }
        }
        return values > 1;
    }

    public static ParsedValue parse(String text) {
        if (text != null && text.length() > LONGEST_VALUE) {
            return ParsedValue.of(ValueKind.NOT_UNDERSTOOD); // a page of text is no target, and no regex runs on it
        }
        if (severalValues(text)) {
            return ParsedValue.of(ValueKind.NOT_UNDERSTOOD); // "> 1\n90%": two targets in one cell, not one
        }
        String t = normalize(text);
        ParsedValue plain = plainNumber(t);
        if (plain != null) {
            return plain;
        }
        if (t.isEmpty() || NO_DATA.matcher(t).matches()) {
            return ParsedValue.of(ValueKind.NO_DATA);
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (BASELINE_YEAR.matcher(lower).find()) {
            return ParsedValue.of(ValueKind.BASELINE_YEAR);
        }
        Matcher m = YES_NO.matcher(t);
        if (m.matches()) {
            boolean yes = !m.group(1).equalsIgnoreCase("no");
            return new ParsedValue(ValueKind.YES_NO, null, null, null, null, null, null, yes, null, null, null,
                    blankToNull(m.group(2)));
        }
        if (QUALITATIVE.matcher(t).find()) {
            return ParsedValue.of(ValueKind.QUALITATIVE);
        }
        m = BENCHMARK.matcher(t);
        if (m.find()) {
            return benchmark(t, m.group().toLowerCase(Locale.ROOT));
        }
        if (RELATIVE_YEAR_WORDS.matcher(t).find()) {
            return relativeYear(t);
        }
        ParsedValue deadline = deadline(t);
        if (deadline != null) {
            return deadline;
        }
        m = SIGNED_CHANGE.matcher(t);
        if (m.matches()) {
            BigDecimal change = ItalianNumber.parse(m.group(1).replace(" ", ""));
            if (change != null) {
                // "+20%" on an indicator means at least 20% more than the year before; "-10%" at least 10% less.
                String comparator = change.signum() < 0 ? "<=" : ">=";
                return new ParsedValue(ValueKind.RELATIVE_YEAR, comparator, change, m.group(2) != null ? "percent" : null,
                        null, null, null, null, null, -1, null, null);
            }
        }
        ParsedValue comparison = comparison(t);
        if (comparison != null) {
            return comparison;
        }
        m = PLAIN.matcher(t);
        if (m.matches()) {
            BigDecimal n = ItalianNumber.parse(m.group(2));
            if (n != null) {
                return new ParsedValue(ValueKind.VALUE, null, n, unit(m.group(1), m.group(3)), null, null, null, null,
                        null, null, null, blankToNull(m.group(4)));
            }
        }
        return labelled(t);
    }

    /**
     * A reported value with its label: "Grado di utilizzo del budget: 47%" or "N. 5.866 imprese attive ...":
     * the number is read, the words are kept as the qualifier. Anything else is not understood.
     */
    private static ParsedValue labelled(String t) {
        Matcher m = COUNT.matcher(t);
        if (m.matches()) {
            BigDecimal n = ItalianNumber.parse(m.group(1));
            if (n != null) {
                return new ParsedValue(ValueKind.VALUE, null, n, null, null, null, null, null, null, null, null,
                        m.group(2).strip());
            }
        }
        m = LABEL.matcher(t);
        if (m.matches()) {
            ParsedValue inner = plainNumber(m.group(2).strip());
            if (inner != null) {
                return new ParsedValue(ValueKind.VALUE, null, inner.number(), inner.unit(), null, null, null, null, null,
                        null, null, m.group(1).strip());
            }
        }
        return ParsedValue.of(ValueKind.NOT_UNDERSTOOD);
    }

    /**
     * The most common text, a number with at most one separator and an optional "%" ("95%", "3,25%",
     * "1.300"), read without regular expressions; null for anything else. Gives what the general rules give.
     */
    static ParsedValue plainNumber(String t) {
        int n = t.length();
        int end = n;
        boolean percent = false;
        if (end > 0 && t.charAt(end - 1) == '%') {
            percent = true;
            end--;
            while (end > 0 && t.charAt(end - 1) == ' ') {
                end--;
            }
        }
        int separators = 0;
        int digits = 0;
        for (int i = 0; i < end; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if ((c == ',' || c == '.') && i > 0 && i < end - 1 && ++separators == 1) {
                continue;
            } else {
                return null;
            }
        }
        if (digits == 0) {
            return null;
        }
        BigDecimal number = ItalianNumber.parse(t.substring(0, end));
        return number == null ? null : new ParsedValue(ValueKind.VALUE, null, number, percent ? "percent" : null,
                null, null, null, null, null, null, null, null);
    }

    private static ParsedValue comparison(String t) {
        String text = t;
        String wordComparator = null;
        Matcher w = COMPARATOR_WORDS.matcher(t);
        if (w.matches()) {
            String word = w.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace(".", "");
            wordComparator = WORD_COMPARATORS.get(word);
            text = wordComparator + " " + w.group(2);
        }
        Matcher m = SYMBOLIC.matcher(text);
        if (!m.matches()) {
            return null;
        }
        BigDecimal n = ItalianNumber.parse(m.group(3));
        if (n == null) {
            return null;
        }
        return new ParsedValue(ValueKind.COMPARISON, m.group(1), n, unit(m.group(2), m.group(4)), null, null, null,
                null, null, null, null, blankToNull(m.group(5)));
    }

    private static ParsedValue benchmark(String t, String benchmark) {
        String comparator = leadingComparator(t);
        if (t.toLowerCase(Locale.ROOT).contains("scostamento max")) {
            comparator = "<=";
        }
        Matcher n = NUMBER_WITH_UNIT.matcher(t);
        BigDecimal number = null;
        String unit = null;
        if (n.find()) {
            number = ItalianNumber.parse(n.group(1));
            unit = unit(null, n.group(2));
        }
        return new ParsedValue(ValueKind.RELATIVE_BENCHMARK, comparator, number, unit, null, null, null, null, null,
                null, benchmark.replaceAll("\\s+", " "), null);
    }

    private static ParsedValue relativeYear(String t) {
        String comparator = leadingComparator(t);
        if (comparator == null) {
            Matcher inner = ANY_COMPARATOR.matcher(t);
            comparator = inner.find() ? inner.group(1) : null;
        }
        Integer referenceYear = null;
        Integer offset = null;
        Matcher y = YEAR.matcher(t);
        Matcher before = YEARS_BEFORE.matcher(t.toLowerCase(Locale.ROOT));
        if (y.find()) {
            referenceYear = Integer.valueOf(y.group());
        } else if (before.find()) {
            offset = -Integer.parseInt(before.group(1));
        } else if (PREVIOUS_YEAR.matcher(t.toLowerCase(Locale.ROOT)).matches()) {
            offset = -1;
        } else {
            offset = 0;
        }
        return new ParsedValue(ValueKind.RELATIVE_YEAR, comparator, null, null, null, null, null, null, referenceYear,
                offset, null, null);
    }

    private static ParsedValue deadline(String t) {
        Matcher m = DATE.matcher(t);
        if (m.matches() && (m.group(3) != null || t.toLowerCase(Locale.ROOT).startsWith("entro")
                || t.toLowerCase(Locale.ROOT).startsWith("data"))) {
            return dateValue(m.group(1), m.group(2), m.group(3), m.group(4));
        }
        m = DEADLINE_IN_TEXT.matcher(t);
        if (m.matches()) {
            String before = m.group(1);
            String after = m.group(5);
            String qualifier = (before + " " + after).trim();
            return dateValue(m.group(2), m.group(3), m.group(4), qualifier);
        }
        m = MONTH.matcher(t);
        if (m.matches()) {
            int month = MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
            if (m.group(2) != null) {
                LocalDate end = LocalDate.of(Integer.parseInt(m.group(2)), month, 1);
                return deadlineOf(end.withDayOfMonth(end.lengthOfMonth()), null, null, null);
            }
            return deadlineOf(null, month, null, null);
        }
        return null;
    }

    private static ParsedValue dateValue(String day, String month, String year, String qualifier) {
        int d = Integer.parseInt(day);
        int mo = Integer.parseInt(month);
        try {
            if (year == null) {
                LocalDate.of(2000, mo, d); // validates day and month in a leap year
                return deadlineOf(null, mo, d, qualifier);
            }
            int y = Integer.parseInt(year);
            if (year.length() == 2) {
                y += 2000;
            } else if (year.length() != 4) {
                return ParsedValue.of(ValueKind.NOT_UNDERSTOOD);
            }
            return deadlineOf(LocalDate.of(y, mo, d), null, null, qualifier);
        } catch (DateTimeException e) {
            return ParsedValue.of(ValueKind.NOT_UNDERSTOOD);
        }
    }

    private static ParsedValue deadlineOf(LocalDate date, Integer month, Integer day, String qualifier) {
        return new ParsedValue(ValueKind.DEADLINE, "<=", null, null, date, month, day, null, null, null, null,
                blankToNull(qualifier));
    }

    private static String leadingComparator(String t) {
        Matcher m = LEADING_COMPARATOR.matcher(t);
        if (m.find()) {
            return m.group(1);
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : WORD_COMPARATORS.entrySet()) {
            if (lower.startsWith(e.getKey() + " ")) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String unit(String before, String after) {
        String u = after != null ? after : before;
        if (u == null) {
            return null;
        }
        return u.equals("%") ? "percent" : "euro";
    }

    /** Trims, folds white space, and writes the comparison signs one way (≥ as >=). */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replace('\u00a0', ' ')
                .replace("≥", ">=").replace("≤", "<=").replace("=>", ">=").replace("=<", "<=")
                .replace("’", "'");
        return ATTACHED_UNIT.matcher(TextFold.fold(t)).replaceAll("$1 ");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
