package org.respnet.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.springframework.stereotype.Service;

/**
 * Runs a user's Cypher query read-only: policy check, then a READ access-mode session and an explicit
 * transaction with the console's time limit, reading at most the row cap and rolling back.
 */
@Service
public class CypherConsole {

    private static final int TIMEOUT = 422;

    private final Driver driver;
    private final ConsoleProperties properties;

    CypherConsole(Driver driver, ConsoleProperties properties) {
        this.driver = driver;
        this.properties = properties;
    }

    /** Checks and runs {@code query}; throws {@link QueryRefusedException} when refused or stopped. */
    public ConsoleResult run(String query, Map<String, Object> params) {
        QueryPolicy.check(query, properties.maxQueryLength());
        return execute(query, params == null ? Map.of() : params);
    }

    /** Runs without the policy check: READ mode and the time limit alone (tests use this to prove they hold). */
    ConsoleResult execute(String query, Map<String, Object> params) {
        SessionConfig readOnly = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
        TransactionConfig limits = TransactionConfig.builder().withTimeout(properties.timeout())
                .withMetadata(Map.of("app", "respnet-console")).build();
        try (Session session = driver.session(readOnly); Transaction tx = session.beginTransaction(limits)) {
            Result result = tx.run(query, params);
            List<String> columns = result.keys();
            List<List<Object>> rows = new ArrayList<>();
            boolean truncated = false;
            while (result.hasNext()) {
                if (rows.size() == properties.maxRows()) {
                    truncated = true;
                    break;
                }
                rows.add(row(result.next()));
            }
            tx.rollback();
            return new ConsoleResult(columns, rows, truncated);
        } catch (Neo4jException e) {
            throw translate(e);
        }
    }

    private QueryRefusedException translate(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        String message = e.getMessage();
        if (code.contains("TimedOut") || code.endsWith("Transaction.Terminated")
                || code.endsWith("TransactionTerminated")) {
            return new QueryRefusedException(TIMEOUT, "timeout", "timeout: the query did not finish within "
                    + properties.timeout().toSeconds() + " s and was stopped");
        }
        if (code.endsWith("Statement.AccessMode") || code.startsWith("Neo.ClientError.Security.")) {
            return new QueryRefusedException(QueryPolicy.FORBIDDEN, "write",
                    "refused: the console is read-only (" + code + "): " + message);
        }
        if (code.contains("MemoryPool") || code.contains("MemoryLimit") || code.contains("OutOfMemory")) {
            return new QueryRefusedException(TIMEOUT, "memory",
                    "memory limit: the query needs more memory than a transaction may use (" + code + ")");
        }
        if (code.startsWith("Neo.ClientError.")) {
            return new QueryRefusedException(QueryPolicy.MALFORMED, "query", "query error (" + code + "): " + message);
        }
        return new QueryRefusedException(TIMEOUT, "failed", "the query failed (" + code + "): " + message);
    }

    private static List<Object> row(Record record) {
        List<Object> row = new ArrayList<>(record.size());
        for (Value value : record.values()) {
            row.add(plain(value.asObject()));
        }
        return row;
    }

    /** Driver values as JSON-friendly maps and lists: nodes, relationships and paths keep ids and properties. */
    private static Object plain(Object value) {
        if (value instanceof Node node) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", node.elementId());
            out.put("labels", node.labels());
            out.put("properties", plain(node.asMap()));
            return out;
        }
        if (value instanceof Relationship rel) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", rel.elementId());
            out.put("type", rel.type());
            out.put("start", rel.startNodeElementId());
            out.put("end", rel.endNodeElementId());
            out.put("properties", plain(rel.asMap()));
            return out;
        }
        if (value instanceof Path path) {
            List<Object> nodes = new ArrayList<>();
            path.nodes().forEach(n -> nodes.add(plain(n)));
            List<Object> rels = new ArrayList<>();
            path.relationships().forEach(r -> rels.add(plain(r)));
            return Map.of("nodes", nodes, "relationships", rels);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CypherConsole::plain).toList();
        }
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value.toString();
    }
}
