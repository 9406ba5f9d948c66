package pira.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pira.model.ParsedValue;

/** Every text of {@code value-texts/texts.tsv} parses to what the file says (see its README). */
class ValueParserTest {

    static Stream<Arguments> texts() throws IOException {
        try (InputStream in = ValueParserTest.class.getResourceAsStream("/value-texts/texts.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            return lines.stream().map(l -> {
                String[] f = l.split("\t", -1);
                return Arguments.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
            }).toList().stream();
        }
    }

    @ParameterizedTest(name = "[{6}] \"{0}\" -> {1}")
    @MethodSource("texts")
    void parsesRealTexts(String text, String kind, String comparator, String number, String unit, String details,
                         String seed) {
        ParsedValue p = ValueParser.parse(text);
        assertThat(p.kind().json()).as("kind of \"%s\"", text).isEqualTo(kind);
        assertThat(p.comparator()).as("comparator of \"%s\"", text).isEqualTo(dash(comparator));
        if (number.equals("-")) {
            assertThat(p.number()).as("number of \"%s\"", text).isNull();
        } else {
            assertThat(p.number()).as("number of \"%s\"", text).isNotNull();
            assertThat(p.number().compareTo(new BigDecimal(number))).as("number of \"%s\": %s", text, p.number())
                    .isZero();
        }
        assertThat(p.unit()).as("unit of \"%s\"", text).isEqualTo(dash(unit));
        ParsedValue expected = details(details);
        assertThat(p.date()).as("date of \"%s\"", text).isEqualTo(expected.date());
        assertThat(p.month()).as("month of \"%s\"", text).isEqualTo(expected.month());
        assertThat(p.day()).as("day of \"%s\"", text).isEqualTo(expected.day());
        assertThat(p.yes()).as("yes of \"%s\"", text).isEqualTo(expected.yes());
        assertThat(p.referenceYear()).as("referenceYear of \"%s\"", text).isEqualTo(expected.referenceYear());
        assertThat(p.yearOffset()).as("yearOffset of \"%s\"", text).isEqualTo(expected.yearOffset());
        assertThat(p.benchmark()).as("benchmark of \"%s\"", text).isEqualTo(expected.benchmark());
        assertThat(p.qualifier()).as("qualifier of \"%s\"", text).isEqualTo(expected.qualifier());
    }

    @Test
    void theCorpusHasAtLeastEightyRealTexts() throws IOException {
        assertThat(texts().count()).isGreaterThanOrEqualTo(80);
    }

    @Test
    void neverGuessesANumberInTextItDoesNotUnderstand() {
        for (String text : List.of("circa il doppio", "ponderazione", "1,2,3", "12abc", "da definire")) {
            ParsedValue p = ValueParser.parse(text);
            assertThat(p.kind().json()).as(text).isEqualTo("not_understood");
            assertThat(p.number()).as(text).isNull();
        }
    }

    /** An 8 KB cell of digits and dots ran the number patterns out of stack (StackOverflowError, issue 12). */
    @Test
    void aHugeNumberLikeCellIsNotUnderstoodWithoutRunningOutOfStack() {
        assertThat(ValueParser.parse("1.000".repeat(1700)).kind().json()).isEqualTo("not_understood");
        assertThat(ValueParser.parse("1.000".repeat(150)).kind().json()).isNotNull();
    }

    /** A dash of any kind is "no value": Word's em dash, and "---" as OCR reads it. */
    @Test
    void dashesOfAnyKindAreNoData() {
        for (String text : List.of("---", "—", "–", "-—-", "_", "—_", "--")) {
            assertThat(ValueParser.parse(text).kind().json()).as(text).isEqualTo("no_data");
        }
    }

    /** "SÌ" in capitals, as Word's caps and OCR write it, is yes (the accent made it not understood). */
    @Test
    void yesInCapitalsWithItsAccentIsYes() {
        for (String text : List.of("SÌ", "Sì", "SI", "sí", "SÍ")) {
            ParsedValue p = ValueParser.parse(text);
            assertThat(p.kind().json()).as(text).isEqualTo("yes_no");
            assertThat(p.yes()).as(text).isTrue();
        }
    }

    /** Two values on two lines of one cell ("> 1", "90%") are two targets, not one with a qualifier. */
    @Test
    void severalValuesOnSeparateLinesAreNotOneValue() {
        assertThat(ValueParser.parse("> 1\n90%").kind().json()).isEqualTo("not_understood");
        assertThat(ValueParser.parse("Realizzazione attività\nentro il 30/09/2019").kind().json())
                .isEqualTo("deadline");
    }

    /** A column declared as fractions of one (progress 0-1 of an export): 0,93 is 93%, a percentage stays itself. */
    @Test
    void fractionsOfOneArePercentages() {
        ParsedValue p = ValueParser.parseFraction("0,93");
        assertThat(p.number()).isEqualByComparingTo("93");
        assertThat(p.isPercent()).isTrue();
        assertThat(ValueParser.parseFraction("1").number()).isEqualByComparingTo("100");
        assertThat(ValueParser.parseFraction("93%").number()).isEqualByComparingTo("93");
        assertThat(ValueParser.parseFraction("in corso").kind().json()).isEqualTo("not_understood");
    }

    @Test
    void nullIsNoData() {
        assertThat(ValueParser.parse(null).kind().json()).isEqualTo("no_data");
    }

    private static String dash(String s) {
        return s.equals("-") ? null : s;
    }

    private static ParsedValue details(String details) {
        LocalDate date = null;
        Integer month = null;
        Integer day = null;
        Boolean yes = null;
        Integer referenceYear = null;
        Integer yearOffset = null;
        String benchmark = null;
        String qualifier = null;
        for (String pair : details.isEmpty() ? new String[0] : details.split(";")) {
            String[] kv = pair.split("=", 2);
            switch (kv[0]) {
                case "date" -> date = LocalDate.parse(kv[1]);
                case "month" -> month = Integer.valueOf(kv[1]);
                case "day" -> day = Integer.valueOf(kv[1]);
                case "yes" -> yes = Boolean.valueOf(kv[1]);
                case "referenceYear" -> referenceYear = Integer.valueOf(kv[1]);
                case "yearOffset" -> yearOffset = Integer.valueOf(kv[1]);
                case "benchmark" -> benchmark = kv[1];
                case "qualifier" -> qualifier = kv[1];
                default -> throw new IllegalArgumentException("unknown detail " + kv[0]);
            }
        }
        return new ParsedValue(null, null, null, null, date, month, day, yes, referenceYear, yearOffset, benchmark,
                qualifier);
    }
}
