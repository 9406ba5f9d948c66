package pira.layout;

/**
 * The text a mapping's regular expression is matched against, with a bound on the work: a pattern with nested
 * repetitions ("(\w+\s?){1,40}$") can take longer than the age of the universe on a 91-character row, and would hang
 * the import. Every character the matcher reads counts; past {@link #BUDGET} the match stops with
 * {@link CostlyPatternException}, the same on every run.
 */
final class BoundedText implements CharSequence {

    /** Characters one match may read: thousands of times what a sensible pattern needs on a long row. */
    static final long BUDGET = 5_000_000;

    private final String text;
    private final long[] read;

    private BoundedText(String text, long[] read) {
        this.text = text;
        this.read = read;
    }

    static CharSequence of(String text) {
        return new BoundedText(text, new long[1]);
    }

    @Override
    public char charAt(int index) {
        if (++read[0] > BUDGET) {
            throw new CostlyPatternException(text);
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BoundedText(text.substring(start, end), read);
    }

    @Override
    public String toString() {
        return text;
    }
}
