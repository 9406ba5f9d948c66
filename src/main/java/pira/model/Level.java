package pira.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The levels of the performance tree, from the outermost (DESIGN §1, "The hierarchy"). */
public enum Level {
    AREA("area", "Area strategica", "aree strategiche", "l'", "le ", "dell'"),
    MISSIONE("missione", "Missione", "missioni", "la ", "le ", "della "),
    PROGRAMMA("programma", "Programma", "programmi", "il ", "i ", "del "),
    OBIETTIVO_STRATEGICO("obiettivo_strategico", "Obiettivo strategico", "obiettivi strategici", "l'", "gli ",
            "dell'"),
    OBIETTIVO_OPERATIVO("obiettivo_operativo", "Obiettivo operativo", "obiettivi operativi", "l'", "gli ",
            "dell'"),
    AZIONE("azione", "Azione", "azioni", "l'", "le ", "dell'");

    private final String id;
    private final String label;
    private final String plural;
    private final String article;
    private final String pluralArticle;
    private final String of;

    Level(String id, String label, String plural, String article, String pluralArticle, String of) {
        this.id = id;
        this.label = label;
        this.plural = plural;
        this.article = article;
        this.pluralArticle = pluralArticle;
        this.of = of;
    }

    /** "degli obiettivi operativi", "delle azioni", "dei programmi". */
    public String pluralOf() {
        String di = switch (pluralArticle) {
            case "gli " -> "degli ";
            case "i " -> "dei ";
            default -> "delle ";
        };
        return di + plural;
    }

    /** "dell'obiettivo operativo": "di" with the article, for messages. */
    public String of() {
        return of + label.toLowerCase(java.util.Locale.ITALIAN);
    }

    /** "l'obiettivo operativo", lower case with its article, for messages. */
    public String withArticle() {
        return article + label.toLowerCase(java.util.Locale.ITALIAN);
    }

    /** "gli obiettivi operativi". */
    public String pluralWithArticle() {
        return pluralArticle + plural;
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
        // asked for every row of a table: the six levels compared in a loop, without a stream each time
        for (Level l : values()) {
            if (l.id.equalsIgnoreCase(id)) {
                return l;
            }
        }
        throw new IllegalArgumentException("livello sconosciuto: " + id);
    }
}
