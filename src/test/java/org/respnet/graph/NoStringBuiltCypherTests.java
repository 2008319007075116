package org.respnet.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Queries come from {@code cypher/*.cypher} or constant text, and values travel as parameters: no
 * string literal that reads as Cypher may be glued to other text with {@code +}, {@code String.format}
 * or {@code formatted}. Log and error messages that merely mention a keyword are not Cypher.
 */
class NoStringBuiltCypherTests {

    /** Text that reads as a Cypher clause, not as a sentence that names one. */
    private static final Pattern CYPHER = Pattern.compile(String.join("|",
            "\\b(?:OPTIONAL\\s+)?MATCH\\s*\\(", "\\bMERGE\\s*\\(", "\\bCREATE\\s*[(]", "\\bCREATE\\s+(?:INDEX|CONSTRAINT)\\b",
            "\\bDETACH\\s+DELETE\\b", "\\bDELETE\\s+[a-z_]\\w*\\s*$", "\\bSET\\s+[a-z_]\\w*\\s*[.:+=]", "\\bREMOVE\\s+[a-z_]\\w*[.:]",
            "\\bWHERE\\s+[a-z_]\\w*\\.", "\\b(?:RETURN|WITH)\\s+[^\"]*\\bAS\\s+\\w", "\\bUNWIND\\s+\\S+\\s+AS\\b",
            "\\bCALL\\s+[a-z]+\\.", "\\bCALL\\s*\\{", "\\bLOAD\\s+CSV\\b", "\\)\\s*-\\s*\\[\\s*\\w*\\s*:", "\\]\\s*->\\s*\\("),
            Pattern.MULTILINE);

    @Test
    void mainSourcesBuildNoCypherFromStrings() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String offence : offences(Files.readString(file))) {
                    offences.add(file + ": " + offence);
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "String q = \"MATCH (u:Unit) WHERE u.name = '\" + name + \"' RETURN u\";",
            "session.run(\"MATCH (n:\" + label + \") RETURN n\");",
            "String q = String.format(\"MATCH (n:%s) RETURN count(n) AS c\", label);",
            "String q = \"UNWIND $rows AS row MERGE (u:Unit {key: row.%s})\".formatted(key);",
            "String q = prefix + \"\"\"\n    MATCH (t:Task)\n    RETURN t.id AS id\n    \"\"\";",
            "q = base + \" DETACH DELETE n\";"})
    void flagsQueriesBuiltFromStrings(String source) {
        assertThat(offences(source)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "log.info(\"MATCH took {} ms\", ms);",
            "throw refused(\"only read queries are accepted: start with MATCH, OPTIONAL MATCH,\" + \" WITH or RETURN\");",
            "session.run(\"CALL db.awaitIndexes(60)\").consume();",
            "String q = queries.get(\"unit-workload\"); tx.run(q, Map.of(\"name\", name));",
            "String path = \"cypher/\" + name + \".cypher\";",
            "// String q = \"MATCH (n) RETURN n\" + more;",
            "message = write.group(1) + \" is refused: the console is read-only\";"})
    void letsMessagesAndNamedQueriesThrough(String source) {
        assertThat(offences(source)).isEmpty();
    }

    /** Cypher-looking literals in {@code source} that are concatenated or formatted. */
    static List<String> offences(String source) {
        List<String> offences = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        List<int[]> literals = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end;
                literals.add(new int[] {code.length(), code.length() + 1});
                texts.add(source.substring(i + 3, end));
                code.append("\"\"");
                i = Math.min(source.length(), end + 3);
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != quote) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                if (quote == '"') {
                    literals.add(new int[] {code.length(), code.length() + 1});
                    texts.add(source.substring(i + 1, Math.min(end, source.length())));
                    code.append("\"\"");
                } else {
                    code.append("' '");
                }
                i = end + 1;
            } else {
                code.append(source.charAt(i++));
            }
        }
        String flat = code.toString();
        for (int k = 0; k < literals.size(); k++) {
            if (!CYPHER.matcher(texts.get(k)).find()) {
                continue;
            }
            String before = flat.substring(0, literals.get(k)[0]).stripTrailing();
            String after = flat.substring(literals.get(k)[1] + 1).stripLeading();
            boolean glued = before.endsWith("+") || after.startsWith("+") || before.endsWith("+=")
                    || before.matches("(?s).*\\bformat\\(\\s*$") || after.startsWith(".formatted(");
            if (glued) {
                offences.add(texts.get(k).strip());
            }
        }
        return offences;
    }
}
