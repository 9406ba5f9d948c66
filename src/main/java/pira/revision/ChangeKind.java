package pira.revision;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of change between two revisions of a plan, in the order a comparison lists them. */
public enum ChangeKind {
    INSERITO("inserito", "Inseriti"),
    ELIMINATO("eliminato", "Eliminati"),
    RINOMINATO("rinominato", "Rinominati"),
    MODIFICATO("modificato", "Modificati"),
    SPOSTATO("spostato", "Spostati");

    private final String json;
    private final String group;

    ChangeKind(String json, String group) {
        this.json = json;
        this.group = group;
    }

    @JsonValue
    public String json() {
        return json;
    }

    /** The title of the group of changes of this kind ("Inseriti"). */
    public String group() {
        return group;
    }
}
