package pira.mapping;

import java.util.List;

/** A mapping file that is not valid; each problem names the file, the line and the key. */
public class MappingException extends Exception {

    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public MappingException(String file, List<String> problems) {
        super(file + ": la mappatura non è valida:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
