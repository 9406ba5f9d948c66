package pira.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A file the plan was read from, with its SHA-256, the mapping used and the SHA-256 of that mapping's file (so that an
 * archived run says exactly which mapping read the file; absent where not known).
 */
public record SourceFile(String file, String sha256, String format, String mapping,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String mappingSha256) {

    public SourceFile(String file, String sha256, String format, String mapping) {
        this(file, sha256, format, mapping, null);
    }
}
