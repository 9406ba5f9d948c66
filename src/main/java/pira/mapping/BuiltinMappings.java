package pira.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The mappings shipped inside pira (the repository's {@code mappings/} folder, packed into the jar),
 * and the loading of a user's mapping files beside them.
 */
public final class BuiltinMappings {

    private static final String FOLDER = "pira/mappings";

    private BuiltinMappings() {
    }

    public static List<MappingCandidate> load() {
        List<MappingCandidate> result = new ArrayList<>();
        for (String name : names()) {
            try (InputStream in = BuiltinMappings.class.getClassLoader().getResourceAsStream(FOLDER + "/" + name)) {
                String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                result.add(new MappingCandidate(BuiltinReader.read(yaml), MappingCandidate.BUILTIN,
                        MappingCandidate.sha256(yaml.getBytes(StandardCharsets.UTF_8))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result;
    }

    /** The file names of the built-in mappings, sorted, read from the class path folder or jar. */
    static List<String> names() {
        URL url = BuiltinMappings.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            return List.of();
        }
        try {
            if (url.getProtocol().equals("jar")) {
                // the jar's entries, read as the class loader reads them: a zip file system would cost every command
                // about 0.1 s of start-up
                return inJar(((java.net.JarURLConnection) url.openConnection()).getJarFileURL());
            }
            return list(Path.of(url.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> inJar(URL jar) throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(Path.of(jar.toURI()).toFile())) {
            file.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(n -> n.startsWith(FOLDER + "/") && n.endsWith(".yaml")
                            && n.indexOf('/', FOLDER.length() + 1) < 0)
                    .forEach(n -> names.add(n.substring(FOLDER.length() + 1)));
        }
        names.sort(null);
        return names;
    }

    private static List<String> list(Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.yaml")) {
            for (Path p : files) {
                names.add(p.getFileName().toString());
            }
        }
        names.sort(null);
        return names;
    }
}
