package pira.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The Italian texts of the findings, in {@code pira/validation/messages.properties} (UTF-8). */
public final class Messages {

    private static final Properties TEXTS = new Properties();

    static {
        try (InputStream in = Messages.class.getResourceAsStream("/pira/validation/messages.properties")) {
            TEXTS.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Messages() {
    }

    public static boolean has(String key) {
        return TEXTS.containsKey(key);
    }

    /** The text of {@code key} with its arguments, which callers pass already formatted as strings. */
    public static String format(String key, Object... args) {
        String pattern = TEXTS.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("messaggio mancante: " + key);
        }
        return new MessageFormat(pattern, Locale.ITALIAN).format(args);
    }
}
