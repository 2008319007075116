package org.respnet.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.respnet.graph.CypherQueries;
import org.respnet.graph.DriverGraphWrites;
import org.respnet.graph.GraphVersion;
import org.respnet.graph.GraphWrites;
import org.respnet.graph.GraphWrites.Statements;
import org.respnet.graph.NamedQuery;
import org.respnet.ingest.ParsedDocument;
import org.respnet.ingest.ReferenceData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes parsed documents into the graph: each document is one statement ({@code import-document.cypher}),
 * several documents share a transaction, and two short reads serve the whole transaction (which notices are there
 * already, which units and leaders exist). All or nothing per document: when a shared transaction fails, its
 * documents are written again one per transaction, so a bad document is rejected alone and nothing of it is
 * written. Idempotent: a document whose content is already present changes nothing; the unique constraint on the
 * hash makes a concurrent second import fail instead of duplicating.
 */
@Component
public class DocumentImporter {

    static final NamedQuery<Identities> SAME_DOCUMENTS = NamedQuery.of("same-documents", Identities.class);
    static final NamedQuery<Keys> EXISTING_KEYS = NamedQuery.of("existing-keys", Keys.class);
    static final NamedQuery<DocumentRows> IMPORT_DOCUMENT = NamedQuery.of("import-document", DocumentRows.class);

    /**
     * What makes two uploads the same notice: content, normalised text, or document number in a city and year;
     * {@code i} is the document's place in its batch.
     */
    record DocumentIdentity(int i, String sha256, String textHash, String docNo, String city, Integer year) {

        static DocumentIdentity of(int i, ImportPlan plan) {
            Map<String, Object> doc = plan.documentProperties();
            return new DocumentIdentity(i, (String) doc.get("sha256"), (String) doc.get("textHash"),
                    (String) doc.get("docNo"), (String) doc.get("city"), (Integer) doc.get("year"));
        }

        boolean sameNotice(DocumentIdentity other) {
            return sha256.equals(other.sha256) || textHash.equals(other.textHash)
                    || docNo != null && docNo.equals(other.docNo) && Objects.equals(city, other.city)
                            && Objects.equals(year, other.year);
        }

        Map<String, Object> row() {
            Map<String, Object> row = new HashMap<>();
            row.put("i", i);
            row.put("sha256", sha256);
            row.put("textHash", textHash);
            row.put("docNo", docNo);
            row.put("city", city);
            row.put("year", year);
            return row;
        }
    }

    record Identities(List<Map<String, Object>> documents) {

        static Identities of(List<DocumentIdentity> identities) {
            return new Identities(identities.stream().map(DocumentIdentity::row).toList());
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
    private final GraphWrites writes;
    private final CypherQueries queries;
    private final GraphVersion version;

    DocumentImporter(Driver driver, GraphWrites writes, CypherQueries queries, GraphVersion version) {
        this.driver = driver;
        this.writes = writes;
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
        DocumentIdentity identity = DocumentIdentity.of(0, new ImportPlan(doc, ReferenceData.empty()));
        try (Session session = DriverGraphWrites.session(driver)) {
            return session.executeRead(tx -> present(Statements.of(tx), List.of(identity)).get(0));
        }
    }

    /** Place in the batch → id of the document already holding that notice, for those already imported. */
    private Map<Integer, String> present(Statements tx, List<DocumentIdentity> identities) {
        Map<Integer, String> found = new HashMap<>();
        tx.run(queries.query(SAME_DOCUMENTS, Identities.of(identities)))
                .forEach(r -> found.put(((Number) r.get("i")).intValue(), (String) r.get("id")));
        return found;
    }

    /**
     * One transaction for all {@code plans}; the change markers of their cities are renewed in it. Two reads serve
     * the whole batch (which of its notices are there already; which of its units and leaders exist), and what an
     * earlier document of the batch writes counts as existing for the later ones.
     */
    private List<ImportReport> write(List<ImportPlan> plans, long started) {
        List<DocumentIdentity> identities = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            identities.add(DocumentIdentity.of(i, plans.get(i)));
        }
        return writes.write(tx -> {
            Map<Integer, String> present = present(tx, identities);
            Set<String> units = new HashSet<>();
            Set<String> leaders = new HashSet<>();
            tx.run(queries.query(EXISTING_KEYS, new Keys(
                    plans.stream().flatMap(plan -> plan.allUnitKeys().stream()).distinct().toList(),
                    plans.stream().flatMap(plan -> plan.leaderKeys().stream()).distinct().toList())))
                    .forEach(r -> ("unit".equals(r.get("label")) ? units : leaders).add((String) r.get("key")));
            List<ImportReport> reports = new ArrayList<>();
            Set<String> cities = new LinkedHashSet<>();
            for (int i = 0; i < plans.size(); i++) {
                ImportPlan plan = plans.get(i);
                // already in the graph, or written earlier in this transaction (the same notice in another format)
                String already = present.containsKey(i) ? present.get(i) : earlierInBatch(identities, i, plans);
                if (already != null) {
                    reports.add(plan.report(true, already, List.of(), started));
                    continue;
                }
                List<String> newUnits = plan.unitNamesByKey().entrySet().stream()
                        .filter(e -> !units.contains(e.getKey())).map(Map.Entry::getValue).toList();
                DocumentRows rows = DocumentRows.of(plan.statementRows(units, leaders));
                tx.run(queries.query(IMPORT_DOCUMENT, rows));
                units.addAll(plan.allUnitKeys());
                leaders.addAll(plan.leaderKeys());
                cities.add(plan.documentProperties().get("city") instanceof String city ? city : "");
                reports.add(plan.report(false, (String) plan.documentProperties().get("id"), newUnits, started));
            }
            if (!cities.isEmpty()) {
                tx.run(version.bump(cities, true));
            }
            return reports;
        });
    }

    /** The id of an earlier document of the batch holding the same notice (imported by this transaction), or null. */
    private static String earlierInBatch(List<DocumentIdentity> identities, int i, List<ImportPlan> plans) {
        for (int earlier = 0; earlier < i; earlier++) {
            if (identities.get(earlier).sameNotice(identities.get(i))) {
                return (String) plans.get(earlier).documentProperties().get("id");
            }
        }
        return null;
    }
}
