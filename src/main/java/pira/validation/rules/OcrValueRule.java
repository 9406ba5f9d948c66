package pira.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pira.model.Indicator;
import pira.model.Plan;
import pira.model.Value;
import pira.validation.Findings;
import pira.validation.Rule;
import pira.validation.RuleInfo;
import pira.validation.Severity;
import pira.validation.ValidationContext;

/**
 * Every value recognised by OCR in a picture of a page may be misread ("≥1" as "21", "≥ 90%" as "> 90%"): each
 * indicator read so is listed with its page and the values to check against the original.
 */
@RuleInfo(id = "VALORE-OCR", severity = Severity.AVVISO,
        summary = "Un valore è stato letto con l'OCR da un'immagine: da verificare.")
public final class OcrValueRule implements Rule {

    @Override
    public void check(Plan plan, ValidationContext context, Findings findings) {
        for (Indicator i : plan.allIndicators()) {
            List<String> read = new ArrayList<>();
            if (i.provenance() != null && i.provenance().fromOcr()) {
                read.add("nome \"" + i.name() + "\"");
            }
            add(read, "peso", i.weight());
            add(read, "base", i.baseline());
            for (Map.Entry<Integer, Value> t : i.targets().entrySet()) {
                add(read, "target " + t.getKey(), t.getValue());
            }
            for (Map.Entry<Integer, Value> a : i.actuals().entrySet()) {
                add(read, "conseguito " + a.getKey(), a.getValue());
            }
            add(read, "esito", i.outcome());
            add(read, "raggiungimento", i.statedAchievement());
            if (!read.isEmpty()) {
                Integer page = i.provenance() != null ? i.provenance().page() : null;
                findings.add(i.provenance(), i.code(), null, IndicatorNames.of(i), page == null ? "?" : String.valueOf(page),
                        String.join(", ", read));
            }
        }
    }

    private static void add(List<String> read, String what, Value value) {
        if (value != null && value.location() != null && value.location().fromOcr()) {
            read.add(what + " \"" + value.raw() + "\"");
        }
    }
}
