package pira.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import pira.model.Plan;
import pira.history.HistoryBuilder;
import pira.history.HistoryReferences;
import pira.model.PlanJson;
import pira.pipeline.PlanJoiner;
import pira.report.DocxReport;
import pira.report.ReportOptions;
import pira.validation.ValidationContext;
import pira.validation.rules.Validator;

/**
 * Which Giunta documents a workspace owes: for each chamber and year, its latest Relazione (or monitoring) in model/
 * joined with the plan in force that year, the plan of the same chamber covering the year that starts latest (a
 * rolling revision replaces the one before), the latest imported among equals. A pair of versions is written once:
 * the audit keeps its key (the SHA-256 of the two originals and the year), so a new version of either file gives a new
 * document beside the old one, and an unchanged workspace none. The chamber's other documents (last year's Relazione,
 * an earlier plan) give the values of other years that relative targets refer to (pira storia's history).
 */
final class GiuntaDocuments {

    private static final Set<String> PLANS = Set.of("piano", "pira");
    private static final Set<String> RESULTS = Set.of("relazione", "monitoraggio");

    /** A model in model/, as the audit recorded its import. */
    record Model(String path, String sha256, Plan plan) {
        String ente() {
            return plan.ente() == null ? "" : plan.ente().toLowerCase(Locale.ITALIAN)
                    .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        }

        int firstYear() {
            return plan.years().isEmpty() ? 0 : plan.years().get(0);
        }
    }

    /**
     * A document to write: the year, the plan in force and the results, and the chamber's other documents in model/,
     * whose values of other years resolve the relative targets ("+10%" on the year before).
     */
    record Due(int year, Model plan, Model results, List<Model> others) {
        String key() {
            return plan.sha256() + "+" + results.sha256() + ":" + year;
        }

        String name() {
            return "relazione-" + year;
        }

        String describe() {
            return "Relazione " + year + " per la Giunta dal piano " + plan.path() + " e dai risultati "
                    + results.path();
        }
    }

    /**
     * The models read in earlier passes, by path, size and time: a model is never written over, and {@code watch}
     * would otherwise parse every model of the workspace again at every pass.
     */
    private final Map<String, Plan> read = new java.util.HashMap<>();

    /** The documents not written yet; a model that cannot be read is said in {@code problems} and left out. */
    List<Due> due(Workspace workspace, List<AuditEvent> events, List<String> problems) {
        Set<String> written = new TreeSet<>();
        Map<String, AuditEvent> imported = new LinkedHashMap<>();
        for (AuditEvent e : events) {
            if (Outcomes.DOCUMENT.equals(e.outcome()) && e.key() != null) {
                written.add(e.key());
            } else if (Outcomes.IMPORTED.equals(e.outcome()) && e.model() != null) {
                imported.remove(e.model());
                imported.put(e.model(), e); // in the order of the last import
            }
        }
        List<Model> models = new ArrayList<>();
        for (AuditEvent e : imported.values()) {
            Path file = workspace.root().resolve(e.model());
            if (!Files.isRegularFile(file)) {
                continue; // taken away by the office: not a document to join
            }
            try {
                String version = e.model() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
                Plan plan = read.get(version);
                if (plan == null) {
                    plan = PlanJson.read(file);
                    read.put(version, plan);
                }
                models.add(new Model(e.model(), e.sha256(), plan));
            } catch (IOException | RuntimeException unreadable) {
                problems.add(e.model() + ": il modello non si può leggere e non entra nel documento per la Giunta.");
            }
        }
        List<Due> due = new ArrayList<>();
        Map<String, Due> latest = new LinkedHashMap<>();
        for (Model r : models) {
            if (!RESULTS.contains(r.plan().documentKind())) {
                continue;
            }
            for (int year : r.plan().years()) {
                Model plan = models.stream()
                        .filter(p -> PLANS.contains(p.plan().documentKind()) && p.ente().equals(r.ente())
                                && p.plan().years().contains(year) && p.firstYear() <= year)
                        .reduce((a, b) -> b.firstYear() >= a.firstYear() ? b : a).orElse(null);
                if (plan != null) {
                    List<Model> others = models.stream().filter(m -> m != plan && m != r && m.ente().equals(r.ente()))
                            .toList();
                    latest.put(r.ente() + ":" + year, new Due(year, plan, r, others)); // the latest results win
                }
            }
        }
        for (Due d : latest.values()) {
            if (!written.contains(d.key())) {
                due.add(d);
            }
        }
        due.sort(Comparator.comparing(Due::name));
        return due;
    }

    /** The document of a pair, with the office's settings and the history of the chamber's documents. */
    static DocxReport report(Due due, WorkspaceSettings settings) {
        Plan joined = PlanJoiner.join(due.plan().plan(), due.results().plan());
        List<Plan> documents = new ArrayList<>(List.of(due.plan().plan(), due.results().plan()));
        due.others().forEach(m -> documents.add(m.plan()));
        return new DocxReport(joined, new Validator(ValidationContext.defaults()).validate(joined),
                ReportOptions.relazione(due.year(), settings.ente(), settings.template(), settings.bands(),
                        settings.choices()).withPeriods(settings.periods()),
                HistoryReferences.of(HistoryBuilder.of(documents), joined.ente()));
    }
}
