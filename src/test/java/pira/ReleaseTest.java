package pira;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pira.model.Version;

/**
 * The release as an office gets it: target/pira-VERSION.zip unpacked into a folder whose path has a space and an
 * accent, run through its launcher under a C locale (as cron and services run), on files with accents in their names.
 * Runs in the integration-test phase of mvn verify, after package made the zip.
 */
class ReleaseTest {

    @TempDir
    static Path temp;
    private static Path home;

    @BeforeAll
    static void unzip() throws IOException {
        String version = Version.NAME.substring("pira ".length());
        Path zip = Path.of("target", "pira-" + version + ".zip");
        assertThat(zip).as("il pacchetto si costruisce con mvn package").exists();
        Path into = Files.createDirectories(temp.resolve("Programmi pirà"));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = into.resolve(e.getName()).normalize();
                assertThat(target.startsWith(into)).as(e.getName()).isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        home = into.resolve("pira-" + version);
        Files.setPosixFilePermissions(home.resolve("bin/pira"), Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
    }

    @Test
    void theZipHasTheLaunchersTheLibrariesTheMappingsAndTheDocumentation() throws IOException {
        for (String entry : List.of("bin/pira", "bin/pira.cmd", "pira.jar", "LEGGIMI.txt", "mappings/milano-pira.yaml",
                "docs/README.md", "docs/mappings-README.md", "docs/regole.md", "docs/servizio.md", "docs/plan.schema.json",
                "lib/allenamento/sondrio-piano-2022-2024.xlsx", "lib/allenamento/alessandria-kpi-2020.csv")) {
            assertThat(home.resolve(entry)).as(entry).exists();
        }
        try (var libs = Files.list(home.resolve("lib"))) {
            assertThat(libs.filter(p -> p.toString().endsWith(".jar")).count()).isGreaterThan(20);
        }
        // the Windows launcher: CRLF lines, Java from JAVA_HOME then PATH, UTF-8, the arguments passed as they are
        String cmd = Files.readString(home.resolve("bin/pira.cmd"), StandardCharsets.UTF_8);
        assertThat(cmd).contains("\r\n").doesNotContain("\n\n").contains("%JAVA_HOME%\\bin\\java.exe", "%~$PATH:J",
                "chcp 65001", "-Dfile.encoding=UTF-8", "\"%PIRA_HOME%\\pira.jar\" %*", "\"%CDS%\"",
                "allena \"%PIRA_HOME%\\lib\\allenamento\"");
        // the console's code page put back (issue 27: it stayed on 65001), and the exit code kept through it
        assertThat(cmd).contains("for /f \"tokens=2 delims=:.\" %%C in ('chcp') do set \"PIRA_CP=%%C\"",
                "set \"PIRA_RC=%ERRORLEVEL%\"\r\nif defined PIRA_CP chcp %PIRA_CP% >nul\r\nexit /b %PIRA_RC%");
        assertThat(cmd.indexOf("PIRA_CP=")).isLessThan(cmd.indexOf("chcp 65001"));
        assertThat(Files.readString(home.resolve("bin/pira"))).doesNotContain("\r");
        // LEGGIMI.txt is opened with Notepad too: CRLF lines
        String leggimi = Files.readString(home.resolve("LEGGIMI.txt"), StandardCharsets.UTF_8);
        assertThat(leggimi).contains("\r\n");
        assertThat(leggimi.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void theLauncherRunsImportAndValidateUnderACLocaleOnAccentedNames() throws Exception {
        Path work = Files.createDirectories(temp.resolve("lavoro è"));
        Path csv = Files.copy(Path.of("samples/alessandria-kpi-2020.csv"), work.resolve("kpi è 2020.csv"));
        Result version = launch(work, "-V");
        assertThat(version.code).isZero();
        assertThat(version.out.strip()).isEqualTo(Version.NAME);
        Result help = launch(work, "--help");
        assertThat(help.code).isZero();
        assertThat(help.out).contains("Uso: pira", "import", "validate");
        Result imported = launch(work, "import", csv.toString(), "--out", work.resolve("modelli è").toString());
        assertThat(imported.code).as(imported.err).isZero();
        assertThat(imported.out).contains("kpi è 2020.csv -> ", "1 file importato, 0 non importati.");
        assertThat(work.resolve("modelli è/kpi è 2020.csv.plan.json")).exists();
        Result validated = launch(work, "validate", work.resolve("modelli è/kpi è 2020.csv.plan.json").toString(),
                "--format", "json");
        assertThat(validated.code).as(validated.err).isIn(0, 1);
        // the first run trained on lib/allenamento and archived the classes for the next ones; no JVM message reaches
        // stdout, which stays JSON
        assertThat(home.resolve("lib/pira.jsa")).exists();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(validated.out).at("/files/0/file")
                .asText()).isEqualTo("kpi è 2020.csv.plan.json");
    }

    @Test
    void withoutJavaTheLauncherSaysWhatToInstall() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", home.resolve("bin/pira").toString(), "--help");
        pb.environment().put("PATH", "/usr/bin/no-java-here:/bin");
        pb.environment().remove("JAVA_HOME");
        Result r = run(pb);
        if (Files.isExecutable(Path.of("/bin/java"))) {
            return; // this machine has java in /bin: nothing to hide it behind
        }
        assertThat(r.code).isEqualTo(3);
        assertThat(r.err).contains("pira: serve Java 17 o successivo, e non è stato trovato.");
    }

    /**
     * The release with its own runtime (mvn package -Pruntime) has it in java/: the launcher takes it before JAVA_HOME
     * and PATH. A stand-in that says its name is enough to see which Java runs; it is removed afterwards.
     */
    @Test
    void theReleasesOwnRuntimeComesFirst() throws Exception {
        Path own = Files.createDirectories(home.resolve("java/bin")).resolve("java");
        try {
            Files.writeString(own, "#!/bin/sh\necho \"java della cartella: $*\"\n");
            Files.setPosixFilePermissions(own, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE));
            ProcessBuilder pb = new ProcessBuilder("/bin/sh", home.resolve("bin/pira").toString(), "-V");
            pb.environment().put("JAVA_HOME", "/nessun/java");
            Result r = run(pb);
            assertThat(r.out).startsWith("java della cartella: ").contains("-jar " + home.resolve("pira.jar") + " -V");
        } finally {
            Files.delete(own);
            Files.delete(own.getParent());
            Files.delete(own.getParent().getParent());
        }
    }

    private record Result(int code, String out, String err) {
    }

    private static Result launch(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/pira").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.put("LANG", "C");
        env.remove("LC_ALL");
        env.remove("LC_CTYPE");
        return run(pb);
    }

    private static Result run(ProcessBuilder pb) throws Exception {
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
