package pira.revision;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One change of an indicator from the earlier revision to the later one: its kind, the indicator (code and name, the
 * later one's where it has both), what changed ("target 2020", "peso", "unità di misura", "responsabile", "nome",
 * "livello"; for an indicator inserted or eliminated, the kind itself), the texts before and after (null where one
 * side has none), and the later revision's status note on the indicator (null where it has none).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Change(ChangeKind kind, String code, String name, String what, String before, String after,
                     String note) {
}
