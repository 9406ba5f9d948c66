package pira;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of pira, checked on the compiled classes (every reference, imported or written in full): each package
 * may use only the packages listed for it (an allow-list), and no two packages use each other, directly or around a
 * circle. A source reader knows nothing of PIRA, the model nothing of anything, a rule nothing of file formats.
 */
class LayersTest {

    /** What each package may use besides itself; every package of pira must be here. */
    private static final Map<String, List<String>> ALLOWED = new TreeMap<>(Map.ofEntries(
            Map.entry("archive", List.of()),
            Map.entry("model", List.of()),
            Map.entry("value", List.of("model")),
            Map.entry("source", List.of("archive", "model")),
            Map.entry("mapping", List.of("model")),
            Map.entry("tree", List.of("model", "value")),
            Map.entry("layout", List.of("mapping", "model", "source", "tree", "value")),
            Map.entry("choice", List.of("layout", "mapping", "model", "source")),
            Map.entry("draft", List.of("choice", "layout", "mapping", "model", "source")),
            Map.entry("achievement", List.of("model", "value")),
            Map.entry("validation", List.of("model")),
            Map.entry("validation.rules", List.of("achievement", "model", "validation", "value")),
            Map.entry("validation.report", List.of("model", "validation", "validation.rules")),
            Map.entry("revision", List.of("model", "value")),
            Map.entry("history", List.of("achievement", "model", "value")),
            Map.entry("history.report", List.of("history", "model")),
            Map.entry("report", List.of("achievement", "archive", "model", "revision", "validation",
                    "validation.rules")),
            Map.entry("pipeline", List.of("achievement", "choice", "layout", "mapping", "model", "source", "tree",
                    "validation", "validation.rules", "validation.report", "value")),
            Map.entry("inbox", List.of("achievement", "archive", "draft", "history", "mapping", "model", "pipeline",
                    "report", "source", "validation", "validation.rules", "validation.report", "value")),
            Map.entry("cli", List.of("achievement", "archive", "choice", "draft", "history", "history.report", "inbox",
                    "layout", "mapping", "model", "pipeline", "report", "revision", "source", "tree", "validation",
                    "validation.rules", "validation.report", "value"))));

    private static JavaClasses pira;

    @BeforeAll
    static void importClasses() {
        pira = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("pira");
    }

    @Test
    void everyPackageUsesOnlyWhatItIsAllowed() {
        List<String> unknown = new ArrayList<>();
        pira.forEach(c -> {
            String pkg = c.getPackageName().replaceFirst("^pira\\.?", "");
            if (!pkg.isEmpty() && !ALLOWED.containsKey(pkg) && !unknown.contains(pkg)) {
                unknown.add(pkg);
            }
        });
        org.assertj.core.api.Assertions.assertThat(unknown).as("packages without their allowed layers").isEmpty();
        ALLOWED.forEach((pkg, allowed) -> {
            List<String> packages = new ArrayList<>(List.of("pira." + pkg));
            allowed.forEach(a -> packages.add("pira." + a));
            classes().that().resideInAPackage("pira." + pkg)
                    .should().onlyDependOnClassesThat(resideOutsideOfPackage("pira..")
                            .or(resideInAnyPackage(packages.toArray(String[]::new))))
                    .because("the layers of pira (" + pkg + " may use " + allowed + ")")
                    .check(pira);
        });
    }

    @Test
    void noPackagesUseEachOther() {
        slices().matching("pira.(**)").should().beFreeOfCycles().check(pira);
    }
}
