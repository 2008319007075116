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
import org.respnet.graph.GraphVersion;
import org.respnet.graph.Parameters;
import org.respnet.graph.NamedQuery;
import org.springframework.stereotype.Component;

/**
 * Writes one parsed document into the graph in a single transaction, with batched, parameterized
 * statements from {@code cypher/}. Idempotent: a document whose content hash is already present
 * changes nothing; the unique constraint on the hash makes a concurrent second import fail
 * instead of duplicating.
 */
@Component
public class DocumentImporter {

    static final NamedQuery<DocumentIdentity> SAME_DOCUMENT = NamedQuery.of("same-document", DocumentIdentity.class);
    static final NamedQuery<DocumentRow> IMPORT_DOCUMENT = NamedQuery.of("import-document", DocumentRow.class);
    static final NamedQuery<TaskRows> IMPORT_TASKS = NamedQuery.of("import-tasks", TaskRows.class);
    static final NamedQuery<Parameters.Rows> IMPORT_LEADERS = NamedQuery.of("import-leaders", Parameters.Rows.class);
    static final NamedQuery<Parameters.Rows> IMPORT_UNITS = NamedQuery.of("import-units", Parameters.Rows.class);
    static final NamedQuery<Parameters.Rows> IMPORT_MEMBERSHIPS = NamedQuery.of("import-memberships",
            Parameters.Rows.class);
    static final NamedQuery<UnitKeys> EXISTING_UNITS = NamedQuery.of("existing-units", UnitKeys.class);

    /** What makes two uploads the same notice: content, normalised text, or document number in a city and year. */
    record DocumentIdentity(String sha256, String textHash, String docNo, String city, Integer year) {

        static DocumentIdentity of(ImportPlan plan) {
            Map<String, Object> doc = plan.documentProperties();
            return new DocumentIdentity((String) doc.get("sha256"), (String) doc.get("textHash"),
                    (String) doc.get("docNo"), (String) doc.get("city"), (Integer) doc.get("year"));
        }
    }

    record DocumentRow(Map<String, Object> doc) {
    }

    record TaskRows(String docId, List<Map<String, Object>> rows) {
    }

    record UnitKeys(List<String> keys) {
    }

    private static final int BATCH = 1_000;
    private static final String CONSTRAINT_VIOLATION = "Neo.ClientError.Schema.ConstraintValidationFailed";

    private final Driver driver;
    private final CypherQueries queries;
    private final GraphVersion version;

    DocumentImporter(Driver driver, CypherQueries queries, GraphVersion version) {
        this.driver = driver;
        this.queries = queries;
        this.version = version;
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
            return plan.report(true, importedAs(doc), List.of(), started);
        }
    }

    private boolean isPresent(ParsedDocument doc) {
        return importedAs(doc) != null;
    }

    /** The id of the document already holding this notice (in this or another format), or null. */
    public String importedAs(ParsedDocument doc) {
        DocumentIdentity identity = DocumentIdentity.of(new ImportPlan(doc, ReferenceData.empty()));
        try (Session session = driver.session(SessionConfig.builder()
                .withBookmarkManager(driver.executableQueryBookmarkManager()).build())) {
            return session.executeRead(tx -> tx.run(queries.query(SAME_DOCUMENT, identity)).list().stream()
                    .map(r -> r.get("id").asString()).findFirst().orElse(null));
        }
    }

    private ImportReport importOnce(Session session, ParsedDocument doc, ImportPlan plan, long started) {
        return session.executeWrite(tx -> {
            var existing = tx.run(queries.query(SAME_DOCUMENT, DocumentIdentity.of(plan))).list();
            if (!existing.isEmpty()) {
                return plan.report(true, existing.getFirst().get("id").asString(), List.of(), started);
            }
            List<String> newUnits = newUnits(tx, plan);
            tx.run(queries.query(IMPORT_DOCUMENT, new DocumentRow(plan.documentProperties()))).consume();
            for (List<Map<String, Object>> batch : batches(plan.tasks())) {
                tx.run(queries.query(IMPORT_TASKS, new TaskRows(doc.id(), batch))).consume();
            }
            for (List<Map<String, Object>> batch : batches(plan.leaderLinks())) {
                tx.run(queries.query(IMPORT_LEADERS, new Parameters.Rows(batch))).consume();
            }
            for (List<Map<String, Object>> batch : batches(plan.unitLinks())) {
                tx.run(queries.query(IMPORT_UNITS, new Parameters.Rows(batch))).consume();
            }
            for (List<Map<String, Object>> batch : batches(plan.memberships())) {
                tx.run(queries.query(IMPORT_MEMBERSHIPS, new Parameters.Rows(batch))).consume();
            }
            version.changed(tx, java.util.Collections.singletonList((String) plan.documentProperties().get("city")),
                    true);
            return plan.report(false, doc.id(), newUnits, started);
        });
    }

    private List<String> newUnits(TransactionContext tx, ImportPlan plan) {
        Set<String> present = new LinkedHashSet<>();
        tx.run(queries.query(EXISTING_UNITS, new UnitKeys(List.copyOf(plan.unitNamesByKey().keySet()))))
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
