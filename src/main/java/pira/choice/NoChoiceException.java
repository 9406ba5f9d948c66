package pira.choice;

import java.util.List;

/** No mapping could be chosen for a file: none fits, or two fit and nothing tells them apart. */
public final class NoChoiceException extends Exception {

    /** Why no mapping was chosen. */
    public enum Kind {
        NONE,
        TIE
    }

    private final Kind kind;
    private final transient List<MappingMatcher.Score> candidates;

    NoChoiceException(Kind kind, String message, List<MappingMatcher.Score> candidates) {
        super(message);
        this.kind = kind;
        this.candidates = List.copyOf(candidates);
    }

    public Kind kind() {
        return kind;
    }

    /** The tied mappings, or the closest ones when none fits. */
    public List<MappingMatcher.Score> candidates() {
        return candidates;
    }
}
