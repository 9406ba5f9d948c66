package pira.history;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An indicator as one document names it, under which objective (its code, and code and name as a label), and how it was joined to the history: "primo" (the first document that has
 * it), "codice", or "nome" with the similarity of the names.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Member(String document, String code, String name, String objectiveCode, String objective,
                     String pairedBy, Double similarity, String place) {
}
