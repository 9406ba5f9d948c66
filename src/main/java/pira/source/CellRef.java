package pira.source;

/** Reads A1 cell references. */
final class CellRef {

    private CellRef() {
    }

    /** {row, column}, both 1-based, of a reference such as "AB12". */
    static int[] parse(String ref) {
        int column = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        int row = i < ref.length() ? Integer.parseInt(ref.substring(i)) : 0;
        return new int[] {row, column};
    }
}
