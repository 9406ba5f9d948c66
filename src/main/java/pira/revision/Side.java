package pira.revision;

import java.util.List;

/** One of the two documents compared: its kind, its years, the files it was read from, and its title in words. */
public record Side(String documentKind, List<Integer> years, List<String> files, String title) {

    public Side {
        years = List.copyOf(years);
        files = List.copyOf(files);
    }
}
