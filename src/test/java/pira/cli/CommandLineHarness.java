package pira.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs pira's command line in the test's JVM and keeps what it printed, for the tests of the commands. */
abstract class CommandLineHarness {

    protected final StringWriter out = new StringWriter();
    protected final StringWriter err = new StringWriter();

    protected int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }
}
