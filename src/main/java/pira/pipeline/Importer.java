package pira.pipeline;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import pira.mapping.Mapping;
import pira.mapping.MappingCandidate;
import pira.choice.MappingMatcher;
import pira.mapping.MappingMismatchException;
import pira.layout.BlockMapper;
import pira.layout.CostlyPatternException;
import pira.layout.TableMapper;
import pira.model.ImportNote;
import pira.model.Location;
import pira.model.Plan;
import pira.model.SourceFile;
import pira.source.RawDocument;
import pira.source.RawTable;
import pira.source.ReaderOptions;
import pira.source.SourceException;
import pira.source.SourceFormat;
import pira.source.SourceNote;
import pira.source.SourceReaders;

/**
 * Imports files into the plan model: reads the file, chooses its mapping (given, or by signature),
 * finds the table and maps it. Each file is imported on its own: a failure is a result, not an exception,
 * so that the other files of a run go on.
 */
public final class Importer {

    private final List<MappingCandidate> candidates;
    private final MappingCandidate forced;

    /**
     * @param candidates the mappings to choose from by signature
     * @param forced     the mapping to use for every file, or null to choose
     */
    public Importer(List<MappingCandidate> candidates, MappingCandidate forced) {
        this.candidates = List.copyOf(candidates);
        this.forced = forced;
    }

    public ImportResult importFile(Path file) {
        String name = file.getFileName().toString();
        try {
            RawDocument document = SourceReaders.read(file, forced == null ? ReaderOptions.DETECT
                    : options(forced.mapping(), SourceReaders.detect(file)));
            MappingCandidate chosen = forced;
            if (chosen == null) {
                try {
                    chosen = MappingMatcher.choose(document, candidates).candidate();
                } catch (MappingMismatchException e) {
                    return new ImportResult(name, null, null, false, e.getMessage(), ImportResult.Failure.NO_MAPPING);
                }
                ReaderOptions options = options(chosen.mapping(), document.format());
                if (!options.equals(ReaderOptions.DETECT)) {
                    document = SourceReaders.read(file, options);
                }
            }
            Plan plan = map(document, chosen.mapping(), file);
            return new ImportResult(name, plan, chosen.id(), forced == null, null, null);
        } catch (SourceException e) {
            return new ImportResult(name, null, null, false, e.getMessage(), ImportResult.Failure.UNREADABLE);
        } catch (MappingMismatchException e) {
            return new ImportResult(name, null, null, false, e.getMessage(), ImportResult.Failure.MISMATCH);
        } catch (IOException e) {
            return new ImportResult(name, null, null, false, name + ": errore di lettura (" + e.getMessage() + ")",
                    ImportResult.Failure.UNREADABLE);
        } catch (CostlyPatternException e) {
            return new ImportResult(name, null, null, false, name + ": " + e.getMessage() + ".",
                    ImportResult.Failure.MISMATCH);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // whatever goes wrong with one file is that file's failure, never the run's
            return new ImportResult(name, null, null, false, name + ": errore imprevisto durante l'importazione ("
                    + e.getClass().getSimpleName() + "). Segnalarlo allegando il file.",
                    ImportResult.Failure.UNEXPECTED);
        }
    }

    /**
     * Imports a plan and the results of a Relazione and joins them (see {@link PlanJoiner}); the results file's
     * mapping is always chosen by its signature.
     */
    public ImportResult importWithResults(Path planFile, Path resultsFile) {
        ImportResult plan = importFile(planFile);
        if (!plan.ok()) {
            return plan;
        }
        ImportResult results = new Importer(candidates, null).importFile(resultsFile);
        if (!results.ok()) {
            return results;
        }
        return new ImportResult(plan.file(), PlanJoiner.join(plan.plan(), results.plan()),
                plan.mappingId() + " + " + results.mappingId(), plan.mappingChosenAutomatically(), null, null);
    }

    private static Plan map(RawDocument document, Mapping mapping, Path file)
            throws MappingMismatchException, IOException {
        // a block layout is one stream of lines: the document's first (for a DOCX, its only) table
        TableMapper tableMapper = mapping.blocks() != null ? null : tableMapper(document, mapping);
        RawTable table = tableMapper == null ? document.tables().get(0) : tableMapper.table();
        TableMapper.Result result = tableMapper == null
                ? new BlockMapper(mapping, document.file(), table).map() : tableMapper.map();
        List<ImportNote> notes = new ArrayList<>();
        for (SourceNote n : document.notes()) {
            notes.add(new ImportNote(n.code(), n.message(), n.location()));
        }
        List<String> unread = document.tables().stream()
                .filter(t -> t != table && t.rows().stream().anyMatch(r -> !r.isBlank()))
                .map(t -> "\"" + t.name() + "\"").toList();
        if (!unread.isEmpty()) {
            notes.add(new ImportNote("FOGLI-NON-LETTI", "la mappatura legge il foglio \"" + table.name() + "\"; "
                    + (unread.size() == 1 ? "non legge il foglio " : "non legge i fogli ") + String.join(", ", unread),
                    Location.ofFile(document.file())));
        }
        notes.addAll(result.notes());
        List<Integer> years = mapping.years().isEmpty() ? List.copyOf(result.years()) : mapping.years();
        SourceFile source = new SourceFile(document.file(), FileHashes.sha256(file), document.format().id(), mapping.id());
        return new Plan(Plan.SCHEMA_VERSION, mapping.ente(), mapping.document(), years, List.of(source),
                result.elements(), result.indicators(), notes, result.balance());
    }

    /** The mapper of the table the mapping names, or else of the first table where its header is found. */
    private static TableMapper tableMapper(RawDocument document, Mapping mapping) throws MappingMismatchException {
        String sheet = mapping.reader().sheet();
        for (RawTable t : document.tables()) {
            if (sheet != null && !t.name().equals(sheet)) {
                continue;
            }
            TableMapper mapper = new TableMapper(mapping, document.file(), t);
            if (sheet != null || mapper.hasHeader()) {
                return mapper;
            }
        }
        List<String> names = document.tables().stream().map(RawTable::name).toList();
        if (sheet != null) {
            throw new MappingMismatchException(document.file() + ": il foglio \"" + sheet + "\" richiesto dalla"
                    + " mappatura " + mapping.id() + " non c'è; fogli presenti: " + names);
        }
        String nearest = "";
        for (RawTable t : document.tables()) {
            nearest = nearest.isEmpty() ? new TableMapper(mapping, document.file(), t).nearestHeader() : nearest;
        }
        boolean sheets = document.format() == SourceFormat.XLSX || document.format() == SourceFormat.XLS;
        throw new MappingMismatchException(document.file() + ": intestazione non trovata"
                + (sheets ? " in nessun foglio " + names : "") + ": nessuna riga contiene tutte le parole "
                + mapping.header().find() + " (mappatura " + mapping.id() + ")" + nearest
                + ". Controllare di aver scelto il file e la mappatura giusti.");
    }

    /**
     * What the mapping asks of the reader. A block mapping reads a PDF line by line: the lines inside its cells
     * stay separate (asked only of a PDF, the one reader it changes, so no other file is read twice for it).
     */
    private static ReaderOptions options(Mapping mapping, SourceFormat format) {
        Mapping.ReaderSettings r = mapping.reader();
        Character delimiter = r.delimiter() == null ? null : r.delimiter().charAt(0);
        Charset charset = r.encoding() == null ? null : Charset.forName(r.encoding());
        return new ReaderOptions(delimiter, charset, r.mode(), r.pages(), r.area(), r.columns(),
                mapping.blocks() != null && format == SourceFormat.PDF);
    }
}
