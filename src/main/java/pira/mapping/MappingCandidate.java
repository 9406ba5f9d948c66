package pira.mapping;

/** A loaded mapping and where it came from ("built-in" or a file path), for messages. */
public record MappingCandidate(Mapping mapping, String origin) {

    public String id() {
        return mapping.id();
    }
}
