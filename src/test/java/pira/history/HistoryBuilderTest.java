package pira.history;

import static org.assertj.core.api.Assertions.assertThat;
import static pira.history.HistoryFixtures.MILANO;
import static pira.history.HistoryFixtures.doc;
import static pira.history.HistoryFixtures.ind;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How documents of a chamber join into one history per indicator (javadoc of HistoryBuilder). */
class HistoryBuilderTest {

    private static final String PIRA = "pira-2019-2021.pdf";
    private static final String REL = "relazione-2019.pdf";

    @Test
    void sameCodeJoinsAndEachYearKeepsWhatEveryDocumentSays() {
        History h = HistoryBuilder.of(List.of(
                doc(REL, MILANO, "relazione", List.of(2019),
                        ind(REL, 7, "1.4.4", "N. nuovi rilasci SPID", 2019, "2.000", 2019, "=N. 3.353 nuovi rilasci")),
                doc(PIRA, MILANO, "pira", List.of(2019, 2020, 2021),
                        ind(PIRA, 12, "1.4.4", "Numero nuovi rilasci SPID", 2019, "2000", 2020, "+10%"))));
        assertThat(h.documents()).extracting(HistoryDocument::document).containsExactly(PIRA, REL);
        EnteHistory e = h.entes().get(0);
        assertThat(e.indicators()).hasSize(1);
        IndicatorHistory i = e.indicators().get(0);
        assertThat(i.members()).extracting(Member::document, Member::pairedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PIRA, "primo"),
                        org.assertj.core.groups.Tuple.tuple(REL, "codice"));
        YearHistory y2019 = i.years().get(0);
        assertThat(y2019.targets()).extracting(Statement::raw, Statement::document)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2000", PIRA),
                        org.assertj.core.groups.Tuple.tuple("2.000", REL));
        assertThat(y2019.actuals()).extracting(Statement::raw).containsExactly("N. 3.353 nuovi rilasci");
        assertThat(y2019.actuals().get(0).place()).isEqualTo(REL + ", pagina 1, riga 7, colonna 5");
        assertThat(i.years()).extracting(YearHistory::year).containsExactly(2019, 2020);
        // "2000" and "2.000" say the same: no finding, and nothing unpaired
        assertThat(e.discrepancies()).isEmpty();
        assertThat(e.unpaired()).isEmpty();
    }

    @Test
    void theSameYearStatedDifferentlyIsAFindingWithBothSources() {
        History h = HistoryBuilder.of(List.of(
                doc(PIRA, MILANO, "pira", List.of(2019, 2020, 2021),
                        ind(PIRA, 3, "1.2.1", "N. imprese che utilizzano servizio SUAP", 2020, "5000")),
                doc("pira-2020-2022.pdf", MILANO, "pira", List.of(2020, 2021, 2022),
                        ind("pira-2020-2022.pdf", 4, "1.2.1", "N. imprese che utilizzano il servizio SUAP", 2020,
                                "5.500", 2019, "=5.866")),
                doc(REL, MILANO, "relazione", List.of(2019),
                        ind(REL, 5, "1.2.1", "N. imprese che utilizzano il servizio SUAP", 2019, "=5.900"))));
        EnteHistory e = h.entes().get(0);
        assertThat(e.discrepancies()).extracting(Discrepancy::indicator, Discrepancy::year, Discrepancy::what)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.2.1", 2019, "valore conseguito"),
                        org.assertj.core.groups.Tuple.tuple("1.2.1", 2020, "target"));
        assertThat(e.discrepancies().get(1).sources()).extracting(Statement::raw, Statement::document)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("5000", PIRA),
                        org.assertj.core.groups.Tuple.tuple("5.500", "pira-2020-2022.pdf"));
    }

    @Test
    void aChangedCodeJoinsByNameAndAlikeNamesAreOnlyListed() {
        History h = HistoryBuilder.of(List.of(
                doc(PIRA, MILANO, "pira", List.of(2019),
                        ind(PIRA, 1, "2.4.1", "N. procedimenti di mediazione gestiti in campo ambientale", 2019, "10"),
                        ind(PIRA, 2, "3.2.2", "Numero imprese assistite sportello credito", 2019, "100")),
                doc("pira-2020-2022.pdf", MILANO, "pira", List.of(2020),
                        ind("pira-2020-2022.pdf", 1, "2.3.1", "N. procedimenti di mediazione gestiti in campo"
                                + " ambientale", 2020, "12"),
                        ind("pira-2020-2022.pdf", 2, "3.2.5", "Numero imprese assistite sportello finanza", 2020,
                                "120"))));
        EnteHistory e = h.entes().get(0);
        assertThat(e.indicators()).extracting(IndicatorHistory::key).containsExactly("2.4.1", "3.2.2", "3.2.5");
        Member byName = e.indicators().get(0).members().get(1);
        assertThat(byName.code()).isEqualTo("2.3.1");
        assertThat(byName.pairedBy()).isEqualTo("nome");
        assertThat(byName.similarity()).isEqualTo(1.0);
        // 4 of 6 words in common: 0,67, between 0,5 and 0,8: listed, not joined
        assertThat(e.uncertain()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo("nomi simili");
            assertThat(p.similarity()).isEqualTo(0.67);
            assertThat(p.first().code()).isEqualTo("3.2.2");
            assertThat(p.second().code()).isEqualTo("3.2.5");
        });
        assertThat(e.unpaired()).containsExactly("3.2.2", "3.2.5");
    }

    @Test
    void aCodeReusedForAnotherIndicatorIsNotJoined() {
        History h = HistoryBuilder.of(List.of(
                doc(PIRA, MILANO, "pira", List.of(2019), ind(PIRA, 1, "1.1.5", "Ricognizione dei crediti derivanti da"
                        + " diritto annuale", 2019, "1300")),
                doc(REL, MILANO, "relazione", List.of(2019), ind(REL, 1, "1.1.5", "Riduzione n. solleciti", 2019,
                        "-5%"))));
        EnteHistory e = h.entes().get(0);
        assertThat(e.indicators()).extracting(IndicatorHistory::key).containsExactly("1.1.5", "1.1.5 (2)");
        assertThat(e.uncertain()).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo("stesso codice, nomi diversi");
            assertThat(p.second().name()).isEqualTo("Riduzione n. solleciti");
        });
        assertThat(e.discrepancies()).isEmpty();
    }

    @Test
    void chambersAreKeptApart() {
        History h = HistoryBuilder.of(List.of(
                doc(PIRA, MILANO, "pira", List.of(2019), ind(PIRA, 1, "1.1.1", "Grado di utilizzo del budget", 2019,
                        "95%")),
                doc("sondrio.xlsx", "Camera di commercio di Sondrio", "piano", List.of(2019),
                        ind("sondrio.xlsx", 1, "1.1.1", "Grado di utilizzo del budget", 2019, "90%"))));
        assertThat(h.entes()).extracting(EnteHistory::ente).containsExactly(MILANO, "Camera di commercio di Sondrio");
        assertThat(h.entes()).allSatisfy(e -> {
            assertThat(e.indicators()).singleElement().satisfies(i -> assertThat(i.members()).hasSize(1));
            assertThat(e.discrepancies()).isEmpty();
        });
        assertThat(pira.history.report.HistoryText.render(h)).startsWith("Documenti di 2 enti diversi: ogni ente ha"
                + " la sua storia");
    }

    @Test
    void referencesGiveTheActualsOfAYearWithTheirDocument() {
        History h = HistoryBuilder.of(List.of(doc(REL, MILANO, "relazione", List.of(2019),
                ind(REL, 7, "1.4.4", "N. nuovi rilasci SPID", 2019, "2.000", 2019, "=N. 3.353 nuovi rilasci"))));
        var refs = HistoryReferences.of(h, MILANO);
        var plan2020 = ind("pira-2020-2022.pdf", 3, "1.4.4", "N. nuovi rilasci SPID", 2020, "+10%");
        assertThat(refs.actuals(plan2020, 2019)).singleElement().satisfies(s -> {
            assertThat(s.document()).isEqualTo(REL);
            assertThat(s.value().raw()).isEqualTo("N. 3.353 nuovi rilasci");
        });
        assertThat(refs.actuals(plan2020, 2018)).isEmpty();
        // a history made with the indicator's own document finds it as it joined it: 1.4.3 renumbered 1.4.5
        var adesioni = ind("pira-2020-2022.pdf", 4, "1.4.5", "N. nuove adesioni alla piattaforma Impresa.Italia.it",
                2020, "+10%");
        History joined = HistoryBuilder.of(List.of(doc(REL, MILANO, "relazione", List.of(2019),
                ind(REL, 6, "1.4.3", "N. nuove adesioni alla piattaforma Impresa.Italia.it", 2019, "=29.462")),
                doc("pira-2020-2022.pdf", MILANO, "pira", List.of(2020), adesioni)));
        assertThat(HistoryReferences.of(joined, MILANO).actuals(adesioni, 2019)).extracting(s -> s.value().raw())
                .containsExactly("29.462");
        assertThat(HistoryReferences.of(h, "Camera di commercio di Sondrio").actuals(plan2020, 2019)).isEmpty();
    }
}
