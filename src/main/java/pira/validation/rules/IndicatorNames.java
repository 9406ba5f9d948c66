package pira.validation.rules;

import pira.model.Indicator;

/** How findings name an indicator: "l'indicatore 3.1.2 (Progetti strategici ...)". */
final class IndicatorNames {

    private IndicatorNames() {
    }

    /** "dell'indicatore 3.1.2 (...)". */
    static String ofWithDi(Indicator i) {
        return "del" + of(i);
    }

    static String of(Indicator i) {
        String name = WeightsSumRule.abbreviate(i.name());
        return i.code() != null ? "l'indicatore " + i.code() + " (" + name + ")" : "l'indicatore \"" + name + "\"";
    }
}
