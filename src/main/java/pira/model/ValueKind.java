package pira.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a target or value text means (DESIGN §1, "Target and value expressions"). */
public enum ValueKind {
    VALUE("value", "valore"),
    COMPARISON("comparison", "confronto"),
    DEADLINE("deadline", "scadenza"),
    YES_NO("yes_no", "sì/no"),
    RELATIVE_YEAR("relative_year", "relativo a un altro anno"),
    RELATIVE_BENCHMARK("relative_benchmark", "relativo a un riferimento esterno"),
    BASELINE_YEAR("baseline_year", "anno di rilevazione"),
    QUALITATIVE("qualitative", "qualitativo"),
    NO_DATA("no_data", "nessun dato"),
    NOT_UNDERSTOOD("not_understood", "non compreso");

    private final String json;
    private final String italian;

    ValueKind(String json, String italian) {
        this.json = json;
        this.italian = italian;
    }

    @JsonValue
    public String json() {
        return json;
    }

    public String italian() {
        return italian;
    }
}
