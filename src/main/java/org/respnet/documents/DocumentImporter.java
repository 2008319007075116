package org.respnet.documents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.respnet.ingest.ParsedDocument;
import org.respnet.ingest.ReferenceData;
import org.respnet.graph.CypherQueries;
import org.springframework.stereotype.Component;

/**
 * Writes one parsed document into the graph in a single transaction, with batched, parameterized
 * statements from {@code cypher/}. Idempotent: a document whose content hash is already present
 * changes nothing; the unique constraint on the hash makes a concurrent second import fail
 * instead of duplicating.
 */
@Component
public class DocumentImporter {

    private static final int BATCH = 1_000;
    private static final String CONSTRAINT_VIOLATION = "Neo.ClientError.Schema.ConstraintValidationFailed";

    private final Driver driver;
    private final CypherQueries queries;

    DocumentImporter(Driver driver, CypherQueries queries) {
        this.driver = driver;
        this.queries = queries;
    }

    /** Imports a document that parsed without problems. */
    public ImportReport importDocument(ParsedDocument doc, ReferenceData reference) {
        if (doc.hasProblems()) {
            throw new IllegalArgumentException("a document with problems must not be imported");
        }
        long started = System.nanoTime();
        ImportPlan plan = new ImportPlan(doc, reference);
        // The executable-query bookmark manager is the one the read side uses, so a read after an
        // import sees it even on a cluster's read replica.
        try (Session session = driver.session(SessionConfig.builder()
                .withBookmarkManager(driver.executableQueryBookmarkManager()).build())) {
            return importOnce(session, doc, plan, started);
        } catch (ClientException e) {
            if (!CONSTRAINT_VIOLATION.equals(e.code()) || !isPresent(doc)) {
                throw e;
            }
            // Another import of the same content committed first; the unique constraint on the
            // hash refused ours whole. Same answer as a sequential second import.
            return plan.report(true, List.of(), started);
        }
    }

    private boolean isPresent(ParsedDocument doc) {
        try (Session session = driver.session()) {
            return session.executeRead(tx ->
                    !tx.run(queries.get("document-by-hash"), Map.of("sha256", doc.sha256())).list().isEmpty());
        }
    }

    private ImportReport importOnce(Session session, ParsedDocument doc, ImportPlan plan, long started) {
        return session.executeWrite(tx -> {
            var existing = tx.run(queries.get("document-by-hash"), Map.of("sha256", doc.sha256())).list();
            if (!existing.isEmpty()) {
                return plan.report(true, List.of(), started);
            }
            List<String> newUnits = newUnits(tx, plan);
            tx.run(queries.get("import-document"), Map.of("doc", plan.documentProperties())).consume();
            for (List<Map<String, Object>> batch : batches(plan.tasks())) {
                tx.run(queries.get("import-tasks"), Map.of("docId", doc.id(), "rows", batch)).consume();
            }
            for (List<Map<String, Object>> batch : batches(plan.leaderLinks())) {
                tx.run(queries.get("import-leaders"), Map.of("rows", batch)).consume();
            }
            for (List<Map<String, Object>> batch : batches(plan.unitLinks())) {
                tx.run(queries.get("import-units"), Map.of("rows", batch)).consume();
            }
            for (List<Map<String, Object>> batch : batches(plan.memberships())) {
                tx.run(queries.get("import-memberships"), Map.of("rows", batch)).consume();
            }
            return plan.report(false, newUnits, started);
        });
    }

    private List<String> newUnits(TransactionContext tx, ImportPlan plan) {
        Set<String> present = new LinkedHashSet<>();
        tx.run(queries.get("existing-units"), Map.of("keys", List.copyOf(plan.unitNamesByKey().keySet())))
                .forEachRemaining(r -> present.add(r.get("key").asString()));
        return plan.unitNamesByKey().entrySet().stream()
                .filter(e -> !present.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
    }

    private static <T> List<List<T>> batches(List<T> rows) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += BATCH) {
            batches.add(rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        return batches;
    }

}
