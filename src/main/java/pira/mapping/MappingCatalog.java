package pira.mapping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The mappings a workspace chooses from: the built-in ones and the office's own in its mappings/ folder. An office's
 * mapping with the id of a built-in one takes its place (an office adapts a shipped mapping by copying and editing
 * it); two of the office's own files with one id are refused, the later in name order, with both named, so that the
 * audit's mapping id always names one file.
 */
public final class MappingCatalog {

    private MappingCatalog() {
    }

    /** The candidates; what could not be loaded or was refused is said in {@code problems}, in Italian. */
    public static List<MappingCandidate> withFolder(Path folder, List<String> problems) throws IOException {
        Map<String, MappingCandidate> byId = new LinkedHashMap<>();
        for (MappingCandidate c : BuiltinMappings.load()) {
            byId.put(c.id(), c);
        }
        if (folder != null && Files.isSymbolicLink(folder)) {
            problems.add(folder.getFileName() + "/ è un collegamento (link): pira non segue i collegamenti, che possono"
                    + " portare fuori dalla cartella; le sue mappature non sono lette. Mettere al suo posto una cartella"
                    + " vera con le mappature.");
            return new ArrayList<>(byId.values());
        }
        for (Path file : yamlFiles(folder)) {
            // named as the office sees it from its workspace: "mappings/nostra.yaml"
            String shown = folder.getFileName() + "/" + file.getFileName();
            if (Files.isSymbolicLink(file)) {
                // as in inbox/: a link can lead anywhere, and would be read at every pass
                problems.add(shown + ": è un collegamento (link): pira non segue i collegamenti, che possono portare"
                        + " fuori dalla cartella; la mappatura è stata saltata. Copiare in " + folder.getFileName()
                        + "/ il file vero.");
                continue;
            }
            MappingCandidate own;
            try {
                own = MappingCandidate.load(file, shown);
            } catch (MappingException e) {
                problems.add(e.getMessage());
                continue;
            } catch (IOException | RuntimeException e) {
                problems.add(shown + ": la mappatura non si può leggere ed è stata saltata.");
                continue;
            }
            MappingCandidate earlier = byId.get(own.id());
            if (earlier != null && !earlier.builtin()) {
                problems.add(shown + ": l'id \"" + own.id() + "\" è già usato da " + earlier.origin() + "; la mappatura"
                        + " è stata saltata. Dare a una delle due un id diverso (la riga id: all'inizio del file).");
                continue;
            }
            byId.put(own.id(), own);
        }
        return new ArrayList<>(byId.values());
    }

    /**
     * The .yaml and .yml files of a folder, by name, and the links of such names (refused by the caller); none where
     * the folder does not exist.
     */
    static List<Path> yamlFiles(Path folder) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("(?i).*\\.ya?ml$")
                            && (Files.isSymbolicLink(p) || Files.isRegularFile(p)))
                    .sorted().toList();
        }
    }
}
