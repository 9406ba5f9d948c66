package pira.inbox;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The workspace's folders as the inbox uses them: listed in order, emptied, and a name free in all of them. */
final class Folders {

    private Folders() {
    }

    static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The first of "name", "name (2)", ... for which no output exists in any of the folders. */
    static String freeBase(String name, List<Path> dirs, List<String> suffixes) {
        for (int n = 1; ; n++) {
            String base = n == 1 ? name : withNumber(name, n);
            boolean free = true;
            for (int i = 0; i < dirs.size(); i++) {
                free &= !Files.exists(dirs.get(i).resolve(base + suffixes.get(i)));
            }
            if (free) {
                return base;
            }
        }
    }

    static String withNumber(String name, int n) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name + " (" + n + ")" : name.substring(0, dot) + " (" + n + ")" + name.substring(dot);
    }
}
