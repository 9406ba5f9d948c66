package pira.history;

import java.util.ArrayList;
import java.util.List;
import pira.achievement.ReferenceValues;
import pira.model.Indicator;

/**
 * The values of other years a history holds, for the calculator's relative targets: an indicator is found in the
 * history of its chamber (best where the history was made with the indicator's own document too: then it is found as
 * the history joined it, renumbered codes included), and the actual values every document states for the year asked
 * are given with their document.
 */
public final class HistoryReferences implements ReferenceValues {

    private final List<IndicatorHistory> indicators;

    private HistoryReferences(List<IndicatorHistory> indicators) {
        this.indicators = indicators;
    }

    /**
     * The references of the chamber {@code ente} in the history, with those of documents that name no chamber (all of
     * them where {@code ente} is null); none where the history does not have it.
     */
    public static ReferenceValues of(History history, String ente) {
        String key = HistoryBuilder.fold(ente);
        return new HistoryReferences(history.entes().stream()
                .filter(e -> ente == null || HistoryBuilder.fold(e.ente()).equals(key)
                        || e.ente().equals(HistoryBuilder.NO_ENTE))
                .flatMap(e -> e.indicators().stream()).toList());
    }

    /**
     * The actual values of the year of the indicator's history: the one that has it as a member (where the history
     * holds the indicator's own document), else one with its code and an alike name, else, without a code, one with a
     * name alike enough.
     */
    @Override
    public List<Stated> actuals(Indicator indicator, int year) {
        List<IndicatorHistory> found = indicators.stream().filter(h -> h.members().stream().anyMatch(m ->
                java.util.Objects.equals(m.code(), indicator.code())
                        && java.util.Objects.equals(m.name(), indicator.name()))).toList();
        if (found.isEmpty()) {
            found = indicators.stream().filter(h -> h.members().stream().anyMatch(m ->
                    m.code() != null && m.code().equals(indicator.code())
                            && NameSimilarity.of(m.name(), indicator.name()) >= NameSimilarity.SAME_CODE)).toList();
        }
        if (found.isEmpty() && indicator.code() == null) {
            found = indicators.stream().filter(h -> h.members().stream().anyMatch(m ->
                    NameSimilarity.of(m.name(), indicator.name()) >= NameSimilarity.SAME)).toList();
        }
        List<Stated> out = new ArrayList<>();
        for (IndicatorHistory h : found) {
            h.years().stream().filter(y -> y.year() == year).flatMap(y -> y.actuals().stream())
                    .forEach(s -> out.add(new Stated(s.value(), s.document())));
        }
        return out;
    }
}
