package pira.history;

/**
 * Two indicators that may be the same one and were not joined: names alike but below the threshold, or one code
 * naming two indicators whose names are unlike. Listed for a person to decide, never joined silently.
 *
 * @param reason     in words: "nomi simili" or "stesso codice, nomi diversi"
 * @param similarity the similarity of the names (docs: NameSimilarity)
 */
public record Pairing(String reason, double similarity, Member first, Member second) {
}
