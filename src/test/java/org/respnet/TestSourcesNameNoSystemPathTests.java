package org.respnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No test reads a file outside the repository and its declared dependencies: no test source names an
 * absolute path of a machine (a Unix system folder, a macOS one, a Windows drive), so the test command
 * passes on a newcomer's fresh clone as on CI. What a test needs comes from {@code src/test/resources},
 * the repository or a Maven dependency.
 */
class TestSourcesNameNoSystemPathTests {

    private static final Path TEST_SOURCES = Path.of("src/test/java");

    /** The folders of a machine, not of a project; written without their slashes so this file names none. */
    private static final List<String> SYSTEM_FOLDERS = List.of("usr", "etc", "opt", "home", "var", "root", "srv",
            "mnt", "tmp", "bin", "sbin", "lib", "proc", "sys", "dev", "Users", "Library", "Applications", "System",
            "Volumes", "private");

    /** A path from one of those folders (also inside a {@code file://} URI), or from a Windows drive. */
    private static final Pattern SYSTEM_PATH = Pattern.compile(
            "(?<![A-Za-z0-9_.\\-])/(?:" + String.join("|", SYSTEM_FOLDERS) + ")/[^\\s\"'`),;\\\\]*"
                    + "|(?<![A-Za-z0-9])[A-Za-z]:(?:\\\\\\\\|/(?!/))[^\\s\"]*");

    /** The paths a test source may name, each with why it is not a file the tests depend on. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            // Where Debian's chromium and chromium-driver put the browser: looked for, never read; where
            // they are not, the browser tests skip (ChromiumInstalled), and -Dchromium.binary points elsewhere.
            "org/respnet/Chromium.java", Set.of(Chromium.BINARY_DEFAULT, Chromium.DRIVER_DEFAULT),
            // Hostile console queries that must be refused: the tests assert these files are never read.
            "org/respnet/console/HostilePayloads.java", Set.of(unix("etc", "passwd"), unix("etc", "hostname")),
            "org/respnet/console/QueryPolicyTests.java", Set.of(unix("etc", "passwd")),
            "org/respnet/console/CypherConsoleIT.java", Set.of(unix("etc", "passwd")),
            "org/respnet/ClerkSeesNoEnglishIT.java", Set.of(unix("etc", "passwd")));

    /** An absolute Unix path from its parts: this file names none literally, so it is no exception to its check. */
    private static String unix(String... parts) {
        return "/" + String.join("/", parts);
    }

    /** This file names such paths only as the allowed ones and as examples of what the check finds. */
    private static final String SELF = "org/respnet/TestSourcesNameNoSystemPathTests.java";

    @Test
    void noTestSourceNamesAnAbsolutePathOfTheMachine() throws IOException {
        List<String> named = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEST_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = TEST_SOURCES.relativize(file).toString().replace('\\', '/');
                if (relative.equals(SELF)) {
                    continue;
                }
                Matcher m = SYSTEM_PATH.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!ALLOWED.getOrDefault(relative, Set.of()).contains(m.group())) {
                        named.add(relative + ": " + m.group());
                    }
                }
            }
        }
        assertThat(named).as("absolute paths of a machine named in src/test/java (put the file in src/test/resources)")
                .isEmpty();
    }

    @Test
    void theCheckFindsUnixAndWindowsPathsButNotUrls() {
        String font = unix("usr", "share", "fonts", "truetype", "wqy", "wqy-microhei.ttc");
        assertThat(found("Path.of(\"" + font + "\")")).containsExactly(font);
        assertThat(found("LOAD CSV FROM 'file://" + unix("etc", "passwd") + "'")).containsExactly(unix("etc", "passwd"));
        assertThat(found("new File(\"C:\\\\Windows\\\\Fonts\\\\simsun.ttc\")"))
                .containsExactly("C:\\\\Windows\\\\Fonts\\\\simsun.ttc");
        assertThat(found("Path.of(\"D:/data/notice.pdf\")")).containsExactly("D:/data/notice.pdf");
        assertThat(found("\"/api/units/市发改委\", \"http://127.0.0.1:8080/etc/x\", \"bolt://127.0.0.1:7687\", "
                + "\"cypher/unit-workload.cypher\", \"src/test/resources/fonts/x.ttf\"")).isEmpty();
    }

    private static List<String> found(String source) {
        return SYSTEM_PATH.matcher(source).results().map(m -> m.group()).toList();
    }
}
