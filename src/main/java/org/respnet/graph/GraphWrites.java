package org.respnet.graph;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Bulk writes (the import) in one transaction each: committed when the work returns, retried when Neo4j reports
 * a transient failure such as a deadlock between concurrent writers, refused with the driver's exceptions
 * ({@code ClientException} with Neo4j's status code) whichever way the graph is reached. Through the driver for an
 * external server or cluster ({@link DriverGraphWrites}); in-process for the embedded server, where decoding the
 * statements' parameters from Bolt cost about a quarter of an import's time.
 */
public interface GraphWrites {

    <T> T write(Function<Statements, T> work);

    /** Runs statements inside the one transaction; rows as maps of plain Java values (Long, String, List, Map). */
    @FunctionalInterface
    interface Statements {

        List<Map<String, Object>> run(Query query);

        /** The statements of a driver transaction. */
        static Statements of(TransactionContext tx) {
            return query -> tx.run(query).list(Record::asMap);
        }
    }
}
