package pira.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a status note says the annual revision (the "rolling") did to an indicator. */
public enum StatusKind {
    INSERITO("inserito"),
    AGGIORNATO("aggiornato"),
    ELIMINATO("eliminato");

    private final String json;

    StatusKind(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }
}
