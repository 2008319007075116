package org.respnet.console;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.respnet.graph.CypherQueries;
import org.springframework.stereotype.Component;

/**
 * The bundled named queries of {@code cypher/} that read, offered in the console as examples with
 * their header comment and the parameters they need. Files that write are left out by the console's
 * own policy, so an example can always be run as it is.
 */
@Component
class NamedQueryExamples {

    /** One example: file name without {@code .cypher}, its header comment, its text and its parameters. */
    record Example(String name, String description, String query, List<String> parameters) {
    }

    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    private final List<Example> examples;

    NamedQueryExamples(CypherQueries queries) {
        this.examples = queries.files().stream()
                .map(file -> example(file, queries.text(file).strip()))
                .filter(Objects::nonNull)
                .toList();
    }

    List<Example> all() {
        return examples;
    }

    private static Example example(String name, String text) {
        try {
            QueryPolicy.check(text, Integer.MAX_VALUE);
        } catch (QueryRefusedException writes) {
            return null;
        }
        String description = text.lines().takeWhile(line -> line.strip().startsWith("//"))
                .map(line -> line.strip().substring(2).strip())
                .reduce((a, b) -> a + " " + b).orElse("");
        Set<String> parameters = new LinkedHashSet<>();
        Matcher m = PARAMETER.matcher(QueryPolicy.codeOf(text));
        while (m.find()) {
            parameters.add(m.group(1));
        }
        return new Example(name, description, text, List.copyOf(parameters));
    }
}
