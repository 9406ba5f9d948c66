package pira.validation.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import pira.validation.Rule;

/** Writes {@code docs/regole.md} from the rules' own metadata and {@code rules-doc.properties}. */
public final class RuleDocs {

    private static final Properties DOCS = new Properties();

    static {
        try (InputStream in = RuleDocs.class.getResourceAsStream("/pira/validation/rules-doc.properties")) {
            DOCS.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RuleDocs() {
    }

    /** The rule's one line: what it checks ("Ogni indicatore ha un target per ogni anno del piano."). */
    public static String summary(String id) {
        return Rules.ALL.stream().filter(r -> r.info().id().equals(id)).map(r -> r.info().summary()).findFirst()
                .orElse("");
    }

    /** What the rule checks, in a few sentences, as docs/regole.md says it. */
    public static String description(String id) {
        return DOCS.getProperty(id + ".controllo", "");
    }

    public static boolean documented(String id) {
        return DOCS.containsKey(id + ".controllo") && DOCS.containsKey(id + ".esempio")
                && DOCS.containsKey(id + ".correzione");
    }

    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Regole di validazione\n\n")
                .append("Questo file è generato dalle regole stesse (`RuleDocs`) e un test controlla che sia")
                .append(" aggiornato: per riscriverlo, `mvn verify -Dgolden.update=true`.\n\n")
                .append("`pira validate` applica tutte le regole a ogni documento. Gravità: **errore** (l'uscita è 1),")
                .append(" **avviso**, **informazione**. Ogni rilievo dice dove (file, foglio, riga, colonna, codice),")
                .append(" che cosa non va e che cosa fare.\n\n")
                .append("| id | gravità | controlla |\n|---|---|---|\n");
        for (Rule r : Rules.ALL) {
            sb.append("| [").append(r.info().id()).append("](#").append(r.info().id().toLowerCase(java.util.Locale.ROOT))
                    .append(") | ").append(r.info().severity().id()).append(" | ").append(r.info().summary())
                    .append(" |\n");
        }
        for (Rule r : Rules.ALL) {
            String id = r.info().id();
            sb.append("\n## ").append(id).append("\n\n")
                    .append("Gravità: ").append(r.info().severity().id()).append(".\n\n")
                    .append(DOCS.getProperty(id + ".controllo")).append("\n\n")
                    .append("**Esempio.** ").append(DOCS.getProperty(id + ".esempio")).append("\n\n")
                    .append("**Come correggere.** ").append(DOCS.getProperty(id + ".correzione")).append("\n");
        }
        return sb.toString();
    }
}
