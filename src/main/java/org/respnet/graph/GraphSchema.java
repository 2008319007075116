package org.respnet.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Component;

/** Applies {@code cypher/schema.cypher}; every statement there is idempotent. */
@Component
public class GraphSchema {

    private final Driver driver;
    private final CypherQueries queries;

    public GraphSchema(Driver driver, CypherQueries queries) {
        this.driver = driver;
        this.queries = queries;
    }

    public void apply() {
        try (Session session = driver.session()) {
            for (String statement : queries.schemaStatements()) {
                session.run(statement).consume();
            }
            session.run("CALL db.awaitIndexes(60)").consume();
        }
    }
}
