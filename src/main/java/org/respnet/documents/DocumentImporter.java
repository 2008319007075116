package org.respnet.documents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.respnet.graph.CypherQueries;
import org.respnet.graph.GraphVersion;
import org.respnet.graph.NamedQuery;
import org.respnet.ingest.ParsedDocument;
import org.respnet.ingest.ReferenceData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes parsed documents into the graph: each document is one statement ({@code import-document.cypher}) after
 * two short reads (is it there already, which of its units and leaders exist), and several documents may share
 * a transaction. All or nothing per document: when a shared transaction fails, its documents are written again
 * one per transaction, so a bad document is rejected alone and nothing of it is written. Idempotent: a document
 * whose content is already present changes nothing; the unique constraint on the hash makes a concurrent second
 * import fail instead of duplicating.
 */
@Component
public class DocumentImporter {

    static final NamedQuery<DocumentIdentity> SAME_DOCUMENT = NamedQuery.of("same-document", DocumentIdentity.class);
    static final NamedQuery<Keys> EXISTING_KEYS = NamedQuery.of("existing-keys", Keys.class);
    static final NamedQuery<DocumentRows> IMPORT_DOCUMENT = NamedQuery.of("import-document", DocumentRows.class);

    /** What makes two uploads the same notice: content, normalised text, or document number in a city and year. */
    record DocumentIdentity(String sha256, String textHash, String docNo, String city, Integer year) {

        static DocumentIdentity of(ImportPlan plan) {
            Map<String, Object> doc = plan.documentProperties();
            return new DocumentIdentity((String) doc.get("sha256"), (String) doc.get("textHash"),
                    (String) doc.get("docNo"), (String) doc.get("city"), (Integer) doc.get("year"));
        }
    }

    record Keys(List<String> unitKeys, List<String> leaderKeys) {
    }

    record DocumentRows(Map<String, Object> doc, List<Map<String, Object>> units, List<Map<String, Object>> leaders,
            List<Map<String, Object>> tasks, List<Map<String, Object>> memberships) {

        @SuppressWarnings("unchecked")
        static DocumentRows of(Map<String, Object> rows) {
            return new DocumentRows((Map<String, Object>) rows.get("doc"), (List<Map<String, Object>>) rows.get("units"),
                    (List<Map<String, Object>>) rows.get("leaders"), (List<Map<String, Object>>) rows.get("tasks"),
                    (List<Map<String, Object>>) rows.get("memberships"));
        }
    }

    /** One document of a batch: what was imported, or why it was not (nothing of it was written then). */
    public record Outcome(ParsedDocument document, ImportReport report, RuntimeException failure) {
    }

    private static final Logger log = LoggerFactory.getLogger(DocumentImporter.class);
    private static final String CONSTRAINT_VIOLATION = "Neo.ClientError.Schema.ConstraintValidationFailed";

    private final Driver driver;
    private final CypherQueries queries;
    private final GraphVersion version;

    DocumentImporter(Driver driver, CypherQueries queries, GraphVersion version) {
        this.driver = driver;
        this.queries = queries;
        this.version = version;
    }

    /** Imports a document that parsed without problems, in a transaction of its own. */
    public ImportReport importDocument(ParsedDocument doc, ReferenceData reference) {
        if (doc.hasProblems()) {
            throw new IllegalArgumentException("a document with problems must not be imported");
        }
        long started = System.nanoTime();
        ImportPlan plan = new ImportPlan(doc, reference);
        try {
            return write(List.of(plan), started).getFirst();
        } catch (ClientException e) {
            if (!CONSTRAINT_VIOLATION.equals(e.code())) {
                throw e;
            }
            if (isPresent(doc)) {
                // Another import of the same content committed first; the unique constraint on the hash refused
                // ours whole. Same answer as a sequential second import.
                return plan.report(true, importedAs(doc), List.of(), started);
            }
            // Another document of the city created one of our new units or leaders meanwhile: once more, now
            // matching it.
            return write(List.of(plan), started).getFirst();
        }
    }

    /**
     * Imports several documents that parsed without problems, in one transaction; if it fails, each document in
     * a transaction of its own. Every outcome holds its document's report or the reason it was not imported.
     */
    public List<Outcome> importDocuments(List<ParsedDocument> docs, ReferenceData reference) {
        long started = System.nanoTime();
        List<ImportPlan> plans = docs.stream().map(doc -> {
            if (doc.hasProblems()) {
                throw new IllegalArgumentException("a document with problems must not be imported");
            }
            return new ImportPlan(doc, reference);
        }).toList();
        try {
            List<ImportReport> reports = write(plans, started);
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                outcomes.add(new Outcome(docs.get(i), reports.get(i), null));
            }
            return outcomes;
        } catch (RuntimeException batchFailed) {
            if (docs.size() > 1) {
                log.info("A transaction of {} documents failed ({}); importing them one by one", docs.size(),
                        batchFailed.getMessage());
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (ParsedDocument doc : docs) {
                try {
                    outcomes.add(new Outcome(doc, importDocument(doc, reference), null));
                } catch (RuntimeException failed) {
                    outcomes.add(new Outcome(doc, null, failed));
                }
            }
            return outcomes;
        }
    }

    private boolean isPresent(ParsedDocument doc) {
        return importedAs(doc) != null;
    }

    /** The id of the document already holding this notice (in this or another format), or null. */
    public String importedAs(ParsedDocument doc) {
        DocumentIdentity identity = DocumentIdentity.of(new ImportPlan(doc, ReferenceData.empty()));
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run(queries.query(SAME_DOCUMENT, identity)).list().stream()
                    .map(r -> r.get("id").asString()).findFirst().orElse(null));
        }
    }

    /** One transaction for all {@code plans}; the change markers of their cities are renewed in it. */
    private List<ImportReport> write(List<ImportPlan> plans, long started) {
        // The executable-query bookmark manager is the one the read side uses, so a read after an
        // import sees it even on a cluster's read replica.
        try (Session session = session()) {
            return session.executeWrite(tx -> {
                List<ImportReport> reports = new ArrayList<>();
                Set<String> cities = new LinkedHashSet<>();
                for (ImportPlan plan : plans) {
                    ImportReport report = writeOne(tx, plan, started);
                    if (!report.alreadyImported()) {
                        cities.add(report.city() == null ? "" : report.city());
                    }
                    reports.add(report);
                }
                if (!cities.isEmpty()) {
                    version.changed(tx, cities, true);
                }
                return reports;
            });
        }
    }

    private ImportReport writeOne(TransactionContext tx, ImportPlan plan, long started) {
        var existing = tx.run(queries.query(SAME_DOCUMENT, DocumentIdentity.of(plan))).list();
        if (!existing.isEmpty()) {
            return plan.report(true, existing.getFirst().get("id").asString(), List.of(), started);
        }
        Set<String> units = new HashSet<>();
        Set<String> leaders = new HashSet<>();
        tx.run(queries.query(EXISTING_KEYS, new Keys(List.copyOf(plan.allUnitKeys()), List.copyOf(plan.leaderKeys()))))
                .forEachRemaining(r -> ("unit".equals(r.get("label").asString()) ? units : leaders)
                        .add(r.get("key").asString()));
        List<String> newUnits = plan.unitNamesByKey().entrySet().stream()
                .filter(e -> !units.contains(e.getKey())).map(Map.Entry::getValue).toList();
        tx.run(queries.query(IMPORT_DOCUMENT, DocumentRows.of(plan.statementRows(units, leaders)))).consume();
        return plan.report(false, (String) plan.documentProperties().get("id"), newUnits, started);
    }

    private Session session() {
        return driver.session(SessionConfig.builder().withBookmarkManager(driver.executableQueryBookmarkManager())
                .build());
    }
}
