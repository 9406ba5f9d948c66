package pira.model;

/** The name and version of pira, as the command line, the reports and the archives say it. */
public final class Version {

    public static final String NAME = "pira 0.1.0";

    private Version() {
    }
}
