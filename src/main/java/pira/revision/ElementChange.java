package pira.revision;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import pira.model.Level;

/**
 * One change of an element of the plan's tree (area, mission, programme, objective, action) from the earlier revision
 * to the later one: its kind, its level, code and name (the later one's where it has both), what changed ("inserito",
 * "eliminato", "nome", "peso", "peso degli indicatori", "peso delle azioni", "elemento superiore"), the texts before
 * and after (null where one side has none), and the change in Italian words, {@code description}: "Obiettivo operativo
 * 1.4: peso da 10% a 15%".
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ElementChange(ChangeKind kind, Level level, String code, String name, String what, String before,
                            String after, String description) {

    /** "Obiettivo operativo 1.4", or for an element without code "Azione \"Promuovere…\"". */
    @JsonIgnore
    public String label() {
        return label(level, code, name);
    }

    /** The description without the element's label: "peso da 10% a 15%". */
    @JsonIgnore
    public String phrase() {
        String prefix = label() + ": ";
        return description.startsWith(prefix) ? description.substring(prefix.length()) : description;
    }

    static String label(Level level, String code, String name) {
        return level.label() + " " + (code != null && !code.isBlank() ? code
                : "\"" + StatusCheck.abbreviate(name == null ? "" : name) + "\"");
    }
}
