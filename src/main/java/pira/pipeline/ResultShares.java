package pira.pipeline;

import java.util.ArrayList;
import java.util.List;
import pira.mapping.Mapping;
import pira.model.Element;
import pira.model.Level;
import pira.model.Value;
import pira.value.ValueParser;

/**
 * The mapping's {@code result_shares} put on the elements of their level, for any layout (table, sections, blocks):
 * the shares of an element's own indicators and of its children in its result (docs/calcolo.md, "Per livello"). An
 * element whose document states its shares keeps them. The values have no location: they are the mapping's, not the
 * document's.
 */
final class ResultShares {

    private ResultShares() {
    }

    static List<Element> apply(List<Element> elements, List<Mapping.ResultShare> shares) {
        if (shares.isEmpty()) {
            return elements;
        }
        List<Element> out = new ArrayList<>();
        for (Element e : elements) {
            Value own = e.indicatorsWeight();
            Value below = e.childrenWeight();
            if (own == null && below == null) {
                for (Mapping.ResultShare s : shares) {
                    if (Level.fromId(s.level()) == e.level()) {
                        own = share(s.indicators());
                        below = share(s.children());
                    }
                }
            }
            out.add(new Element(e.level(), e.code(), e.name(), e.description(), e.weight(), own, below,
                    e.provenance(), e.indicators(), apply(e.children(), shares), e.units()));
        }
        return out;
    }

    /** "100%", "40", "62,5 %": a share in percent. */
    private static Value share(String text) {
        String t = text.strip();
        String raw = t.endsWith("%") ? t : t + "%";
        return new Value(raw, ValueParser.parse(raw), null);
    }
}
