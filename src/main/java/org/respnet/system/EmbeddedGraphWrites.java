package org.respnet.system;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.respnet.graph.GraphWrites;

/**
 * Bulk writes into the embedded server in-process: the same statements and parameters as through the driver, without
 * encoding them for Bolt and decoding them again. Neo4j's refusals are rethrown as the driver's exceptions with the
 * same status code, and transient failures retried as the driver's managed transactions retry them, so callers
 * cannot tell the two ways apart.
 */
final class EmbeddedGraphWrites implements GraphWrites {

    /** Attempts of a transaction that keeps failing transiently; the waits between them double from 100 ms. */
    private static final int ATTEMPTS = 8;

    private final EmbeddedNeo4j server;

    EmbeddedGraphWrites(EmbeddedNeo4j server) {
        this.server = server;
    }

    @Override
    public <T> T write(Function<Statements, T> work) {
        GraphDatabaseService db = server.await().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        for (int attempt = 1; ; attempt++) {
            try (Transaction tx = db.beginTx()) {
                T result = work.apply(query -> rows(tx.execute(query.text(), query.parameters().asMap())));
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                String code = statusCode(e);
                if (code != null && code.startsWith("Neo.ClientError.")) {
                    throw new ClientException(code, e.getMessage());
                }
                if (code == null || !code.startsWith("Neo.TransientError.")) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw new TransientException(code, e.getMessage());
                }
                pause(attempt);
            }
        }
    }

    /** Neo4j's status code of a failure ({@code Neo.ClientError.Schema.ConstraintValidationFailed}), or null. */
    private static String statusCode(RuntimeException e) {
        Status status = Status.statusCodeOf(e);
        if (status != null) {
            return status.code().serialize();
        }
        return e instanceof QueryExecutionException query ? query.getStatusCode() : null;
    }

    private static List<Map<String, Object>> rows(Result result) {
        try (result) {
            return result.stream().toList();
        }
    }

    private static void pause(int attempt) {
        long millis = Math.min(5_000, 100L << (attempt - 1));
        try {
            Thread.sleep(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a write", e);
        }
    }
}
