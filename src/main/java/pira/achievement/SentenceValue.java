package pira.achievement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pira.model.ParsedValue;
import pira.model.Value;
import pira.model.ValueKind;
import pira.value.ItalianNumber;

/**
 * The value a person reads in a Relazione's sentence where the text as a whole is not a value: "Verificato il 100%
 * delle imprese", "% istanze on line ... presentate: 27.", "Imprese da verificare: 7.329 Imprese verificate: 7.329",
 * "7.329 / 7.329", "adottato con Delibera n. 209 del 2.12.2019" against a deadline. Only where the sentence leaves no
 * doubt: one percentage, one number after the last colon, one pair of counts, one date; never a guess among several.
 */
final class SentenceValue {

    /** What was read, and how, for the method of the achievement. */
    record Read(Value value, String how) {
    }

    private static final Pattern PERCENT = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:[.,]\\d+)?)\\s?%");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,/])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?"
            + "(?![\\d%]|[.,/]\\d)");
    private static final Pattern RATIO = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s*(?:/|su)\\s*"
            + "(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?![\\d.,])");
    private static final Pattern LABELLED = Pattern.compile(":\\s*(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?![\\d,%]|\\.\\d)");
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?!\\d)");
    private static final List<String> MONTHS = List.of("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
            "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre");
    /** "30 settembre 2019", "il 30 settembre" (the year reported), "1° luglio". */
    private static final Pattern WORDS_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})°?\\s+(" + String.join("|", MONTHS)
            + ")(?:\\s+(\\d{4}))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SentenceValue() {
    }

    /** @param year the year reported: the year of a date a sentence writes without one ("entro il 30 settembre") */
    static Optional<Read> read(String text, ParsedValue target, int year) {
        if (text == null || target == null) {
            return Optional.empty();
        }
        if (target.kind() == ValueKind.DEADLINE) {
            List<LocalDate> dates = new ArrayList<>();
            Matcher d = DATE.matcher(text);
            while (d.find()) {
                try {
                    dates.add(LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)),
                            Integer.parseInt(d.group(1))));
                } catch (DateTimeException notADate) {
                    return Optional.empty();
                }
            }
            Matcher w = WORDS_DATE.matcher(text);
            while (w.find()) {
                try {
                    dates.add(LocalDate.of(w.group(3) == null ? year : Integer.parseInt(w.group(3)),
                            MONTHS.indexOf(w.group(2).toLowerCase(java.util.Locale.ITALIAN)) + 1,
                            Integer.parseInt(w.group(1))));
                } catch (DateTimeException notADate) {
                    return Optional.empty();
                }
            }
            return dates.size() == 1 ? Optional.of(new Read(date(text, dates.get(0)), "la data "
                    + dates.get(0).format(DAY))) : Optional.empty();
        }
        if (target.number() == null || target.kind() != ValueKind.VALUE && target.kind() != ValueKind.COMPARISON) {
            return Optional.empty();
        }
        String noDates = DATE.matcher(text).replaceAll(" ");
        if (target.isPercent()) {
            List<String> percents = all(PERCENT, noDates, 1);
            if (percents.size() == 1) {
                String found = percents.get(0);
                return Optional.of(new Read(number(text, ItalianNumber.parse(found), true), found + "%"));
            }
            Matcher ratio = RATIO.matcher(noDates);
            if (percents.isEmpty() && ratio.find() && !ratio.find()) {
                ratio.reset();
                ratio.find();
                return fraction(text, ItalianNumber.parse(ratio.group(1)), ItalianNumber.parse(ratio.group(2)));
            }
            List<String> labelled = all(LABELLED, noDates, 1);
            if (percents.isEmpty() && labelled.size() == 2) {
                // "da verificare: 7.329 ... verificate: 7.329": the second of the first
                return fraction(text, ItalianNumber.parse(labelled.get(1)), ItalianNumber.parse(labelled.get(0)));
            }
            String label = noDates.contains(":") ? noDates.substring(0, noDates.lastIndexOf(':')) : "";
            if (percents.isEmpty() && labelled.size() == 1 && (label.strip().startsWith("%")
                    || label.toLowerCase(java.util.Locale.ITALIAN).contains("percentuale"))) {
                String found = labelled.get(0);
                return Optional.of(new Read(number(text, ItalianNumber.parse(found), true), found + "%"));
            }
            return Optional.empty();
        }
        List<String> numbers = all(NUMBER, noDates, 0);
        return numbers.size() == 1 ? Optional.of(new Read(number(text, ItalianNumber.parse(numbers.get(0)), false),
                numbers.get(0))) : Optional.empty();
    }

    private static Optional<Read> fraction(String text, BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal p = part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL64);
        return Optional.of(new Read(number(text, p, true), OutcomeBands.it(part) + " su " + OutcomeBands.it(whole)));
    }

    private static List<String> all(Pattern p, String text, int group) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group(group));
        }
        return found;
    }

    private static Value number(String text, BigDecimal n, boolean percent) {
        return new Value(text, new ParsedValue(ValueKind.VALUE, null, n, percent ? "percent" : null, null, null, null,
                null, null, null, null, null), null);
    }

    private static Value date(String text, LocalDate date) {
        return new Value(text, new ParsedValue(ValueKind.VALUE, null, null, null, date, null, null, null, null, null,
                null, null), null);
    }
}
