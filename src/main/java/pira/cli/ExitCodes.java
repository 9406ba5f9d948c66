package pira.cli;

/** The exit codes of every command; the CLI is the only place that exits. */
public final class ExitCodes {

    /** Everything went well (warnings allowed). */
    public static final int OK = 0;
    /** The inputs were read, and the findings include errors. */
    public static final int FINDINGS = 1;
    /** At least one input could not be read or did not fit its mapping. */
    public static final int INPUT_FAILED = 2;
    /** The command line was wrong. */
    public static final int USAGE = 3;
    /** Something failed that is pira's own defect, or the system's (a full disk): said in Italian, never a trace. */
    public static final int INTERNAL = 5;

    private ExitCodes() {
    }
}
