package org.respnet.console;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.respnet.graph.CypherQueries;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled named queries of {@code cypher/} that read, offered in the console as examples with
 * their header comment and the parameters they need. Files that write are left out by the console's
 * own policy, so an example can always be run as it is: its header's {@code // 说明：} line describes
 * it in Chinese and its {@code // Example parameters: {...}} line gives working values (JSON).
 */
@Component
class NamedQueryExamples {

    /**
     * One example: file name without {@code .cypher}, its description (the 说明 line, else the header
     * comment), its text, its parameters and their example values.
     */
    record Example(String name, String description, String query, List<String> parameters,
            Map<String, Object> exampleParameters) {
    }

    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");
    private static final String DESCRIPTION = "说明：";
    private static final String EXAMPLE_PARAMETERS = "Example parameters:";
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        if (PlanPolicy.ADMIN_ONLY_LABELS.stream().anyMatch(label -> text.matches("(?s).*:\\s*" + label + "\\b.*"))) {
            return null; // an example every login can run: the audit trail is read at /api/admin/audit
        }
        List<String> header = text.lines().dropWhile(line -> line.strip().startsWith("CYPHER"))
                .takeWhile(line -> line.strip().startsWith("//")).map(line -> line.strip().substring(2).strip())
                .toList();
        String description = header.stream().filter(line -> line.startsWith(DESCRIPTION)).findFirst()
                .map(line -> line.substring(DESCRIPTION.length()).strip())
                .orElseGet(() -> String.join(" ", header.stream().filter(line -> !line.startsWith(EXAMPLE_PARAMETERS)).toList()));
        Map<String, Object> values = new LinkedHashMap<>();
        header.stream().filter(line -> line.startsWith(EXAMPLE_PARAMETERS)).findFirst().ifPresent(line ->
                JSON.readValue(line.substring(EXAMPLE_PARAMETERS.length()).strip(), Map.class)
                        .forEach((k, v) -> values.put(String.valueOf(k), v)));
        Set<String> parameters = new LinkedHashSet<>();
        Matcher m = PARAMETER.matcher(QueryPolicy.codeOf(text));
        while (m.find()) {
            parameters.add(m.group(1));
        }
        return new Example(name, description, text, List.copyOf(parameters), Collections.unmodifiableMap(values));
    }
}
