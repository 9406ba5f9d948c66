package pira.tools;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs a program outside Java ({@link Tool}): tagged "strumenti" (the fast set leaves them out with
 * {@code -DexcludedGroups=strumenti}), skipped where the program is missing, saying which and how to install it, and
 * never skipped in CI ({@code CI=true}, or {@code -Dpira.strumenti=obbligatori}): there a missing program fails.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("strumenti")
@ExtendWith(NeedsCondition.class)
public @interface Needs {
    Tool[] value();
}
