package org.respnet.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The named queries of {@code cypher/}, one file per question, bundled on the class path so the
 * jar runs anywhere. Queries are never built from strings: values travel as parameters.
 */
@Component
public class CypherQueries {

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** The text of {@code cypher/<name>.cypher}. */
    public String get(String name) {
        return cache.computeIfAbsent(name, CypherQueries::load);
    }

    /** The statements of a multi-statement file such as the schema, split at each closing {@code ;}. */
    public List<String> statements(String name) {
        return Arrays.stream(get(name).split(";\\s*(\\r?\\n|$)"))
                .map(statement -> statement.lines().filter(line -> !line.strip().startsWith("//"))
                        .reduce("", (a, b) -> a + b + "\n").strip())
                .filter(statement -> !statement.isEmpty())
                .toList();
    }

    private static String load(String name) {
        ClassPathResource resource = new ClassPathResource("cypher/" + name + ".cypher");
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("named query cypher/" + name + ".cypher is missing", e);
        }
    }
}
