package pira.draft;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pira.layout.Text;

/** What a cell's text looks like to a draft: a label of a header, a value of a data row, a dotted code. */
final class Cells {

    /** Longer than this, a text is a name or a description in a data row, not a column's label. */
    private static final int LABEL_LENGTH = 60;
    private static final Pattern YEAR = Pattern.compile("^(?:19|20)\\d\\d$");
    /** A dotted code alone ("1", "1.1", "3.1.") or before a name ("1.1 - Name", "3 NAME"); group 1 the code. */
    private static final Pattern CODE = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?(?:$|\\s*[-\u2013]\\s+\\S|\\s+\\S)");
    private static final Pattern CODE_ONLY = Pattern.compile("^[A-Za-z]{0,4} ?\\d+(?:[.\\-/_]\\d+)*\\.?$");
    /** A text that starts like a quantity or a code: a digit, a sign, a comparison. */
    private static final Pattern VALUE_START = Pattern.compile("^[\\d<>=\u2264\u2265+\\-\u20ac$%]");

    enum Kind { EMPTY, LABEL, VALUE }

    private Cells() {
    }

    /**
     * A label has letters, is short and has no figures but a year ("Target 2022", "Peso", "2023"); a value starts
     * like a figure ("80%", "1.1 - Name", ">= 3") or is long; a cell without letters or digits ("-") says nothing.
     */
    static Kind kind(String cell) {
        String text = Text.fold(cell);
        if (!Text.saysSomething(text)) {
            return Kind.EMPTY;
        }
        if (YEAR.matcher(text).matches()) {
            return Kind.LABEL;
        }
        boolean letters = text.codePoints().anyMatch(Character::isLetter);
        if (!letters || text.length() > LABEL_LENGTH || VALUE_START.matcher(text).find()) {
            return Kind.VALUE;
        }
        return Kind.LABEL;
    }

    static boolean year(String text) {
        return YEAR.matcher(text).matches();
    }

    /** The depth of the dotted code the text starts with ("1.1 - Name": 2), 0 without one. */
    static int codeDepth(String text) {
        Matcher m = CODE.matcher(text);
        return m.find() && !year(m.group(1)) ? m.group(1).split("\\.").length : 0;
    }

    /** Whether the text is a code and nothing else: "1.1", "3.1.", "011-005-001", "OS1.1". */
    static boolean codeOnly(String text) {
        return CODE_ONLY.matcher(text).matches() && !year(text);
    }
}
