package pira.revision;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of change between two revisions of a plan, in the order a comparison lists them. */
public enum ChangeKind {
    INSERITO("inserito", "Inseriti", "inserito"),
    ELIMINATO("eliminato", "Eliminati", "eliminato"),
    RINOMINATO("rinominato", "Rinominati", "nome"),
    MODIFICATO("modificato", "Modificati", "modificato"),
    SPOSTATO("spostato", "Spostati", "livello");

    private final String json;
    private final String group;
    private final String word;

    ChangeKind(String json, String group, String word) {
        this.json = json;
        this.group = group;
        this.word = word;
    }

    @JsonValue
    public String json() {
        return json;
    }

    /** The title of the group of changes of this kind ("Inseriti"). */
    public String group() {
        return group;
    }

    /** What changed, in a word, where a change does not say it ("nome" for a renamed indicator). */
    String word() {
        return word;
    }
}
