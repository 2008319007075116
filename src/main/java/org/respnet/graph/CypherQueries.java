package org.respnet.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.Query;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The one loader of {@code cypher/}: one file per question, bundled on the class path so the jar
 * runs anywhere. Queries are never built from strings: values travel as parameters.
 */
@Component
public class CypherQueries {

    private static final String SCHEMA = "schema";

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** A named query with its parameters, ready for {@code tx.run}. */
    public <P extends Record> Query query(NamedQuery<P> query, P parameters) {
        return new Query(text(query.file()), query.bind(parameters));
    }

    /** The text of {@code cypher/<file>.cypher}. */
    public String text(String file) {
        return cache.computeIfAbsent(file, CypherQueries::load);
    }

    /** The statements of {@code cypher/schema.cypher}, split at each closing {@code ;}. */
    public List<String> schemaStatements() {
        return Arrays.stream(text(SCHEMA).split(";\\s*(\\r?\\n|$)"))
                .map(statement -> statement.lines().filter(line -> !line.strip().startsWith("//"))
                        .reduce("", (a, b) -> a + b + "\n").strip())
                .filter(statement -> !statement.isEmpty())
                .toList();
    }

    /** Every bundled file name without {@code .cypher}, in name order, the schema included. */
    public List<String> files() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/*.cypher");
            return Arrays.stream(found)
                    .map(Resource::getFilename)
                    .filter(name -> name != null)
                    .map(name -> name.replaceFirst("\\.cypher$", ""))
                    .distinct()
                    .sorted(Comparator.naturalOrder())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list cypher/*.cypher", e);
        }
    }

    private static String load(String file) {
        ClassPathResource resource = new ClassPathResource("cypher/" + file + ".cypher");
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("named query cypher/" + file + ".cypher is missing", e);
        }
    }
}
