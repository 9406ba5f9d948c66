package pira.history;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two indicator names are: the Jaccard index of their words (shared words over all words), the words taken
 * with accents and case folded, three letters or more, the Italian articles and prepositions left out. "Riduzione
 * tempo medio di evasione pratiche RI" and "Riduzione tempo medio di evasione partiche" share 4 of 6 words (RI is too short to count): 0,67.
 */
public final class NameSimilarity {

    /** From here up, two indicators with different codes (or none) are the same indicator. */
    public static final double SAME = 0.8;
    /** From here up to {@link #SAME}, the pair is listed as uncertain and not joined. */
    public static final double UNCERTAIN = 0.5;
    /** Two indicators with the same code are the same one from here up; below, a code used for two indicators. */
    public static final double SAME_CODE = 0.3;

    private static final Set<String> STOP = Set.of("del", "dei", "della", "delle", "dello", "degli", "dal", "dalla",
            "dai", "nel", "nella", "nei", "nelle", "per", "con", "sul", "sulla", "sui", "tra", "fra", "gli", "le", "una",
            "uno", "che", "alla", "alle", "allo", "agli", "anno");

    private NameSimilarity() {
    }

    public static double of(String a, String b) {
        return of(words(a), words(b));
    }

    /** The similarity of two names by their {@link #words}, computed once each where many pairs are tried. */
    static double of(Set<String> wa, Set<String> wb) {
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Set<String> all = new LinkedHashSet<>(wa);
        all.addAll(wb);
        long common = wa.stream().filter(wb::contains).count();
        return (double) common / all.size();
    }

    static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        if (s == null) {
            return out;
        }
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        for (String w : ascii.split("[^a-z0-9]+")) {
            if (w.length() >= 3 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }
}
