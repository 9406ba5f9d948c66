package pira.validation.rules;

import java.util.ArrayList;
import java.util.List;
import pira.model.Element;
import pira.model.Level;
import pira.model.Plan;
import pira.validation.Findings;
import pira.validation.Rule;
import pira.validation.RuleInfo;
import pira.validation.Severity;
import pira.validation.Tree;
import pira.validation.ValidationContext;

/**
 * An element whose code implies a parent that the plan does not have (actions 3.2.1 and 3.2.2 with no
 * objective 3.2): one finding per missing parent, listing its orphans.
 */
@RuleInfo(id = "ORFANO", severity = Severity.ERRORE,
        summary = "Ogni elemento ha nel piano il livello superiore che il suo codice indica.")
public final class OrphanRule implements Rule {

    @Override
    public void check(Plan plan, ValidationContext context, Findings findings) {
        Placement placement = Placement.of(plan, context.tolerance());
        for (Placement.Orphans o : placement.orphans()) {
            Element first = o.elements().get(0);
            List<String> names = new ArrayList<>();
            for (int k = 0; k < o.elements().size(); k++) {
                names.add(o.elements().get(k).code() + " (ora sotto " + Tree.label(o.parents().get(k)) + ")");
            }
            String levelOfMissing = missingLevel(first, o.parents().get(0)).withArticle();
            String broken = placement.consequences(first);
            findings.add(first.provenance(), first.code(), broken.isEmpty() ? null : "somme", levelOfMissing,
                    o.missing(), o.elements().size() == 1 ? first.level().of() : first.level().pluralOf(),
                    String.join(", ", names), broken);
        }
    }

    /**
     * The level the missing parent has: the parent's own level where the orphan sits under a sibling of the missing
     * one (3.2.1 under objective 3.1), else the level just above the orphan's (3.2.1 directly under objective 3).
     */
    private static Level missingLevel(Element orphan, Element parent) {
        if (orphan.level() == Level.AZIONE && parent.level() != Level.OBIETTIVO_OPERATIVO) {
            return Level.OBIETTIVO_OPERATIVO;
        }
        if (orphan.level() == Level.OBIETTIVO_OPERATIVO && parent.level() != Level.OBIETTIVO_STRATEGICO) {
            return Level.OBIETTIVO_STRATEGICO;
        }
        return parent.level();
    }
}
