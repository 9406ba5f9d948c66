package pira.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** The levels of the performance tree, from the outermost (DESIGN §1, "The hierarchy"). */
public enum Level {
    AREA("area", "Area strategica", "aree strategiche"),
    MISSIONE("missione", "Missione", "missioni"),
    PROGRAMMA("programma", "Programma", "programmi"),
    OBIETTIVO_STRATEGICO("obiettivo_strategico", "Obiettivo strategico", "obiettivi strategici"),
    OBIETTIVO_OPERATIVO("obiettivo_operativo", "Obiettivo operativo", "obiettivi operativi"),
    AZIONE("azione", "Azione", "azioni");

    private final String id;
    private final String label;
    private final String plural;

    Level(String id, String label, String plural) {
        this.id = id;
        this.label = label;
        this.plural = plural;
    }

    /** Italian plural, lower case: "obiettivi operativi". */
    public String plural() {
        return plural;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** Italian name for messages and reports. */
    public String label() {
        return label;
    }

    @JsonCreator
    public static Level fromId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(l -> l.id.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("livello sconosciuto: " + id));
    }
}
