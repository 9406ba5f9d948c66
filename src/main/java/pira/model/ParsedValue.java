package pira.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The meaning read from a target or value text. Only the fields that apply to the kind are set.
 *
 * @param kind          what the text is
 * @param comparator    {@code >=}, {@code >}, {@code <=}, {@code <} or {@code =} for comparisons and relative targets
 * @param number        the number, Italian formatting resolved ("3,25%" gives 3.25)
 * @param unit          {@code percent} or {@code euro} when the text says so
 * @param date          a full deadline date
 * @param month         the month of a deadline given without a full date ("luglio", "entro il 30.12")
 * @param day           the day of such a deadline, when given
 * @param yes           the answer of a yes/no text
 * @param referenceYear the year a relative target refers to ("valore osservato nel 2020")
 * @param yearOffset    the offset of that year from the judged one, -1 for "anno precedente", "+20%"
 * @param benchmark     the external reference ("media nazionale", "media cluster")
 * @param qualifier     text beside the value that is kept but not interpreted ("soc cap in liquidazione")
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParsedValue(
        ValueKind kind,
        String comparator,
        BigDecimal number,
        String unit,
        LocalDate date,
        Integer month,
        Integer day,
        Boolean yes,
        Integer referenceYear,
        Integer yearOffset,
        String benchmark,
        String qualifier) {

    public static ParsedValue of(ValueKind kind) {
        return new ParsedValue(kind, null, null, null, null, null, null, null, null, null, null, null);
    }

    @JsonIgnore
    public boolean isPercent() {
        return "percent".equals(unit);
    }
}
