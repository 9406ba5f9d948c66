package pira.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static pira.validation.PlanFixtures.Y1;
import static pira.validation.PlanFixtures.Y3;
import static pira.validation.PlanFixtures.action;
import static pira.validation.PlanFixtures.ind;
import static pira.validation.PlanFixtures.named;
import static pira.validation.PlanFixtures.op;
import static pira.validation.PlanFixtures.opWith;
import static pira.validation.PlanFixtures.os;
import static pira.validation.PlanFixtures.plan;
import static pira.validation.PlanFixtures.shares;
import static pira.validation.PlanFixtures.withNotes;
import static pira.validation.PlanFixtures.withResult;
import static pira.validation.PlanFixtures.withStated;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pira.model.ImportNote;
import pira.model.Level;
import pira.model.Location;
import pira.model.Plan;
import pira.validation.rules.Rules;
import pira.validation.rules.Validator;

/** Each rule: a small plan that triggers it (with the exact message) and one that must not. */
class RuleFixturesTest {

    /** Rule id to {plan that fires, expected messages (in order), plan that passes}. */
    static final Map<String, Object[]> CASES = new LinkedHashMap<>();

    static {
        CASES.put("PESI-SOMMA", new Object[] {
            plan(Y1, os("3", null, op("3.1", "20%", ind("3.1.1", null, null, 2020, "1")),
                    op("3.3", "20%", ind("3.3.1", null, null, 2020, "1")),
                    op("3.4", "40%", ind("3.4.1", null, null, 2020, "1"))),
                    shares(os("4", null, op("4.1", null, ind("4.1.1", null, null, 2020, "1"))), "40%", "50%")),
            List.of("Sotto l'obiettivo strategico 3 i pesi del livello inferiore (gli obiettivi operativi) sommano a"
                    + " 80 invece di 100 (3.1: 20%; 3.3: 20%; 3.4: 40%). Correggere i pesi perché la somma sia 100.",
                    "Le quote dell'obiettivo strategico 4 sommano a 90 invece di 100 (indicatori 40%, livelli inferiori"
                            + " 50%). Correggere le quote perché la somma sia 100."),
            // 6 × 14,29 + 14,26 = 100: rounding within the tolerance
            plan(Y1, op("1.1", null, ind("a", null, "14,29 %", 2020, "1"), ind("b", null, "14,29 %", 2020, "1"),
                    ind("c", null, "14,29 %", 2020, "1"), ind("d", null, "14,29 %", 2020, "1"),
                    ind("e", null, "14,26 %", 2020, "1"), ind("f", null, "14,29 %", 2020, "1"),
                    ind("g", null, "14,29 %", 2020, "1")),
                    shares(os("4", null, op("4.1", null, ind("4.1.1", null, null, 2020, "1"))), "40%", "60%"))});
        CASES.put("PESI-PARZIALI", new Object[] {
            plan(Y1, os("1", null, op("1.1", "50%", ind("1.1.1", null, null, 2020, "1")),
                    op("1.2", null, ind("1.2.1", null, null, 2020, "1")))),
            List.of("Sotto l'obiettivo strategico 1 solo 1 elementi su 2 hanno un peso. Indicare il peso di tutti,"
                    + " oppure di nessuno."),
            plan(Y1, os("1", null, op("1.1", null, ind("1.1.1", null, null, 2020, "1")),
                    op("1.2", null, ind("1.2.1", null, null, 2020, "1"))))});
        CASES.put("ANNO-PIANO", new Object[] {
            plan(Y3, op("1.1", null, ind("1.1.1", null, null, 2020, "1", 2021, "2"))),
            List.of("L'anno 2022 del piano ([2020, 2021, 2022]) non compare in nessun target: manca"
                    + " dall'intestazione del documento o la mappatura non lo legge. Aggiungere la colonna dell'anno"
                    + " o correggere gli anni del piano."),
            plan(Y3, op("1.1", null, ind("1.1.1", null, null, 2020, "1", 2021, "2", 2022, "3")))});
        CASES.put("TARGET-ANNO", new Object[] {
            plan(Y3, op("1.1", null, ind("1.1.1", null, null, 2020, "1", 2021, "---", 2022, "3"),
                    ind("1.1.2", null, null, 2020, "100%"),
                    ind("1.1.3", null, null, 2020, "1", 2021, "2", 2022, "3"))),
            List.of("Per l'indicatore 1.1.1 (Indicatore 1.1.1) manca il target per 2021. Indicare il target, oppure"
                    + " \"Anno di rilevazione\" se l'anno serve solo a rilevare il valore.",
                    "Per l'indicatore 1.1.2 (Indicatore 1.1.2) c'è il target solo per il 2020 (mancano 2021, 2022):"
                            + " è un indicatore di un solo anno? Se non lo è, indicare i target degli altri anni."),
            plan(Y3, op("1.1", null, ind("1.1.1", null, null, 2020, "Anno di rilevazione", 2021, "2", 2022, "3")))});
        CASES.put("TARGET-NON-COMPRESO", new Object[] {
            plan(Y1, op("1.1", null, ind("1.1.1", null, null, 2020, "circa il doppio"))),
            List.of("Il target \"circa il doppio\" (2020) dell'indicatore 1.1.1 (Indicatore 1.1.1) non è"
                    + " comprensibile e non potrà essere valutato. Scriverlo come valore (95%), confronto (>= 90%),"
                    + " scadenza (entro il 30/09/2019) o SI/NO."),
            plan(Y1, op("1.1", null, ind("1.1.1", null, null, 2020, "entro il 30/09/2020")))});
        CASES.put("VALORE-FRAZIONE", new Object[] {
            plan(Y1, op("1.1", null, withResult("1.1.1", null, new Object[] {2020, "0,93"}, 2020, ">= 95%"))),
            List.of("Il valore conseguito \"0,93\" (2020) dell'indicatore 1.1.1 (Indicatore 1.1.1) è scritto come"
                    + " frazione di uno e il target \">= 95%\" in percentuale: letto così varrebbe l'1%. Se vale 0,93 x"
                    + " 100%, scriverlo in percentuale."),
            plan(Y1, op("1.1", null, withResult("1.1.1", null, new Object[] {2020, "93%"}, 2020, ">= 95%")))});
        CASES.put("TARGET-VERSO", new Object[] {
            plan(Y3, op("1.1", null, ind("1.1.1", null, null, 2020, "< 2", 2021, "1,45", 2022, "<= 1,4"))),
            List.of("I target dell'indicatore 1.1.1 (Indicatore 1.1.1) cambiano verso: nel 2020 \"< 2\" (più basso è"
                    + " meglio), nel 2021 \"1,45\" (un valore semplice o \">=\": più alto è meglio). Uno dei due anni"
                    + " sarebbe giudicato al contrario: scrivere il confronto in ogni anno (per esempio \"<= 1,45\")."),
            plan(Y3, op("1.1", null, ind("1.1.1", null, null, 2020, "< 2", 2021, "<= 1,45", 2022, "<= 1,4")))});
        CASES.put("TARGET-UNITA", new Object[] {
            plan(Y1, op("1.1", null, ind("1.1.1", "percentuale", null, 2020, "1300"))),
            List.of("Per l'indicatore 1.1.1 (Indicatore 1.1.1) l'unità è \"percentuale\" ma i target \"1300\" (2020)"
                    + " non sono percentuali. Scrivere il target in percentuale o correggere l'unità di misura."),
            plan(Y1, op("1.1", null, ind("1.1.1", "numero", null, 2020, "1300")))});
        CASES.put("STRUTTURE-TARGET", new Object[] {
            plan(Y1, op("1.1", null, units(ind("1.1.1", null, null), true, false))),
            List.of("Per l'indicatore 1.1.1 (Indicatore 1.1.1) le strutture Segreteria hanno il target 2020 e Personale"
                    + " no: senza target una struttura non entra nella media dell'indicatore. Indicare il target di"
                    + " ogni struttura."),
            plan(Y1, op("1.1", null, units(ind("1.1.1", null, null), true, true)))});
        CASES.put("AVANZAMENTO-IN-CALO", new Object[] {
            plan(Y1, op("1.1", null, progress(ind("1.1.1", null, null), "0", "0", "1", "0"))),
            List.of("Per l'indicatore 1.1.1 (Indicatore 1.1.1) l'avanzamento 2020 della struttura Personale scende a 0"
                    + " nel periodo 4, l'ultimo rilevato, da 1 nel periodo 3 (periodi 1: 0; 2: 0; 3: 1; 4: 0): con la"
                    + " regola predefinita il raggiungimento poggia sull'ultimo periodo. Verificare il dato del periodo"
                    + " 4; se è giusto, il raggiungimento resta quello dell'ultimo periodo, oppure si sceglie il periodo"
                    + " (pira report --periodo)."),
            // growing, or equal: no fall
            plan(Y1, op("1.1", null, progress(ind("1.1.1", null, null), "0,2", "0,5", "0,5", "0,7")))});
        CASES.put("CODICE-DUPLICATO", new Object[] {
            plan(Y1, op("1.1", null, ind("1.1.1", null, null, 2020, "1")),
                    op("1.1", null, ind("1.1.2", null, null, 2020, "1"))),
            List.of("Il codice dell'obiettivo operativo 1.1 compare più volte (righe N). Ogni elemento deve"
                    + " avere un codice proprio."),
            plan(Y1, op("1.1", null, ind("1.1.1", null, null, 2020, "1")),
                    op("1.2", null, ind("1.2.1", null, null, 2020, "1")))});
        CASES.put("CODICE-CONDIVISO", new Object[] {
            sharedUnderTwoAreas(),
            List.of("Il codice 1.1 è di 2 obiettivi strategici diversi: «Rafforzamento della competitività» sotto"
                    + " l'area strategica 1 (f.xlsx, foglio s, riga 901) e «Puntuale attuazione della trasparenza»"
                    + " sotto l'area strategica 2 (f.xlsx, foglio s, riga 905). Restano elementi distinti, anche"
                    + " nella sintesi del documento per la Giunta, dove ognuno è indicato con il suo livello"
                    + " superiore. Se sono lo stesso elemento, correggerne il nome; se no, un codice proprio per"
                    + " ognuno evita di confonderli."),
            // the same objective under two missions, each copy with the operational objectives of its mission
            plan(Y1, PlanFixtures.el(Level.MISSIONE, "011", null, List.of(), named(os("3", null,
                    op("3.1", null, ind("3.1.1", null, null, 2020, "1"))), "Imprese solide", 910)),
                    PlanFixtures.el(Level.MISSIONE, "016", null, List.of(), named(os("3", null,
                            op("3.3", null, ind("3.3.1", null, null, 2020, "1"))), "Imprese solide", 911)))});
        CASES.put("CODICE-GERARCHIA", new Object[] {
            plan(Y1, os("2", null, opWith("2.1", null, action("2.1.1", null, ind("2.1.1", null, null, 2020, "1"))),
                    opWith("2.2", null, action("2.1.4", null, ind("2.1.4", null, null, 2020, "1"))))),
            List.of("Il codice dell'azione 2.1.4 indica che appartiene a 2.1, ma si trova sotto l'obiettivo"
                    + " operativo 2.2. Spostarlo sotto 2.1 o correggerne il codice."),
            plan(Y1, os("2", null, opWith("2.1", null, action("2.1.4", null, ind("2.1.4", null, null, 2020, "1")))))});
        CASES.put("ORFANO", new Object[] {
            plan(Y1, os("3", null, opWith("3.1", null, action("3.1.1", null, ind("x", null, null, 2020, "1")),
                    action("3.2.1", null, ind("y", null, null, 2020, "1")),
                    action("3.2.2", null, ind("z", null, null, 2020, "1"))))),
            List.of("Manca l'obiettivo operativo 3.2, che il codice delle azioni 3.2.1 (ora sotto l'obiettivo"
                    + " operativo 3.1), 3.2.2 (ora sotto l'obiettivo operativo 3.1) richiede. Aggiungere l'obiettivo"
                    + " operativo 3.2 o correggere i codici."),
            plan(Y1, os("3", null, opWith("3.2", null, action("3.2.1", null, ind("y", null, null, 2020, "1")))))});
        CASES.put("ESITO-INCOERENTE", new Object[] {
            plan(Y1, op("1.1", null, withResult("1.1.1", "Obiettivo raggiunto", new Object[] {2020, "55%"},
                    2020, ">= 90%"))),
            List.of("Per l'indicatore 1.1.1 (Indicatore 1.1.1) l'esito dichiarato è \"Obiettivo raggiunto\" ma il"
                    + " valore 55% non raggiunge il target >= 90% del 2020. Verificare esito, target e valore"
                    + " conseguito."),
            plan(Y1, op("1.1", null, withResult("1.1.1", "Obiettivo raggiunto", new Object[] {2020, "96%"},
                    2020, ">= 90%")))});
        CASES.put("RAGGIUNGIMENTO-DICHIARATO", new Object[] {
            plan(Y1, op("1.1", null, withStated("1.1.1", "95", new Object[] {2020, "45%"}, 2020, ">= 90%"))),
            List.of("Per l'indicatore 1.1.1 (Indicatore 1.1.1) il documento dichiara un raggiungimento del 95% ma"
                    + " target e valore conseguito del 2020 danno 50% (metodo in docs/calcolo.md). Verificare il valore"
                    + " conseguito o la percentuale dichiarata."),
            plan(Y1, op("1.1", null, withStated("1.1.1", "52", new Object[] {2020, "45%"}, 2020, ">= 90%")))});
        CASES.put("TARGET-MODIFICATO", new Object[] {
            joined("30/09/2020", "Entro 31.12"),
            List.of("Per l'indicatore 1.1.1 (Indicatore 1.1.1) il target 2020 adottato con il piano è \"30/09/2020\""
                    + " e la Relazione scrive \"Entro 31.12\": una modifica vale solo se la Giunta l'ha adottata"
                    + " (rimodulazione). Il documento per la Giunta mostra entrambi e calcola il raggiungimento con il"
                    + " target del piano, salvo scelta diversa della Camera."),
            joined("95%", ">= 95%")});
        CASES.put("LIVELLO-VUOTO", new Object[] {
            plan(Y1, os("1", null, op("1.1", null))),
            List.of("Per l'obiettivo operativo 1.1 (Elemento 1.1) non c'è nessun indicatore né alcun livello"
                    + " inferiore: non si potrà misurare. Aggiungere almeno un indicatore."),
            plan(Y1, os("1", null, op("1.1", null, ind("1.1.1", null, null, 2020, "1"))))});
        CASES.put("IMPORTAZIONE", new Object[] {
            withNotes(plan(Y1, op("1.1", null, ind("1.1.1", null, null, 2020, "1"))),
                    new ImportNote("ERRORE-FORMULA", "la formula dà errore #DIV/0!",
                            Location.ofCell("f.xlsx", "s", 9, 3))),
            List.of("la formula dà errore #DIV/0!. Correggere la formula nel foglio di calcolo e importare di nuovo."),
            plan(Y1, op("1.1", null, ind("1.1.1", null, null, 2020, "1")))});
        CASES.put("VALORE-OCR", new Object[] {
            plan(Y1, op("1.1", null, readByOcr(withResult("1.1.1", null, new Object[] {2020, "21"}, 2020, "> 90%")),
                    ind("1.1.2", null, null, 2020, "1"))),
            List.of("Da verificare sull'originale: l'indicatore 1.1.1 (Indicatore 1.1.1), letto con l'OCR da"
                    + " un'immagine a pagina 41: nome \"Indicatore 1.1.1\", target 2020 \"> 90%\", conseguito 2020"
                    + " \"21\"."),
            plan(Y1, op("1.1", null, withResult("1.1.1", null, new Object[] {2020, "21"}, 2020, "> 90%")))});
    }

    /** The indicator as read from page 41 of a PDF whose table was a picture: every place marked as OCR. */
    private static pira.model.Indicator readByOcr(pira.model.Indicator i) {
        java.util.function.UnaryOperator<pira.model.Value> ocr = v -> v == null ? null
                : new pira.model.Value(v.raw(), v.parsed(), new Location("f.pdf", null, 41, null, null, 3, 4, null, true));
        java.util.TreeMap<Integer, pira.model.Value> targets = new java.util.TreeMap<>();
        i.targets().forEach((y, v) -> targets.put(y, ocr.apply(v)));
        java.util.TreeMap<Integer, pira.model.Value> actuals = new java.util.TreeMap<>();
        i.actuals().forEach((y, v) -> actuals.put(y, ocr.apply(v)));
        return new pira.model.Indicator(i.code(), i.name(), null, null, null, null, null, ocr.apply(i.weight()), false,
                null, null, targets, i.thresholds(), actuals, null, null, null, null,
                new Location("f.pdf", null, 41, null, null, 3, null, null, true), null, null, null);
    }

    /** The indicator assigned to two units, "Segreteria" with a 2020 target and "Personale" with one or not. */
    private static pira.model.Indicator units(pira.model.Indicator i, boolean first, boolean second) {
        List<pira.model.AssignedUnit> units = List.of(
                new pira.model.AssignedUnit("Segreteria", first ? new java.util.TreeMap<>(java.util.Map.of(2020,
                        PlanFixtures.v("100%"))) : null, null, null, null),
                new pira.model.AssignedUnit("Personale", second ? new java.util.TreeMap<>(java.util.Map.of(2020,
                        PlanFixtures.v("100%"))) : null, null, null, null));
        return new pira.model.Indicator(i.code(), i.name(), null, null, null, null, null, null, false, null, null,
                i.targets(), i.thresholds(), i.actuals(), null, null, null, null, i.provenance(), null, units, null);
    }

    /** The indicator assigned to Segreteria (progress 1 in every quarter) and Personale, {@code personale}. */
    private static pira.model.Indicator progress(pira.model.Indicator i, String... personale) {
        java.util.TreeMap<String, pira.model.Value> segreteria = new java.util.TreeMap<>();
        java.util.TreeMap<String, pira.model.Value> own = new java.util.TreeMap<>();
        for (int q = 1; q <= personale.length; q++) {
            segreteria.put(String.valueOf(q), fraction("1"));
            own.put(String.valueOf(q), fraction(personale[q - 1]));
        }
        List<pira.model.AssignedUnit> units = List.of(
                new pira.model.AssignedUnit("Segreteria", null, null, null, null,
                        new java.util.TreeMap<>(Map.of(2020, segreteria))),
                new pira.model.AssignedUnit("Personale", null, null, null, null,
                        new java.util.TreeMap<>(Map.of(2020, own))));
        return new pira.model.Indicator(i.code(), i.name(), null, null, null, null, null, null, false, null, null,
                i.targets(), i.thresholds(), i.actuals(), null, null, null, null, i.provenance(), null, units, null);
    }

    private static pira.model.Value fraction(String raw) {
        return new pira.model.Value(raw, pira.value.ValueParser.parseFraction(raw),
                Location.ofCell("f.csv", "s", 1, 5));
    }

    static Stream<Arguments> cases() {
        return CASES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void firesOnItsFixtureAndNotOnTheCleanOne(String id, Plan firing, List<String> messages, Plan clean) {
        Rule rule = Rules.ALL.stream().filter(r -> r.info().id().equals(id)).findFirst().orElseThrow();
        ValidationContext context = ValidationContext.defaults();
        List<Finding> found = rule.run(firing, context);
        // fixture rows come from a shared counter: compare row lists as "righe N"
        assertThat(found).extracting(f -> f.message().replaceAll("righe [0-9, ]+\\)", "righe N)"))
                .containsExactlyElementsOf(messages);
        assertThat(found).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo(id);
            assertThat(f.location()).isNotNull();
        });
        assertThat(rule.run(clean, context)).isEmpty();
    }

    /** Issue 14: no value to judge, but a declared percentage that says the opposite of the declared outcome. */
    @org.junit.jupiter.api.Test
    void aDeclaredOutcomeAgainstTheDeclaredPercentage() {
        pira.model.Indicator declared = PlanFixtures.withResult("1.1.1", "Obiettivo raggiunto", new Object[] {}, 2020,
                ">= 90%");
        pira.model.Indicator both = new pira.model.Indicator(declared.code(), declared.name(), null, null, null, null,
                null, null, false, null, null, declared.targets(), List.of(), declared.actuals(), declared.outcome(),
                PlanFixtures.v("55"), null, null, declared.provenance(), null, null, null);
        Rule rule = Rules.ALL.stream().filter(r -> r.info().id().equals("ESITO-INCOERENTE")).findFirst().orElseThrow();
        assertThat(rule.run(plan(Y1, op("1.1", null, both)), ValidationContext.defaults()))
                .extracting(Finding::message).containsExactly("Per l'indicatore 1.1.1 (Indicatore 1.1.1) l'esito"
                        + " dichiarato è \"Obiettivo raggiunto\" ma il raggiungimento dichiarato è del 55%. Verificare"
                        + " quale dei due è giusto.");
    }

    @ParameterizedTest(name = "tolleranza {0}")
    @MethodSource("tolerances")
    void toleranceIsConfigurable(String tolerance, int expected) {
        Plan p = plan(Y1, op("1.1", null, ind("a", null, "50%", 2020, "1"), ind("b", null, "50,5%", 2020, "1")));
        Rule rule = Rules.ALL.get(0);
        assertThat(rule.run(p, new ValidationContext(new BigDecimal(tolerance)))).hasSize(expected);
    }

    /**
     * Objective 1.1 of area 1 and another 1.1, with another name, of area 2, each with an operational objective 1.1.1:
     * and objective 3 under two missions.
     */
    static Plan sharedUnderTwoAreas() {
        return plan(Y1,
                named(PlanFixtures.el(Level.AREA, "1", null, List.of(), named(os("1.1", null,
                        op("1.1.1", null, ind("1.1.1.a", null, null, 2020, "1"))), "Rafforzamento della competitività",
                        901)), "Competitività", 900),
                named(PlanFixtures.el(Level.AREA, "2", null, List.of(), named(os("1.1", null,
                        op("1.1.1", null, ind("1.1.1.b", null, null, 2020, "1"))),
                        "Puntuale attuazione della trasparenza", 905),
                        PlanFixtures.el(Level.MISSIONE, "011", null, List.of(), named(os("3", null,
                                op("3.1", null, ind("3.1.1", null, null, 2020, "1"))), "Imprese solide", 907)),
                        PlanFixtures.el(Level.MISSIONE, "016", null, List.of(), named(os("3", null,
                                op("3.3", null, ind("3.3.1", null, null, 2020, "1"))), "Imprese solide", 908))),
                        "Trasparenza", 904));
    }

    /** Two elements that share a code, each under its own parent, are a warning, once; not a duplicate (an error). */
    @org.junit.jupiter.api.Test
    void aCodeSharedUnderTwoAreasIsOneWarningAndNotADuplicate() {
        Plan p = sharedUnderTwoAreas();
        List<Finding> all = new Validator(ValidationContext.defaults()).validate(p);
        assertThat(all).filteredOn(f -> f.rule().startsWith("CODICE-")).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("CODICE-CONDIVISO");
            assertThat(f.severity()).isEqualTo(Severity.AVVISO);
            assertThat(f.code()).isEqualTo("1.1");
            assertThat(f.location().row()).isEqualTo(905);
        });
        // under one parent, the same two names are still two elements with one code: an error
        Plan underOne = plan(Y1, named(PlanFixtures.el(Level.AREA, "1", null, List.of(),
                named(os("1.1", null, op("1.1.1", null, ind("x", null, null, 2020, "1"))), "Rafforzamento", 921),
                named(os("1.1", null, op("1.1.2", null, ind("y", null, null, 2020, "1"))), "Puntuale attuazione",
                        922)), "Competitività", 920));
        assertThat(new Validator(ValidationContext.defaults()).validate(underOne))
                .filteredOn(f -> f.rule().startsWith("CODICE-")).extracting(Finding::rule)
                .containsExactly("CODICE-DUPLICATO");
    }

    static Stream<Arguments> tolerances() {
        return Stream.of(Arguments.of("0.05", 1), Arguments.of("0.5", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void theSameStrategicObjectiveUnderTwoMissionsIsNotADuplicate(Level level) {
        Plan p = plan(Y1,
                PlanFixtures.el(Level.MISSIONE, "011", null, List.of(), os("3", null,
                        op("3.1", null, ind("3.1.1", null, null, 2020, "1")))),
                PlanFixtures.el(Level.MISSIONE, "016", null, List.of(), os("3", null,
                        op("3.3", null, ind("3.3.1", null, null, 2020, "1")))));
        assertThat(Rules.ALL.stream().filter(r -> r.info().id().equals("CODICE-DUPLICATO")).findFirst().orElseThrow()
                .run(p, ValidationContext.defaults())).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void programmeCodesAreNotPartOfTheObjectivesHierarchy() {
        // regression: "Manca il programma 4" for objectives 4.1 and 4.3 sitting under programme 005
        Plan p = plan(Y1, PlanFixtures.el(Level.PROGRAMMA, "005", null, List.of(),
                op("4.1", null, ind("4.1.1", null, null, 2020, "1")), op("4.3", null, ind("4.3.1", null, null, 2020, "1"))));
        for (String id : List.of("ORFANO", "CODICE-GERARCHIA")) {
            assertThat(Rules.ALL.stream().filter(r -> r.info().id().equals(id)).findFirst().orElseThrow()
                    .run(p, ValidationContext.defaults())).as(id).isEmpty();
        }
    }

    static Stream<Level> levels() {
        return Stream.of(Level.OBIETTIVO_STRATEGICO);
    }

    /** A plan with target {@code planned} joined with a Relazione that writes {@code reported} for the same year. */
    private static pira.model.Plan joined(String planned, String reported) {
        return pira.pipeline.PlanJoiner.join(plan(Y1, op("1.1", null, ind("1.1.1", null, null, 2020, planned))),
                plan(Y1, op("1.1", null, ind("1.1.1", null, null, 2020, reported))));
    }
}
