package pira.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The name and version of pira, from the build (pom.xml), as the command line, the reports and the archives say it. */
public final class Version {

    public static final String NAME = "pira " + read();

    private Version() {
    }

    private static String read() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/pira/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // a build without the file says so below
        }
        return p.getProperty("version", "(versione sconosciuta)");
    }
}
