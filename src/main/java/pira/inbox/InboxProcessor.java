package pira.inbox;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import pira.mapping.MappingCatalog;
import pira.mapping.MappingCandidate;
import pira.draft.DraftException;
import pira.draft.MappingDraft;
import pira.model.PlanJson;
import pira.pipeline.AtomicFiles;
import pira.pipeline.FailureAdvice;
import pira.pipeline.FileHashes;
import pira.pipeline.ImportResult;
import pira.pipeline.Importer;
import pira.source.SourceException;
import pira.validation.Finding;
import pira.validation.Severity;
import pira.validation.ValidationContext;
import pira.validation.rules.Validator;
import pira.validation.report.HtmlReport;
import pira.validation.report.TextReport;
import pira.validation.report.ValidatedFile;
import pira.validation.report.ValidationReport;

/**
 * One pass over a workspace's inbox. Each file: wait until it is completely written, recognise a duplicate by
 * SHA-256, import with the built-in and the workspace's mappings, validate, then commit through a journal
 * (see {@link Journal}): outputs and original are moved, never overwritten, and the audit line written.
 */
public final class InboxProcessor {

    private final Workspace workspace;
    /** The time one file's import may take unless the workspace says otherwise. */
    public static final Duration DEFAULT_LIMIT = Duration.ofMinutes(5);

    private final long stableMillis;
    /** The thread imports run on, made again after one was left behind by a file too long to import. */
    private java.util.concurrent.ExecutorService worker;
    private final FailureInjector injector;
    private final Clock clock;
    private final AuditLog audit;
    /** The Giunta documents the workspace owes, with the models it has read (kept across the passes of watch). */
    private final GiuntaDocuments giunta = new GiuntaDocuments();
    /** The time one file's import may take (see {@link #importWithin}). */
    /** The limit the command line set, or null for the workspace's settings (pira.yaml). */
    private final Duration limit;
    /** The limit of this pass. */
    private Duration passLimit = DEFAULT_LIMIT;
    /** Applies each file's and document's journal, and completes those a crash left. */
    private final JournalEngine journals;

    public InboxProcessor(Workspace workspace, long stableMillis, FailureInjector injector, Clock clock) {
        this(workspace, stableMillis, null, injector, clock);
    }

    /**
     * @param limit the longest one file's import may take (past it the file fails, and the pass goes on), or null for
     *              the workspace's own (pira.yaml, else 5 minutes)
     */
    public InboxProcessor(Workspace workspace, long stableMillis, Duration limit, FailureInjector injector,
                          Clock clock) {
        this.workspace = workspace;
        this.stableMillis = stableMillis;
        this.limit = limit;
        this.injector = injector;
        this.clock = clock;
        this.audit = new AuditLog(workspace.audit());
        this.journals = new JournalEngine(workspace, audit, this::step);
    }

    public InboxProcessor(Workspace workspace, long stableMillis) {
        this(workspace, stableMillis, FailureInjector.NONE, Clock.systemUTC());
    }

    /**
     * The failure injector's hook before a step. What it throws stands for the process being killed there: it goes
     * through the per-file boundary untouched, as a real kill would not stop at it.
     */
    private void step(String name) {
        try {
            injector.before(name);
        } catch (RuntimeException | Error e) {
            throw new SimulatedKill(e);
        }
    }

    /** Asked to stop (SIGTERM, Ctrl-C): checked between files and documents, and while an import waits. */
    private volatile boolean stopRequested;

    /** Told each outcome as it is committed (see {@link PassListener}). */
    private PassListener listener = PassListener.NONE;

    /**
     * Asks the pass in progress to stop: the file or document being committed is finished, one whose import or PDF
     * conversion is still running is abandoned (it stays in the inbox, its staging cleared at the next start), and no
     * other is begun.
     */
    public void requestStop() {
        stopRequested = true;
        pira.report.PdfExport.abandon();
    }

    /** Whether {@link #requestStop()} was called. */
    public boolean stopRequested() {
        return stopRequested;
    }

    /** A step abandoned because the pass was asked to stop. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("fermato", null, false, false);
        }
    }

    /** The problems of a pass, each also told to the listener when it is added. */
    private final class Said extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean add(String problem) {
            listener.problem(problem);
            return super.add(problem);
        }

        @Override
        public boolean addAll(java.util.Collection<? extends String> problems) {
            problems.forEach(this::add);
            return !problems.isEmpty();
        }
    }

    /**
     * Runs one pass; returns {@link PassResult#busy()} when another pass holds the workspace.
     *
     * @param progress told the number of files once, then called after each file (may be null)
     */
    public PassResult process(IntConsumer start, Runnable progress) throws IOException {
        return process(start, progress, PassListener.NONE);
    }

    /** Runs one pass, telling {@code listener} each outcome as it is committed. */
    public PassResult process(IntConsumer start, Runnable progress, PassListener listener) throws IOException {
        this.listener = listener == null ? PassListener.NONE : listener;
        if (!workspace.exists()) {
            throw new IOException(workspace.root() + " non è una cartella di lavoro di pira: crearla con pira init.");
        }
        try (WorkspaceLock lock = WorkspaceLock.tryAcquire(workspace); Closeable threads = this::stopWorker) {
            if (lock == null) {
                return PassResult.busy();
            }
            audit.repair();
            List<AuditEvent> events = audit.read();
            journals.recorded(events);
            journals.recover();
            List<String> problems = new Said();
            List<MappingCandidate> candidates = MappingCatalog.withFolder(workspace.mappings(), problems);
            WorkspaceSettings settings = WorkspaceSettings.load(workspace.root());
            problems.addAll(settings.problems());
            passLimit = limit != null ? limit : settings.limit();
            Map<Path, String> files = new LinkedHashMap<>();
            List<String> waiting = new ArrayList<>();
            stableFiles(files, waiting, problems);
            waiting.forEach(w -> this.listener.file(Outcomes.WAITING, w));
            if (start != null) {
                start.accept(files.size());
            }
            Map<String, String> known = knownHashes(events);
            List<String> imported = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            List<String> duplicates = new ArrayList<>();
            Importer importer = new Importer(candidates, null, settings.ocr());
            boolean diskFull = false;
            for (Map.Entry<Path, String> entry : files.entrySet()) {
                if (stopRequested) {
                    break;
                }
                Path file = entry.getKey();
                String name = file.getFileName().toString();
                // each file in isolation: whatever happens to it is its own outcome, never the pass's
                try {
                    AuditEvent event = processOne(file, entry.getValue(), importer, known);
                    String outcome = event == null ? Outcomes.WAITING : event.outcome();
                    String said = switch (outcome) {
                        case Outcomes.WAITING, Outcomes.IMPORTED, Outcomes.DUPLICATE -> name;
                        default -> Path.of(event.original()).getFileName().toString();
                    };
                    switch (outcome) {
                        case Outcomes.WAITING -> waiting.add(said);
                        case Outcomes.IMPORTED -> imported.add(said);
                        case Outcomes.DUPLICATE -> duplicates.add(said);
                        default -> failed.add(said);
                    }
                    this.listener.file(switch (outcome) {
                        case Outcomes.WAITING, Outcomes.IMPORTED, Outcomes.DUPLICATE -> outcome;
                        default -> Outcomes.FAILED;
                    }, said);
                } catch (SimulatedKill killed) {
                    throw killed;
                } catch (Stopped stopped) {
                    break; // abandoned before its journal: the file is still in the inbox
                } catch (NoSuchFileException gone) {
                    problems.add(name + ": è stato tolto da inbox/ durante l'elaborazione; nessun file toccato.");
                } catch (Throwable broken) {
                    if (Failures.diskFull(broken)) {
                        // nothing can be written: every file stays in the inbox for the next pass
                        problems.add(name + ": " + Failures.describe(broken) + "; i file restano in inbox/.");
                        diskFull = true;
                        break;
                    }
                    String kept = failBroken(file, broken, problems);
                    if (kept != null) {
                        failed.add(kept);
                        this.listener.file(Outcomes.FAILED, kept);
                    }
                }
                if (progress != null) {
                    progress.run();
                }
            }
            List<String> documents = diskFull || stopRequested ? List.of() : documents(settings, problems);
            if (!diskFull) {
                AtomicFiles.writeString(workspace.lastPass(), now() + "\n");
            }
            return new PassResult(false, imported, failed, duplicates, waiting, problems, diskFull, documents);
        } catch (SimulatedKill killed) {
            if (killed.getCause() instanceof Error e) {
                throw e;
            }
            throw (RuntimeException) killed.getCause();
        }
    }

    /**
     * Hashes, imports and commits one file; null where the file changed while it was read (still being written): it
     * waits for the next pass, and nothing of what was read of it is kept.
     */
    private AuditEvent processOne(Path listed, String stableSignature, Importer importer, Map<String, String> known)
            throws IOException {
        String name = listed.getFileName().toString();
        Path file = writable(listed);
        step("hash");
        String sha = sha256(file);
        String id = journalId(sha.substring(0, 12) + "-");
        String time = now();
        Journal journal;
        String earlier = known.get(sha);
        if (earlier != null) {
            String base = Folders.freeBase(OutputNames.safe(name), List.of(workspace.processed()), List.of(""));
            journal = new Journal(id, List.of(), move(file, workspace.processed().resolve(base)),
                    new AuditEvent(id, time, name, sha, null, Outcomes.DUPLICATE, rel(workspace.processed().resolve(base)),
                            null, null, null, null, null, "stesso contenuto di " + earlier
                            + ", già elaborato: non importato di nuovo"));
        } else {
            step("importazione");
            ImportResult result = importWithin(importer, file);
            journal = result.ok() ? success(file, id, time, sha, result) : failure(file, id, time, sha, result);
        }
        if (!signature(file).equals(stableSignature)) {
            Folders.deleteTree(workspace.staging().resolve(id));
            return null; // the hash and the import read another file than the one that would be archived
        }
        step("registro");
        journals.commit(journal);
        if (Outcomes.IMPORTED.equals(journal.event().outcome())) {
            known.put(sha, name + " (" + time + ")");
            clearStaleExplanations(name);
        }
        return journal.event();
    }

    /**
     * The explanations in failed/ of an earlier failure of a file of this name, and their drafts, go once the file is
     * imported: what they say is no longer true. The failed original, if any, stays (originals are never deleted).
     */
    private void clearStaleExplanations(String name) {
        try {
            for (Path f : Folders.list(workspace.failed())) {
                String n = f.getFileName().toString();
                if (n.endsWith(".errore.txt") && Files.readString(f, java.nio.charset.StandardCharsets.UTF_8)
                        .startsWith("File: " + pira.model.Shown.escaped(name) + "\n")) {
                    String base = n.substring(0, n.length() - ".errore.txt".length());
                    Files.deleteIfExists(workspace.failed().resolve(base + ".bozza-mappatura.yaml"));
                    Files.delete(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the import is done and recorded: an explanation left behind is untidy, not wrong about the file's fate
        }
    }

    /**
     * The file under a name the journal can write down and find again: a name with bytes that are not text in the
     * JVM's encoding (an accented name under a C locale) or with a "\\" is first renamed, inside the inbox, to its
     * safe form; its name as listed stays in the audit.
     */
    private Path writable(Path listed) throws IOException {
        String name = listed.getFileName().toString();
        try {
            if (name.indexOf('\\') < 0 && listed.getParent().resolve(name).equals(listed)) {
                return listed;
            }
        } catch (java.nio.file.InvalidPathException notText) {
            // renamed below
        }
        Path renamed = workspace.inbox().resolve(Folders.freeBase(OutputNames.safe(name), List.of(workspace.inbox()),
                List.of("")));
        Files.move(listed, renamed, StandardCopyOption.ATOMIC_MOVE);
        return renamed;
    }

    /** Now, to the second, as the audit writes it. */
    private String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * A journal's id, unique across passes and processes (the audit line of a journal is recognised by it): the time,
     * then {@code middle} (the start of the file's hash, where known), then a random part.
     */
    private String journalId(String middle) {
        return now().replace(":", "") + "-" + middle + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The audit event of a file left where it is, with the outcome and the reason. */
    private AuditEvent untouched(Path file, String outcome, String reason) {
        return new AuditEvent(UUID.randomUUID().toString(), now(), file.getFileName().toString(), null, null, outcome,
                null, null, null, null, null, null, reason);
    }

    /**
     * A file whose processing broke (an error of pira, a file it may not read, a name the system refuses): it goes to
     * failed/ with the explanation, like any failure. Where even that is impossible it is quarantined: named once in
     * the pass and the audit, and left where it is, not retried until it changes. Returns its name in failed/.
     */
    private String failBroken(Path file, Throwable broken, List<String> problems) {
        String name = file.getFileName().toString();
        String error = name + ": " + Failures.describe(broken);
        try {
            Journal journal = failure(file, journalId(""), now(), null, new ImportResult(name, null, null, false, error,
                    ImportResult.Failure.UNEXPECTED));
            journals.commit(journal);
            return Path.of(journal.event().original()).getFileName().toString();
        } catch (SimulatedKill killed) {
            throw killed;
        } catch (Throwable again) {
            quarantine(file, error + " (" + Failures.describe(again) + ")", problems);
            return null;
        }
    }

    /** Remembers a file that cannot be processed nor moved, so that the next passes leave it until it changes. */
    private void quarantine(Path file, String reason, List<String> problems) {
        problems.add(reason + ": il file resta in inbox/ e non sarà ripreso finché non cambia.");
        try {
            String entry = file.getFileName().toString().replace('\t', ' ') + "\t" + signature(file) + "\t"
                    + reason.replace('\n', ' ') + "\n";
            Files.writeString(workspace.quarantine(), entry, java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            audit.append(untouched(file, Outcomes.QUARANTINED, reason));
        } catch (IOException | RuntimeException e) {
            problems.add("la quarantena di " + file.getFileName() + " non si può registrare: " + Failures.describe(e));
        }
    }

    /** The files quarantined, as "name\tsignature". */
    private java.util.Set<String> quarantined() throws IOException {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (Files.exists(workspace.quarantine())) {
            for (String line : Files.readAllLines(workspace.quarantine(), java.nio.charset.StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t", 3);
                if (parts.length >= 2) {
                    out.add(parts[0] + "\t" + parts[1]);
                }
            }
        }
        return out;
    }

    private Journal success(Path file, String id, String time, String sha, ImportResult result) throws IOException {
        String name = file.getFileName().toString();
        List<Finding> findings = new Validator(ValidationContext.defaults()).validate(result.plan());
        ValidationReport report = new ValidationReport(ValidationReport.SCHEMA_VERSION,
                ValidationContext.DEFAULT_TOLERANCE, List.of(new ValidatedFile(name, sha, result.mappingId(), null,
                findings, result.plan().sources().isEmpty() ? null : result.plan().sources().get(0).mappingSha256())));
        String base = Folders.freeBase(OutputNames.safe(name), List.of(workspace.processed(), workspace.model(),
                workspace.reports(), workspace.reports()), List.of("", ".plan.json", ".rilievi.html", ".rilievi.txt"));
        Path stage = workspace.staging().resolve(id);
        step("preparazione");
        Files.createDirectories(stage);
        AtomicFiles.write(stage.resolve("plan.json"), out -> PlanJson.write(result.plan(), out));
        AtomicFiles.writeString(stage.resolve("rilievi.html"), HtmlReport.render(report));
        AtomicFiles.writeString(stage.resolve("rilievi.txt"), TextReport.render(report));
        Path model = workspace.model().resolve(base + ".plan.json");
        Path html = workspace.reports().resolve(base + ".rilievi.html");
        Map<Severity, Integer> counts = report.counts();
        return new Journal(id, List.of(
                new Journal.Move(rel(stage.resolve("plan.json")), rel(model)),
                new Journal.Move(rel(stage.resolve("rilievi.html")), rel(html)),
                new Journal.Move(rel(stage.resolve("rilievi.txt")), rel(workspace.reports().resolve(base + ".rilievi.txt")))),
                move(file, workspace.processed().resolve(base)),
                new AuditEvent(id, time, name, sha, result.mappingId(), Outcomes.IMPORTED,
                        rel(workspace.processed().resolve(base)), rel(model), rel(html), counts.get(Severity.ERRORE),
                        counts.get(Severity.AVVISO), counts.get(Severity.INFORMAZIONE), null));
    }

    private Journal failure(Path file, String id, String time, String sha, ImportResult result) throws IOException {
        String name = file.getFileName().toString();
        String draft = null;
        if (result.failure() == ImportResult.Failure.NO_MAPPING) {
            try {
                draft = MappingDraft.suggest(file);
            } catch (SourceException | DraftException | RuntimeException e) {
                draft = null;
            }
        }
        String base = Folders.freeBase(OutputNames.safe(name), List.of(workspace.failed(), workspace.failed(),
                workspace.failed()), List.of("", ".errore.txt", ".bozza-mappatura.yaml"));
        Path stage = workspace.staging().resolve(id);
        step("preparazione");
        Files.createDirectories(stage);
        AtomicFiles.writeString(stage.resolve("errore.txt"), explanation(name, time, result, draft != null,
                base + ".bozza-mappatura.yaml"));
        List<Journal.Move> outputs = new ArrayList<>();
        outputs.add(new Journal.Move(rel(stage.resolve("errore.txt")),
                rel(workspace.failed().resolve(base + ".errore.txt"))));
        if (draft != null) {
            AtomicFiles.writeString(stage.resolve("bozza.yaml"), draft);
            outputs.add(new Journal.Move(rel(stage.resolve("bozza.yaml")),
                    rel(workspace.failed().resolve(base + ".bozza-mappatura.yaml"))));
        }
        return new Journal(id, outputs, move(file, workspace.failed().resolve(base)),
                new AuditEvent(id, time, name, sha, null, Outcomes.FAILED, rel(workspace.failed().resolve(base)), null, null,
                        null, null, null, result.error()));
    }

    static String explanation(String name, String time, ImportResult result, boolean draft, String draftName) {
        StringBuilder sb = new StringBuilder();
        sb.append("File: ").append(pira.model.Shown.escaped(name)).append("\nData: ").append(time)
                .append("\nEsito: NON IMPORTATO\n\nCosa è successo\n---------------\n").append(result.error())
                .append("\n\nCosa fare\n---------\n");
        sb.append(FailureAdvice.inbox(result, draft ? draftName : null));
        return sb.toString();
    }

    /**
     * The Giunta documents the workspace owes after this pass (see {@link GiuntaDocuments}), each written through a
     * journal like a file's outputs: into reports/ under a name not yet used, with the PDF where LibreOffice is
     * installed, and a line in the audit. Returns the documents' names. With pira.yaml wrong none is written: one
     * with the wrong bands or template would look right and not be.
     */
    private List<String> documents(WorkspaceSettings settings, List<String> problems) throws IOException {
        List<GiuntaDocuments.Due> due = giunta.due(workspace, audit.read(), problems);
        if (due.isEmpty()) {
            return List.of();
        }
        if (!settings.valid()) {
            problems.add("il documento per la Giunta (" + due.get(0).name() + ") non è scritto finché "
                    + WorkspaceSettings.FILE + " non è corretto.");
            return List.of();
        }
        List<String> written = new ArrayList<>();
        for (GiuntaDocuments.Due d : due) {
            if (stopRequested) {
                break;
            }
            try {
                String document = document(d, settings, problems);
                written.add(document);
                listener.document(document);
            } catch (SimulatedKill killed) {
                throw killed;
            } catch (Stopped stopped) {
                break; // its staging, with LibreOffice's folder, is cleared at the next start
            } catch (IOException | RuntimeException e) {
                // the imports are done and recorded: a document that cannot be made is said, and tried again next pass
                problems.add(d.name() + ".docx non scritto (" + d.describe() + "): "
                        + Failures.describe(e).replaceFirst("\\.$", "") + ".");
                if (Failures.diskFull(e)) {
                    break;
                }
            }
        }
        return written;
    }

    /** Writes one document and its audit line; returns what to tell the office. */
    private String document(GiuntaDocuments.Due d, WorkspaceSettings settings, List<String> problems)
            throws IOException {
        String time = now();
        String id = journalId("documento-");
        String base = Folders.freeBase(d.name(), List.of(workspace.reports(), workspace.reports()), List.of(".docx", ".pdf"));
        Path stage = workspace.staging().resolve(id);
        step("documento");
        Files.createDirectories(stage);
        pira.report.DocxReport report = GiuntaDocuments.report(d, settings);
        List<Journal.Move> outputs = new ArrayList<>();
        String note = "";
        if (settings.pdf() && pira.report.PdfExport.available()) {
            try {
                // LibreOffice works inside the staging folder: a kill leaves nothing outside the workspace
                pira.report.PdfExport.Documents both = pira.report.PdfExport.render(report, stage);
                if (stopRequested) {
                    throw new Stopped(); // asked to stop while converting: abandoned, made again at the next pass
                }
                AtomicFiles.write(stage.resolve("documento.docx"), out -> out.write(both.docx()));
                AtomicFiles.write(stage.resolve("documento.pdf"), out -> out.write(both.pdf()));
                outputs.add(new Journal.Move(rel(stage.resolve("documento.pdf")),
                        rel(workspace.reports().resolve(base + ".pdf"))));
            } catch (pira.report.NotATemplateException e) {
                throw e;
            } catch (IOException e) {
                if (Failures.diskFull(e)) {
                    throw e;
                }
                if (stopRequested) {
                    throw new Stopped();
                }
                // LibreOffice's own log is English and long: the office gets what happened and what it can do
                note = "; PDF non scritto: la conversione con LibreOffice non è riuscita (il DOCX si può aprire e"
                        + " salvare in PDF a mano)";
            }
        } else if (settings.pdf()) {
            note = "; PDF non scritto: LibreOffice non è installato";
        }
        if (!Files.exists(stage.resolve("documento.docx"))) {
            AtomicFiles.write(stage.resolve("documento.docx"), report::write);
        }
        Path docx = workspace.reports().resolve(base + ".docx");
        outputs.add(0, new Journal.Move(rel(stage.resolve("documento.docx")), rel(docx)));
        Journal journal = new Journal(id, outputs, null, new AuditEvent(id, time, base + ".docx", null, null,
                Outcomes.DOCUMENT, null, null, rel(docx), null, null, null, d.describe() + note,
                List.of(d.plan().path(), d.results().path()), d.key()));
        journals.commit(journal);
        if (!note.isEmpty()) {
            problems.add(base + ".docx" + note.replaceFirst("^; ", ": ") + ".");
        }
        return base + ".docx" + (outputs.size() > 1 ? " e " + base + ".pdf" : "");
    }

    private void stopWorker() {
        if (worker != null) {
            worker.shutdown();
            worker = null;
        }
    }

    /**
     * Imports one file on a thread of its own, waiting at most {@link #passLimit}: a file that takes longer fails with
     * that reason and the pass goes on. The thread is interrupted and left behind (a daemon: it cannot keep the
     * process alive); the next file gets a new one.
     */
    private ImportResult importWithin(Importer importer, Path file) {
        if (worker == null) {
            worker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "pira-importazione");
                t.setDaemon(true);
                return t;
            });
        }
        java.util.concurrent.Future<ImportResult> running = worker.submit(() -> importer.importFile(file));
        long end = System.nanoTime() + passLimit.toNanos();
        try {
            while (true) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new java.util.concurrent.TimeoutException();
                }
                try {
                    return running.get(Math.min(left, 200_000_000L), java.util.concurrent.TimeUnit.NANOSECONDS);
                } catch (java.util.concurrent.TimeoutException notYet) {
                    if (stopRequested) {
                        running.cancel(true);
                        worker.shutdownNow();
                        worker = null;
                        throw new Stopped();
                    }
                }
            }
        } catch (java.util.concurrent.TimeoutException tooLong) {
            running.cancel(true);
            worker.shutdownNow();
            worker = null;
            String name = file.getFileName().toString();
            return new ImportResult(name, null, null, false, name + ": l'importazione ha superato il limite di "
                    + passLimit.toSeconds() + " secondi ed è stata fermata.", ImportResult.Failure.TOO_LONG);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrotto", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // importFile returns every failure as a result
        }
    }

    /**
     * The files complete enough to take, with their size and time: not modified for {@code stableMillis} (by their
     * modification time), unchanged over a wait of as long, and open for reading (a program still writing may hold
     * them locked). The others wait for the next pass.
     */
    private void stableFiles(Map<Path, String> stable, List<String> waiting, List<String> problems)
            throws IOException {
        Map<Path, String> before = new LinkedHashMap<>();
        java.util.Set<String> quarantined = quarantined();
        for (Path f : Folders.list(workspace.inbox())) {
            String n = f.getFileName().toString();
            if (temporary(n)) {
                // the temporary file of a program or a copy still running: it goes away by itself; said once
                reportOnce(f, TEMPORARY, problems);
                continue;
            }
            String notAFile = notAFile(f);
            if (notAFile != null) {
                reportOnce(f, notAFile, problems);
                continue;
            }
            try {
                String signature = signature(f);
                if (!quarantined.contains(n + "\t" + signature)) {
                    before.put(f, signature);
                }
            } catch (IOException gone) {
                // removed since the listing: nothing to do
            }
        }
        if (stableMillis > 0 && !before.isEmpty()) {
            try {
                Thread.sleep(stableMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrotto", e);
            }
        }
        long now = clock.millis();
        for (Map.Entry<Path, String> e : before.entrySet()) {
            Path f = e.getKey();
            if (!Files.exists(f)) {
                continue;
            }
            IOException unreadable = unreadable(f);
            if (unreadable instanceof java.nio.file.AccessDeniedException) {
                // not a copy still running: pira may not read it, and waiting will not change that
                reportOnce(f, UNREADABLE, problems);
                continue;
            }
            if (signature(f).equals(e.getValue())
                    && now - Files.getLastModifiedTime(f).toMillis() >= stableMillis && unreadable == null) {
                stable.put(f, e.getValue());
            } else {
                waiting.add(f.getFileName().toString());
            }
        }
    }

    /**
     * Whether a name is another program's temporary file: Office's lock file ("~$Piano 2021.xlsx", there while the
     * workbook is open), LibreOffice's (".~lock.Piano 2021.xlsx#"), a copy or download still running (.tmp, .part,
     * .crdownload). It is neither imported nor said to
     * wait: it goes away by itself.
     */
    static boolean temporary(String name) {
        return name.startsWith("~$") || name.startsWith(".~lock.") && name.endsWith("#")
                || name.toLowerCase(Locale.ROOT).matches(".*\\.(tmp|part|crdownload)$");
    }

    /** What the pass says, once, of another program's temporary file. */
    static final String TEMPORARY = "è il file temporaneo di un altro programma (un documento aperto in Office o"
            + " LibreOffice, una copia o un download in corso): non è un documento e non viene importato; sparisce da"
            + " solo";

    /** Why an entry of the inbox is not a file to import, or null for an ordinary file. */
    private static String notAFile(Path f) {
        if (Files.isSymbolicLink(f)) {
            return "è un collegamento (link): pira non segue i collegamenti, che possono portare fuori dalla cartella;"
                    + " copiare in inbox/ il file vero";
        }
        if (Files.isDirectory(f)) {
            return "è una cartella: pira legge i file messi direttamente in inbox/, non le sottocartelle";
        }
        if (!Files.isRegularFile(f)) {
            return "non è un file normale (per esempio una pipe o un dispositivo) e non viene letto";
        }
        if (f.getFileName().toString().startsWith(".")) {
            return "è un file nascosto (il nome comincia con un punto) e non viene letto; rinominarlo per importarlo";
        }
        return null;
    }

    /** An entry of the inbox that is not imported is said once, in the pass and in the audit, not at every pass. */
    private void reportOnce(Path f, String why, List<String> problems) throws IOException {
        String entry = f.getFileName() + "\t" + why;
        Path said = workspace.internal().resolve("segnalati.txt");
        if (Files.exists(said) && Files.readAllLines(said, java.nio.charset.StandardCharsets.UTF_8).contains(entry)) {
            return;
        }
        Files.writeString(said, entry + "\n", java.nio.charset.StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        problems.add(pira.model.Shown.escaped(f.getFileName().toString()) + " in inbox/: " + why + ".");
        audit.append(untouched(f, Outcomes.NOT_PROCESSED, why));
    }

    /** What the inbox says of a file pira may not read. */
    static final String UNREADABLE = "non si può leggere (permessi): pira non ha il permesso di leggerlo; dare"
            + " all'utente che esegue pira il permesso di lettura (il file sarà importato al passaggio successivo)";

    /**
     * Why {@code f} cannot be opened for reading, or null: an {@link java.nio.file.AccessDeniedException} where the
     * permissions forbid it, another exception where a program still writing holds it locked.
     */
    static IOException unreadable(Path f) {
        try (java.io.InputStream in = Files.newInputStream(f)) {
            return null;
        } catch (IOException e) {
            return e;
        }
    }

    private static String signature(Path f) throws IOException {
        return Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis();
    }

    /** The SHA-256 of every file imported, from the audit read once a pass (not once a file). */
    private static Map<String, String> knownHashes(List<AuditEvent> events) {
        Map<String, String> known = new HashMap<>();
        for (AuditEvent e : events) {
            if (Outcomes.IMPORTED.equals(e.outcome()) && e.sha256() != null) {
                known.putIfAbsent(e.sha256(), e.file() + " (" + e.time() + ")");
            }
        }
        return known;
    }

    private Journal.Move move(Path from, Path to) {
        return new Journal.Move(rel(from), rel(to));
    }

    private String rel(Path p) {
        return workspace.root().relativize(p).toString().replace('\\', '/');
    }

    private static String sha256(Path file) throws IOException {
        return FileHashes.sha256(file);
    }
}
