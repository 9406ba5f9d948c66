package pira.model;

/** A count with its noun in the right number: "1 avviso", "3 avvisi", "0 errori". */
public final class Counted {

    private Counted() {
    }

    public static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
