package pira.pipeline;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import pira.mapping.Mapping;
import pira.mapping.MappingCandidate;
import pira.choice.MappingMatcher;
import pira.choice.NoChoiceException;
import pira.choice.PlanVocabulary;
import pira.mapping.MappingMismatchException;
import pira.layout.BlockMapper;
import pira.layout.CostlyPatternException;
import pira.layout.TableMapper;
import pira.model.ImportNote;
import pira.model.Location;
import pira.model.Plan;
import pira.model.RowBalance;
import pira.model.SourceFile;
import pira.source.Ocr;
import pira.source.RawDocument;
import pira.source.RawRow;
import pira.source.RawTable;
import pira.source.ReaderOptions;
import pira.source.SourceException;
import pira.source.SourceFormat;
import pira.source.SourceNote;
import pira.source.SourceReaders;
import pira.tree.RowLedger;

/**
 * Imports files into the plan model: reads the file, chooses its mapping (given, or by signature),
 * finds the table and maps it. Each file is imported on its own: a failure is a result, not an exception,
 * so that the other files of a run go on.
 */
public final class Importer {

    private final List<MappingCandidate> candidates;
    private final MappingCandidate forced;
    private final boolean ocr;
    private final MappingCandidate resultsForced;

    /**
     * @param candidates the mappings to choose from by signature
     * @param forced     the mapping to use for every file, or null to choose
     */
    public Importer(List<MappingCandidate> candidates, MappingCandidate forced) {
        this(candidates, forced, false);
    }

    /** As above; with {@code ocr}, the PDF pages that are pictures are read by text recognition ({@link Ocr}). */
    public Importer(List<MappingCandidate> candidates, MappingCandidate forced, boolean ocr) {
        this(candidates, forced, ocr, null);
    }

    private Importer(List<MappingCandidate> candidates, MappingCandidate forced, boolean ocr,
                     MappingCandidate resultsForced) {
        this.candidates = List.copyOf(candidates);
        this.forced = forced;
        this.ocr = ocr;
        this.resultsForced = resultsForced;
    }

    /** The same importer, reading the results of {@link #importWithResults} with {@code mapping} (null: chosen). */
    public Importer withResultsMapping(MappingCandidate mapping) {
        return new Importer(candidates, forced, ocr, mapping);
    }

    public ImportResult importFile(Path file) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return PlanModels.read(file);
        }
        try (SourceDocument source = new SourceDocument(file, ocr)) {
            RawDocument document = source.read(forced == null ? ReaderOptions.DETECT
                    : options(forced.mapping(), SourceReaders.detect(file)));
            MappingMatcher.Score chosen = null;
            List<MappingMatcher.Score> ranked = List.of();
            Mapping mapping = forced == null ? null : forced.mapping();
            if (forced == null) {
                try {
                    ranked = MappingMatcher.rank(document, candidates);
                    chosen = MappingMatcher.chooseAmong(document, ranked);
                } catch (NoChoiceException e) {
                    return noChoice(name, document, e);
                }
                mapping = chosen.candidate().mapping();
                ReaderOptions options = options(mapping, document.format());
                if (!options.equals(ReaderOptions.DETECT)) {
                    document = source.read(options);
                }
            }
            Plan plan;
            try {
                plan = map(document, mapping, file, (forced != null ? forced : chosen.candidate()).sha256());
            } catch (MappingMismatchException e) {
                if (document.pictures().any()) {
                    return ImportResult.failed(name, ImportResult.Failure.IMAGES, e.getMessage() + "\n"
                            + document.file() + ": " + document.pictures().describe() + ".");
                }
                return ImportResult.failed(name, ImportResult.Failure.MISMATCH, e.getMessage()
                        + (chosen == null ? "" : "\n" + nextCandidates(ranked, chosen)));
            }
            return new ImportResult(name, plan, mapping.id(), forced == null, null, null);
        } catch (SourceException e) {
            return ImportResult.failed(name, ImportResult.Failure.UNREADABLE, e.getMessage());
        } catch (IOException e) {
            return ImportResult.failed(name, ImportResult.Failure.UNREADABLE, name + ": errore di lettura ("
                    + e.getMessage() + ")");
        } catch (CostlyPatternException e) {
            return ImportResult.failed(name, ImportResult.Failure.MISMATCH, name + ": " + e.getMessage() + ".");
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // whatever goes wrong with one file is that file's failure, never the run's
            return ImportResult.failed(name, ImportResult.Failure.UNEXPECTED, name + ": errore imprevisto durante"
                    + " l'importazione" + (e instanceof OutOfMemoryError ? " (memoria esaurita)" : "") + ": è un difetto"
                    + " di pira. Segnalarlo allegando il file.");
        }
    }

    /**
     * Why no mapping was chosen, by its cause: two that tie; tables that are pictures; a file with none of the words
     * of a performance document; or else a layout pira does not know yet.
     */
    private static ImportResult noChoice(String name, RawDocument document, NoChoiceException e) {
        if (e.kind() == NoChoiceException.Kind.TIE) {
            return new ImportResult(name, null, null, false, e.getMessage(), ImportResult.Failure.TIE,
                    e.candidates().stream().map(s -> s.candidate().id() + " (" + s.candidate().origin() + ")")
                            .toList());
        }
        if (document.pictures().any()) {
            return ImportResult.failed(name, ImportResult.Failure.IMAGES, document.file() + ": "
                    + document.pictures().describe() + ".");
        }
        if (!PlanVocabulary.speaksOfPerformance(document)) {
            return ImportResult.failed(name, ImportResult.Failure.NOT_A_PLAN, document.file() + ": non sembra un"
                    + " documento di performance: non parla di obiettivi, indicatori, target o pesi.");
        }
        return ImportResult.failed(name, ImportResult.Failure.NO_MAPPING, e.getMessage());
    }

    /** The mapping chosen by its words that then did not fit, and the next candidates with their scores (as ranked). */
    private static String nextCandidates(List<MappingMatcher.Score> ranked, MappingMatcher.Score chosen) {
        List<String> others = ranked.stream()
                .filter(s -> !s.candidate().id().equals(chosen.candidate().id()) && s.formatFits())
                .limit(3).map(s -> "    " + s.explain()).toList();
        return "  La mappatura " + chosen.candidate().id() + " (" + chosen.candidate().origin() + ") era stata scelta"
                + " in base alle parole chiave (" + Math.round(chosen.score() * 100) + "%)"
                + (others.isEmpty() ? "; non ci sono altre candidate." : "; le altre candidate:\n"
                + String.join("\n", others));
    }

    /**
     * Imports a plan and the results of a Relazione and joins them (see {@link PlanJoiner}); either may be a model
     * already imported ({@code .plan.json}). The results file's mapping is chosen by its signature unless
     * {@link #withResultsMapping} gave one.
     */
    public ImportResult importWithResults(Path planFile, Path resultsFile) {
        ImportResult plan = importFile(planFile);
        if (!plan.ok()) {
            return plan;
        }
        ImportResult results = new Importer(candidates, resultsForced, ocr).importFile(resultsFile);
        if (!results.ok()) {
            return results;
        }
        return new ImportResult(plan.file(), PlanJoiner.join(plan.plan(), results.plan()),
                plan.mappingId() + " + " + results.mappingId(), plan.mappingChosenAutomatically(), null, null);
    }

    private static Plan map(RawDocument document, Mapping mapping, Path file, String mappingSha256)
            throws MappingMismatchException, IOException {
        // the tables read, one for each balance of the result, in its order (a table read by two sections is twice)
        List<RawTable> readInOrder;
        // why each table not read was not: asked only of the tables that have no balance of their own
        java.util.function.Function<RawTable, String> whyNotRead;
        TableMapper.Result result;
        if (mapping.blocks() != null) {
            // a block layout is one stream of lines: the document's first (for a DOCX, its only) table
            readInOrder = List.of(document.tables().get(0));
            result = new BlockMapper(mapping, document.file(), readInOrder.get(0)).map();
            whyNotRead = t -> "una mappatura a blocchi legge solo la prima tabella del documento";
        } else if (!mapping.sections().isEmpty()) {
            TableMapper.Reading reading = readSections(document, mapping);
            result = reading.result();
            readInOrder = reading.read().stream().map(TableMapper.Part::table).toList();
            whyNotRead = t -> whyNotRead(t, reading, mapping.parts());
        } else if (mapping.reader().sheets() != null) {
            List<Integer> sheetYears = new ArrayList<>();
            List<RawTable> named = sheets(document, mapping, sheetYears);
            TableMapper.Reading reading = TableMapper.mapAll(mapping, document.file(), named, sheetYears)
                    .orElseThrow(() -> new MappingMismatchException(document.file() + ": nessun foglio corrisponde a"
                            + " reader.sheets \"" + mapping.reader().sheets() + "\" e ha l'intestazione "
                            + mapping.header().find() + " (mappatura " + mapping.id() + "); fogli presenti: "
                            + document.tables().stream().map(RawTable::name).toList()));
            result = reading.result();
            readInOrder = reading.read().stream().map(TableMapper.Part::table).toList();
            whyNotRead = t -> whyNotRead(t, reading, List.of(mapping));
        } else {
            TableMapper tableMapper = tableMapper(document, mapping);
            RawTable chosen = tableMapper.table();
            readInOrder = List.of(chosen);
            result = tableMapper.map();
            int chosenAt = document.tables().indexOf(chosen);
            whyNotRead = t -> mapping.reader().sheet() != null ? "la mappatura legge solo il foglio \""
                    + mapping.reader().sheet() + "\"" : document.tables().indexOf(t) < chosenAt ? HEADER_NOT_FOUND
                    : "la mappatura legge una sola tabella, la prima con l'intestazione (foglio \"" + chosen.name()
                    + "\")";
        }
        List<RawTable> read = readInOrder.stream().distinct().toList();
        List<RowBalance> balance = balance(document, readInOrder, result.balance(), whyNotRead);
        List<ImportNote> notes = new ArrayList<>();
        for (SourceNote n : document.notes()) {
            notes.add(new ImportNote(n.code(), n.message(), n.location()));
        }
        if (document.pictures().any()) {
            // the text was read, but what the pictures hold was not: a table pasted as an image would be missing
            notes.add(new ImportNote("PAGINE-IMMAGINE", document.pictures().pages().isEmpty()
                    ? "il documento ha anche immagini, non lette: se contengono tabelle, i loro dati mancano"
                    : document.pictures().pageRanges() + ": sono immagini (tabelle o grafici) e non sono state lette;"
                    + " se contengono tabelle, i loro dati mancano (si leggono con il riconoscimento del testo, OCR)",
                    Location.ofFile(document.file())));
        }
        List<String> unread = document.tables().stream()
                .filter(t -> !read.contains(t) && t.rows().stream().anyMatch(r -> !r.isBlank()))
                .map(t -> "\"" + t.name() + "\"").toList();
        if (!unread.isEmpty()) {
            notes.add(new ImportNote("FOGLI-NON-LETTI", (read.size() == 1 ? "la mappatura legge il foglio " : "la"
                    + " mappatura legge i fogli ") + read.stream().map(t -> "\"" + t.name() + "\"")
                    .collect(java.util.stream.Collectors.joining(", ")) + "; "
                    + (unread.size() == 1 ? "non legge il foglio " : "non legge i fogli ") + String.join(", ", unread),
                    Location.ofFile(document.file())));
        }
        notes.addAll(result.notes());
        List<Integer> years = mapping.years().isEmpty() ? List.copyOf(result.years()) : mapping.years();
        SourceFile source = new SourceFile(document.file(), FileHashes.sha256(file), document.format().id(), mapping.id(),
                mappingSha256);
        return new Plan(Plan.SCHEMA_VERSION, mapping.ente(), mapping.document(), years, List.of(source),
                ResultShares.apply(result.elements(), mapping.resultShares()), result.indicators(), notes,
                balance,
                mapping.singleYearTargets().stream().map(pira.model.Level::fromId).toList());
    }

    private static final String HEADER_NOT_FOUND = "intestazione non trovata";

    /**
     * A balance for every table of the document, in its order: the balances of the tables read ({@code balances},
     * one for each of {@code readInOrder}), and for each other table its rows as not read (or blank), with why.
     */
    private static List<RowBalance> balance(RawDocument document, List<RawTable> readInOrder,
                                            List<RowBalance> balances, java.util.function.Function<RawTable, String> why) {
        if (balances.size() != readInOrder.size()) {
            throw new IllegalStateException("un bilancio per ogni tabella letta: " + balances.size() + " bilanci, "
                    + readInOrder.size() + " tabelle");
        }
        List<RowBalance> all = new ArrayList<>();
        for (RawTable t : document.tables()) {
            boolean read = false;
            for (int i = 0; i < readInOrder.size(); i++) {
                if (readInOrder.get(i) == t) {
                    all.add(balances.get(i));
                    read = true;
                }
            }
            if (!read) {
                boolean blank = t.rows().stream().allMatch(RawRow::isBlank);
                all.add(RowLedger.unread(document.file(), t.name(), t.rows(), RawRow::isBlank,
                        blank ? "la tabella è vuota" : why.apply(t)));
            }
        }
        return all;
    }

    /**
     * Why a table that no part read was not read: a part (a section) that reads only the first table with its header
     * read another; its header was not found; or else the mapping (its {@code reader}) does not name it.
     */
    private static String whyNotRead(RawTable table, TableMapper.Reading reading, List<Mapping> parts) {
        for (TableMapper.Skipped s : reading.skipped()) {
            if (s.part().table() == table && s.readOnce()) {
                RawTable first = reading.read().stream().filter(p -> p.mapping() == s.part().mapping())
                        .map(TableMapper.Part::table).findFirst().orElseThrow();
                return (parts.size() > 1 ? "la sezione " + (parts.indexOf(s.part().mapping()) + 1) + " della"
                        + " mappatura" : "la mappatura") + " legge una sola tabella, la prima con la sua intestazione"
                        + " (foglio \"" + first.name() + "\")";
            }
        }
        return reading.skipped().stream().anyMatch(s -> s.part().table() == table) ? HEADER_NOT_FOUND
                : "la mappatura non legge questo foglio";
    }

    /**
     * The sheets {@code reader.sheets} names, in the workbook's order, with the year each name gives in the pattern's
     * group (?<year>...), or null. Which of them have the header, {@link TableMapper#mapAll} finds.
     */
    private static List<RawTable> sheets(RawDocument document, Mapping mapping, List<Integer> years) {
        java.util.regex.Pattern names = java.util.regex.Pattern.compile(mapping.reader().sheets(),
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
        List<RawTable> tables = new ArrayList<>();
        for (RawTable t : document.tables()) {
            java.util.regex.Matcher m = names.matcher(t.name());
            if (m.find()) {
                tables.add(t);
                String year = mapping.reader().sheets().contains("?<year>") ? m.group("year") : null;
                years.add(year == null || !year.matches("\\d{4}") ? null : Integer.valueOf(year));
            }
        }
        return tables;
    }

    /**
     * Reads the tables of each section of the mapping, in the sections' order: the sheet it names, the sheets its
     * pattern names (where its header is), or else the first table where its header is found. A section that reads
     * no table of its own is a mismatch, named with its header.
     */
    private static TableMapper.Reading readSections(RawDocument document, Mapping mapping)
            throws MappingMismatchException {
        List<TableMapper.Part> parts = new ArrayList<>();
        List<Mapping> sections = mapping.parts();
        for (Mapping section : sections) {
            List<Integer> years = new ArrayList<>();
            List<RawTable> candidates = section.reader().sheets() != null ? sheets(document, section, years)
                    : document.tables().stream().filter(t -> section.reader().sheet() == null
                    || t.name().equals(section.reader().sheet())).toList();
            for (int t = 0; t < candidates.size(); t++) {
                parts.add(new TableMapper.Part(section, candidates.get(t), years.isEmpty() ? null : years.get(t),
                        section.reader().sheets() == null));
            }
        }
        TableMapper.Reading reading = TableMapper.mapAll(parts, document.file(), mapping.levelOrder()).orElse(null);
        for (int s = 0; s < sections.size(); s++) {
            Mapping section = sections.get(s);
            if (reading == null || reading.read().stream().noneMatch(p -> p.mapping() == section)) {
                throw new MappingMismatchException(document.file() + ": la sezione " + (s + 1) + " della mappatura "
                        + mapping.id() + " non trova la sua tabella: " + (section.reader().sheet() != null
                        ? "il foglio \"" + section.reader().sheet() + "\" non c'è o non ha" : section.reader().sheets()
                        != null ? "nessun foglio che corrisponde a \"" + section.reader().sheets() + "\" ha"
                        : "nessun foglio ha") + " l'intestazione " + section.header().find() + "; fogli presenti: "
                        + document.tables().stream().map(RawTable::name).toList());
            }
        }
        return reading;
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
                + mapping.header().find() + " (mappatura " + mapping.id() + ")" + nearest + ".");
    }

    /**
     * What the mapping asks of the reader. A block mapping reads a PDF line by line: the lines inside its cells
     * stay separate (asked only of a PDF, the one reader it changes, so no other file is read twice for it).
     */
    static ReaderOptions options(Mapping mapping, SourceFormat format) {
        Mapping.ReaderSettings r = mapping.reader();
        Character delimiter = r.delimiter() == null ? null : r.delimiter().charAt(0);
        Charset charset = r.encoding() == null ? null : Charset.forName(r.encoding());
        return new ReaderOptions(delimiter, charset, r.mode(), r.pages(), r.area(), r.columns(),
                mapping.blocks() != null && format == SourceFormat.PDF);
    }
}
