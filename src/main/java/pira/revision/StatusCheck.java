package pira.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import pira.model.Indicator;
import pira.model.StatusKind;

/**
 * Checks the later revision's status notes against what really changed: "Aggiornato" on an indicator of which
 * nothing changed, a change, an insertion or a removal without a note, a note that says another thing than what
 * happened. Only where the later document uses notes at all: one without any is said once by the comparison
 * ({@link Comparison#notesUsed()}), not for every change.
 */
final class StatusCheck {

    private static final int NAME_LENGTH = 45;

    private final boolean notesUsed;
    private final List<Integer> commonYears;
    private final List<NoteFinding> findings = new ArrayList<>();

    StatusCheck(boolean notesUsed, List<Integer> commonYears) {
        this.notesUsed = notesUsed;
        this.commonYears = commonYears;
    }

    List<NoteFinding> findings() {
        return List.copyOf(findings);
    }

    /** An indicator of both revisions, with what changed of it. */
    void kept(PlanComparison.Entry n, List<Change> differences) {
        Indicator i = n.indicator();
        StatusKind kind = kind(i);
        if (kind == StatusKind.INSERITO) {
            add(NoteFinding.NOTA_INCOERENTE, i, "è segnato \"Inserito\" ma c'era già nel documento precedente"
                    + (differences.isEmpty() ? "" : " (" + describe(differences) + ")")
                    + ". Correggere la nota (\"Aggiornato\" se è cambiato) o il codice.");
        } else if (differences.isEmpty() && kind == StatusKind.AGGIORNATO) {
            add(NoteFinding.AGGIORNATO_SENZA_VARIAZIONI, i, "è segnato \"Aggiornato\" ma non è cambiato nulla: nome,"
                    + " target" + years() + ", peso, unità di misura, responsabile e livello sono quelli del documento"
                    + " precedente. Verificare se manca l'aggiornamento o se la nota è di troppo.");
        } else if (!differences.isEmpty() && i.status() == null && notesUsed) {
            add(NoteFinding.VARIAZIONE_SENZA_NOTA, i, "è cambiato (" + describe(differences) + ") ma non ha una"
                    + " nota. Aggiungere la nota \"Aggiornato in sede di rolling annuale ...\" o verificare la"
                    + " variazione.");
        }
    }

    /** An indicator only the later revision has. */
    void inserted(PlanComparison.Entry n) {
        Indicator i = n.indicator();
        StatusKind kind = kind(i);
        if (i.status() == null && notesUsed) {
            add(NoteFinding.INSERITO_SENZA_NOTA, i, "è nuovo ma non ha la nota \"Inserito in sede di rolling"
                    + " annuale ...\". Aggiungerla, o verificare che non sia un indicatore del documento precedente con"
                    + " un altro codice.");
        } else if (kind == StatusKind.AGGIORNATO) {
            add(NoteFinding.NOTA_INCOERENTE, i, "è segnato \"Aggiornato\" ma il documento precedente non lo ha: è"
                    + " nuovo. Correggere la nota (\"Inserito\"), o il codice se è un indicatore che c'era già.");
        }
    }

    /** An indicator the later revision lists as "Eliminato"; {@code existed}: the earlier one has it. */
    void eliminated(PlanComparison.Entry n, boolean existed) {
        if (!existed) {
            add(NoteFinding.NOTA_INCOERENTE, n.indicator(), "è segnato \"Eliminato\" ma il documento precedente"
                    + " non lo ha. Verificare il codice.");
        }
    }

    /** An indicator of the earlier revision that the later one does not list at all. */
    void gone(PlanComparison.Entry o) {
        if (notesUsed) {
            add(NoteFinding.ELIMINATO_SENZA_NOTA, o.indicator(), "non c'è più e non è elencato con la nota"
                    + " \"Eliminato in sede di rolling annuale ...\". Elencarlo con la nota, o verificare che non"
                    + " manchi per errore.");
        }
    }

    private static StatusKind kind(Indicator i) {
        return i.status() == null ? null : i.status().kind();
    }

    private String years() {
        return commonYears.isEmpty() ? "" : commonYears.stream().map(String::valueOf)
                .collect(Collectors.joining(", ", " (", ")"));
    }

    /** "target 2020: 20% → 22%; responsabile". */
    private static String describe(List<Change> differences) {
        return differences.stream().map(c -> c.what() + ": " + text(c.before()) + " → " + text(c.after()))
                .collect(Collectors.joining("; "));
    }

    private static String text(String s) {
        return s == null ? "—" : abbreviate(s);
    }

    private void add(String rule, Indicator i, String what) {
        findings.add(new NoteFinding(rule, i.code(), i.name(), "L'indicatore " + label(i.code(), i.name()) + " "
                + what));
    }

    /** "1.2.1 (N. imprese che utilizzano servizio SUAP…)". */
    static String label(String code, String name) {
        String shortName = name == null ? "" : abbreviate(name);
        return code == null ? "\"" + shortName + "\"" : code + (shortName.isEmpty() ? "" : " (" + shortName + ")");
    }

    static String abbreviate(String s) {
        String t = pira.value.TextFold.fold(s);
        return t.length() <= NAME_LENGTH ? t : t.substring(0, NAME_LENGTH - 1).stripTrailing() + "…";
    }
}
