package pira.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** The levels of the performance tree, from the outermost (DESIGN §1, "The hierarchy"). */
public enum Level {
    AREA("area", "Area strategica"),
    MISSIONE("missione", "Missione"),
    PROGRAMMA("programma", "Programma"),
    OBIETTIVO_STRATEGICO("obiettivo_strategico", "Obiettivo strategico"),
    OBIETTIVO_OPERATIVO("obiettivo_operativo", "Obiettivo operativo"),
    AZIONE("azione", "Azione");

    private final String id;
    private final String label;

    Level(String id, String label) {
        this.id = id;
        this.label = label;
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
