package pira.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import pira.mapping.BuiltinMappings;
import pira.mapping.MappingCandidate;
import pira.mapping.MappingException;
import pira.mapping.MappingLoader;
import picocli.CommandLine.Option;

/** The {@code --mapping} option shared by the commands that import. */
final class MappingOptions {

    @Option(names = {"-m", "--mapping"}, paramLabel = "M.yaml",
            description = "Mappatura da usare per tutti i file; senza, pira sceglie quella predefinita adatta.")
    Path mapping;

    MappingCandidate forced() throws MappingException, IOException {
        return mapping == null ? null : new MappingCandidate(MappingLoader.load(mapping), mapping.toString());
    }

    List<MappingCandidate> candidates() {
        return new ArrayList<>(BuiltinMappings.load());
    }
}
