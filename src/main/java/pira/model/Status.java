package pira.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The status note of an indicator, as a revised plan writes it ("Aggiornato in sede di rolling annuale con
 * deliberazione della Giunta n. 97 del 22 luglio 2019"): the text as read, what it says (null where no known word
 * opens it), the deliberation it names (null where none), and where it was read. An indicator noted
 * {@link StatusKind#ELIMINATO} stays in the plan with its note.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Status(String raw, StatusKind kind, String deliberation, Location location) {
}
