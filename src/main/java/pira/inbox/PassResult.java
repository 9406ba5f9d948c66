package pira.inbox;

import java.util.List;

/** What a pass did: files imported, failed, recognised as duplicates, left for later (still being written). */
public record PassResult(boolean locked, List<String> imported, List<String> failed, List<String> duplicates,
                         List<String> waiting, List<String> problems) {

    public static PassResult busy() {
        return new PassResult(true, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public int handled() {
        return imported.size() + failed.size() + duplicates.size();
    }
}
