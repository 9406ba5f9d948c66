package pira.mapping;

/**
 * A loaded mapping, where it came from ({@link #BUILTIN}, or the path of the office's own file), for messages, and the
 * SHA-256 of its text (null where not known), for the record of what read a file.
 */
public record MappingCandidate(Mapping mapping, String origin, String sha256) {

    public static final String BUILTIN = "predefinita";

    public MappingCandidate(Mapping mapping, String origin) {
        this(mapping, origin, null);
    }

    /** A mapping loaded from its file, with the file's hash. */
    public static MappingCandidate load(java.nio.file.Path file, String origin) throws java.io.IOException,
            MappingException {
        Mapping mapping = MappingLoader.load(file); // refuses a file too big before it is read
        return new MappingCandidate(mapping, origin, sha256(java.nio.file.Files.readAllBytes(file)));
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String id() {
        return mapping.id();
    }

    /** Whether it is one of the mappings shipped with pira rather than the office's own. */
    public boolean builtin() {
        return BUILTIN.equals(origin);
    }
}
