package org.respnet.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema.cypher}: only the statements whose constraint or index is not there yet, so a
 * start on a large store reads two short lists instead of checking every index (each statement is idempotent
 * anyway). Waits for new indexes to come online before the application serves.
 */
@Component
public class GraphSchema {

    private static final Pattern NAME = Pattern.compile("^CREATE\\s+(?:CONSTRAINT|INDEX)\\s+(\\w+)\\s+IF NOT EXISTS",
            Pattern.CASE_INSENSITIVE);

    private final Driver driver;
    private final CypherQueries queries;

    public GraphSchema(Driver driver, CypherQueries queries) {
        this.driver = driver;
        this.queries = queries;
    }

    public void apply() {
        try (Session session = driver.session()) {
            Set<String> present = new HashSet<>(session.run("SHOW CONSTRAINTS YIELD name").list(r -> r.get(0).asString()));
            present.addAll(session.run("SHOW INDEXES YIELD name").list(r -> r.get(0).asString()));
            List<String> missing = missing(queries.schemaStatements(), present);
            for (String statement : missing) {
                session.run(statement).consume();
            }
            if (!missing.isEmpty()) {
                session.run("CALL db.awaitIndexes(60)").consume();
            }
        }
    }

    /** The statements that create something not in {@code present}; one without a name is always run. */
    static List<String> missing(List<String> statements, Set<String> present) {
        return statements.stream().filter(statement -> {
            Matcher m = NAME.matcher(statement);
            return !m.find() || !present.contains(m.group(1));
        }).toList();
    }
}
