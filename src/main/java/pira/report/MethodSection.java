package pira.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pira.model.Indicator;

/** The method of calculation, only what applies to this plan and year, with the bands and the chamber's choices. */
final class MethodSection extends ReportSection {

    MethodSection(ReportContext context) {
        super(context);
    }

    /** The method, only what applies to this plan and this year, with the bands and the chamber's choices. */
    void write(WordXml w) {
        heading(w, 1, "Metodo di calcolo");
        int y = options.year();
        List<Indicator> reported = plan.allIndicators().stream().filter(calculator::inYear).toList();
        List<String> lines = new ArrayList<>();
        lines.add("Il raggiungimento di ogni indicatore confronta il valore conseguito " + y + " con il target dello"
                + " stesso anno. Target \">=\" o valore semplice: più alto è meglio, raggiungimento = valore / target."
                + " Target \"<=\": più basso è meglio, raggiungimento = target / valore. Scadenza: 100% se"
                + " rispettata, altrimenti 0%. Sì/no: 100% se l'esito è quello atteso.");
        if (reported.stream().anyMatch(i -> i.thresholds().stream().anyMatch(t -> t.year() == y))) {
            lines.add("Indicatori con soglie nel piano: target 100%, prima soglia 80%, seconda soglia 60%, sotto le"
                    + " soglie 0%.");
        }
        if (reported.stream().map(calculator::target).anyMatch(t -> t != null
                && t.kind() == pira.model.ValueKind.RELATIVE_YEAR)) {
            lines.add("Target relativi a un altro anno (\"+10%\", \"x ≤ x-1\"): valutati con il valore conseguito di"
                    + " quell'anno, dal documento stesso o dai documenti degli anni precedenti; il target che ne"
                    + " risulta è scritto accanto al suo testo (per un conteggio, il numero intero che lo rispetta), il"
                    + " valore usato e il documento sotto la tabella; dove due documenti danno valori diversi, non"
                    + " valutabile. Un valore che è esso stesso una variazione (\"-11%\" contro \"-10%\") è"
                    + " confrontato direttamente: variazione conseguita / variazione attesa.");
        }
        boolean weights = plan.allElements().stream().anyMatch(e -> e.weight() != null) || indicatorWeights;
        lines.add("Raggiungimento " + (options.cap() ? "limitato al 100%." : "non limitato al 100%.") + " Un obiettivo"
                + " vale la media " + (weights ? "pesata (con i pesi del piano; semplice dove un peso manca)"
                : "semplice") + " dei suoi indicatori e obiettivi inferiori valutabili.");
        if (plan.allElements().stream().anyMatch(e -> e.indicatorsWeight() != null && e.childrenWeight() != null)) {
            lines.add("Dove il piano divide il raggiungimento tra indicatori e livelli inferiori (\"Quote del"
                    + " raggiungimento\"), vale la media delle due parti pesata con le quote.");
        }
        if (reported.stream().anyMatch(i -> i.name() != null && i.name().toLowerCase(java.util.Locale.ITALIAN)
                .contains("valore medio performance obiettivi operativi"))) {
            lines.add("\"Valore medio performance obiettivi operativi\" è calcolato come media degli obiettivi"
                    + " operativi, non copiato dal documento.");
        }
        if (reported.stream().anyMatch(i -> i.periods().containsKey(y) || i.progress().containsKey(y)
                || !i.units().isEmpty())) {
            lines.add(periodsMethod());
        }
        lines.add("Esito, secondo le soglie " + (options.bands().origin() == null ? "della Camera"
                : "(" + options.bands().origin() + ")") + ": " + options.bands().describe() + ".");
        if (reported.stream().anyMatch(i -> i.reportedTargets().containsKey(y))) {
            lines.add("Dove la Relazione scrive un target diverso da quello del piano adottato, la tabella li mostra"
                    + " entrambi e il raggiungimento usa quello " + (options.choices().reportedTargets()
                    ? "rendicontato, come ha scelto la Camera" : "del piano") + "; le modifiche sono elencate in"
                    + " \"Target modificati rispetto al piano\".");
        }
        if (plan.allElements().stream().anyMatch(e -> !e.unplanned().isEmpty()) || !plan.unplanned().isEmpty()) {
            lines.add("Gli indicatori che la Relazione rendiconta e il piano non prevede sono elencati a parte"
                    + (options.choices().countUnplanned() ? " e, come ha scelto la Camera, contano nel"
                    + " raggiungimento dell'obiettivo che il loro codice indica." : " e non contano in alcun"
                    + " raggiungimento."));
        }
        boolean declares = reported.stream().anyMatch(i -> i.outcome() != null || i.statedAchievement() != null);
        if (declares) {
            lines.add(options.choices().countDeclared()
                ? "Dove il valore conseguito non si può giudicare (una frase, un valore mancante) e il documento"
                + " dichiara la percentuale di raggiungimento o l'esito, conta quello dichiarato, indicato come"
                + " \"dichiarato\": \"Obiettivo raggiunto\" vale 100%, \"Obiettivo non raggiunto\" 0%; un esito"
                + " \"parzialmente raggiunto\" senza percentuale non si valuta. Dove l'esito dichiarato e quello"
                + " calcolato differiscono, una nota sotto la tabella li riporta entrambi."
                : "Dove il valore conseguito non si può giudicare, l'indicatore è non valutabile anche se il documento"
                + " ne dichiara l'esito, come ha scelto la Camera; l'esito dichiarato è riportato accanto.");
        }
        lines.add("Accanto al raggiungimento di ogni obiettivo è indicato su quanti dei suoi indicatori o obiettivi"
                + " inferiori poggia (\"valutati 2 di 4 obiettivi operativi\"); se ne sono valutati meno della metà,"
                + " il valore è segnalato come copertura insufficiente e non dà l'esito dell'obiettivo.");
        lines.add("\"Non valutabile\" indica che manca un dato o che il target è qualitativo o relativo a un"
                + " riferimento esterno: il motivo è scritto nella tabella. \"—\" indica un dato assente nel"
                + " documento.");
        lines.forEach(line -> w.paragraph("Normal", line));
    }

    /** The method's sentence on periods, units and years not yet monitored (docs/calcolo.md). */
    private String periodsMethod() {
        return "Dove manca il valore dell'anno e il documento dà i valori o l'avanzamento dei periodi (trimestri,"
                + " semestri), il periodo su cui poggia il raggiungimento è " + options.periods().describe()
                + " (un periodo è rilevato se almeno un avanzamento del piano in quel periodo è diverso da zero), e la"
                + " tabella dice quale."
                + " Un indicatore assegnato a più strutture vale la media delle strutture valutabili; target e valore"
                + " di ognuna sono nella tabella. Un anno in cui tutti gli avanzamenti del piano sono zero non è ancora"
                + " stato rilevato: i suoi indicatori sono \"non ancora rilevato\", non \"non raggiunto\".";
    }
}
