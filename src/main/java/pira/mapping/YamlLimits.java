package pira.mapping;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The limits of every YAML file pira reads from an office (a workspace's {@code pira.yaml}, its mappings, the outcome
 * bands of {@code --regole-esito}): a size in bytes, looked at before the file is read, and a depth of nesting, a
 * number of aliases and a length of text the parser enforces; a key written twice is an error, not the later value
 * silently kept. Every problem is said in Italian with the file, and the limit that was passed.
 */
public final class YamlLimits {

    /** The most bytes a settings or mapping file may have: the largest mapping of the project is under 3 KB. */
    public static final long MAX_BYTES = 64 * 1024;
    /** The most levels of nesting: a mapping has about six. */
    public static final int MAX_DEPTH = 40;
    /** The most aliases (*nome) of lists and objects: pira's files use none. */
    public static final int MAX_ALIASES = 20;

    private YamlLimits() {
    }

    /** The loader options of SnakeYAML with pira's limits (also for the built-in mappings). */
    public static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) MAX_BYTES);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    /** A Jackson mapper for YAML with pira's limits: duplicate keys refused, nesting and text bounded. */
    public static YAMLMapper mapper() {
        YAMLFactory factory = YAMLFactory.builder()
                .loaderOptions(loaderOptions())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                        .maxStringLength((int) MAX_BYTES).build())
                .build();
        return new YAMLMapper(factory);
    }

    /**
     * Why {@code file} is too big to be read (said with {@code shown}, how the office knows it), or null. Only its size
     * is looked at: a file of gigabytes costs nothing.
     */
    public static String tooBig(Path file, String shown) throws IOException {
        long size = Files.size(file);
        if (size <= MAX_BYTES) {
            return null;
        }
        return shown + ": il file è troppo grande (" + kb(size) + ", il limite è " + kb(MAX_BYTES) + ") e non viene"
                + " letto: un file di impostazioni o di mappatura è di pochi KB; controllare che sia il file giusto";
    }

    private static String kb(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : ((bytes + 1023) / 1024) + " KB";
    }
}
