package pira.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pira.model.Element;
import pira.model.ImportNote;
import pira.model.Level;

/** Issue 26: the probes' sequences give one element with its code, whatever the order of the readings. */
class TreeBuilderIdentityTest {

    private static ElementBuilder area(String code, String name) {
        return new ElementBuilder(Level.AREA, code, name, null, null, null);
    }

    private static List<Element> read(ElementBuilder... readings) {
        TreeBuilder tree = new TreeBuilder(2, new ArrayList<ImportNote>());
        for (ElementBuilder r : readings) {
            tree.open(0, r);
        }
        return tree.build();
    }

    @Test
    void aNameAdoptedLaterIsFoundByIt() {
        // area "1" without a name, then "1 Competitività", another area, then the name alone: two areas, not three
        List<Element> roots = read(area("1", null), area("1", "Competitività"), area("2", "Sostenibilità"),
                area(null, "Competitività"));
        assertThat(roots).extracting(Element::code).containsExactly("1", "2");
        assertThat(roots).extracting(Element::name).containsExactly("Competitività", "Sostenibilità");
    }

    @Test
    void aCodeAdoptedLaterIsKeptWhetherTheFirstIsOpenOrNot() {
        // while the first is open: merged, and the code is not lost
        assertThat(read(area(null, "Competitività"), area("1", "Competitività"))).singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo("1"));
        // with another element opened in between: the same, not a second "Competitività"
        List<Element> roots = read(area(null, "Competitività"), area("2", "Sostenibilità"),
                area("1", "Competitività"));
        assertThat(roots).extracting(Element::code).containsExactly("1", "2");
        assertThat(roots).extracting(Element::name).containsExactly("Competitività", "Sostenibilità");
    }
}
