package pira.inbox;

import java.util.List;

/**
 * What a pass did: files imported, failed, recognised as duplicates, left for later (still being written); problems
 * of the workspace; whether it stopped because the disk is full (every file left in the inbox); the Giunta documents
 * written.
 */
public record PassResult(boolean locked, List<String> imported, List<String> failed, List<String> duplicates,
                         List<String> waiting, List<String> problems, boolean diskFull,
                         List<String> documents) {

    public static PassResult busy() {
        return new PassResult(true, List.of(), List.of(), List.of(), List.of(), List.of(), false, List.of());
    }

    public int handled() {
        return imported.size() + failed.size() + duplicates.size();
    }
}
