package pira.tree;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pira.model.Level;

class ElementBuilderTest {

    /** Issue 26: a new description line contained in an old one was dropped; the same lines again are not added. */
    @Test
    void aDescriptionLineIsDroppedOnlyWhenItIsAlreadyALine() {
        ElementBuilder e = new ElementBuilder(Level.OBIETTIVO_OPERATIVO, "1.1", "Innovazione", null, null,
                "Promuovere la digitalizzazione delle imprese");
        e.appendDescription("digitalizzazione");
        e.appendDescription("Promuovere la digitalizzazione delle imprese");
        e.appendDescription("digitalizzazione");
        assertThat(e.build().description()).isEqualTo("Promuovere la digitalizzazione delle imprese\ndigitalizzazione");
    }
}
