package pira.mapping;

/** A loaded mapping and where it came from ({@link #BUILTIN}, or the path of the office's own file), for messages. */
public record MappingCandidate(Mapping mapping, String origin) {

    public static final String BUILTIN = "predefinita";

    public String id() {
        return mapping.id();
    }

    /** Whether it is one of the mappings shipped with pira rather than the office's own. */
    public boolean builtin() {
        return BUILTIN.equals(origin);
    }
}
