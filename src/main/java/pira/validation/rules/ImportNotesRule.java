package pira.validation.rules;

import pira.model.ImportNote;
import pira.model.Plan;
import pira.validation.Findings;
import pira.validation.Messages;
import pira.validation.Rule;
import pira.validation.RuleInfo;
import pira.validation.Severity;
import pira.validation.ValidationContext;

/** What the importer noticed (rows it could not place, formula errors, hidden rows) becomes a finding. */
@RuleInfo(id = "IMPORTAZIONE", severity = Severity.AVVISO,
        summary = "L'importazione non ha trovato righe non riconosciute, colonne assenti, errori di formula.")
public final class ImportNotesRule implements Rule {

    @Override
    public void check(Plan plan, ValidationContext context, Findings findings) {
        for (ImportNote n : plan.notes()) {
            if (n.code().equals("CODICE-NOME-DIVERSO")) {
                continue; // the two elements it kept apart are reported by CODICE-DUPLICATO, once
            }
            String variant = Messages.has("IMPORTAZIONE." + n.code()) ? n.code() : "altro";
            findings.add(n.isInformation() ? Severity.INFORMAZIONE : Severity.AVVISO, n.location(),
                    null, variant, n.message());
        }
    }
}
