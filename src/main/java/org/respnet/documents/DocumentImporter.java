package org.respnet.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.respnet.changes.ChangeRefusedException;
import org.respnet.changes.ChangeSet;
import org.respnet.changes.ChangeSets;
import org.respnet.changes.Step;
import org.respnet.graph.CypherQueries;
import org.respnet.graph.DriverGraphWrites;
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
    static final NamedQuery<ImportPlan.Original> STORE_ORIGINAL = NamedQuery.of("store-original",
            ImportPlan.Original.class);

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

        /** The same content (the same file, or the same text in another format). */
        boolean sameNotice(DocumentIdentity other) {
            return sha256.equals(other.sha256) || textHash.equals(other.textHash);
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
    private final ChangeSets changes;
    private final CypherQueries queries;
    private final NoticeScopes scopes;

    public DocumentImporter(Driver driver, ChangeSets changes, CypherQueries queries) {
        this.driver = driver;
        this.changes = changes;
        this.queries = queries;
        this.scopes = new NoticeScopes(queries);
    }

    /** Imports a document that parsed without problems, in a transaction of its own. */
    public ImportReport importDocument(ParsedDocument doc, ReferenceData reference) {
        return importDocument(doc, reference, null, null);
    }

    /** Imports a document, keeping the file it was read from ({@code bytes}, named {@code name}) beside it. */
    public ImportReport importDocument(ParsedDocument doc, ReferenceData reference, String name, byte[] bytes) {
        if (doc.hasProblems()) {
            throw new IllegalArgumentException("a document with problems must not be imported");
        }
        long started = System.nanoTime();
        ImportPlan plan = new ImportPlan(doc, reference).withOriginal(name, bytes);
        try {
            return write(List.of(plan), started).getFirst();
        } catch (ClientException e) {
            if (!CONSTRAINT_VIOLATION.equals(e.code())) {
                throw e;
            }
            if (importedAs(doc) != null) {
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

    /** The id of the document already holding this notice (in this or another format), or null. */
    public String importedAs(ParsedDocument doc) {
        return match(doc).id();
    }

    /**
     * What the graph holds of this notice: the document with the same content ({@code id}), or else the document
     * with the same 文号, city and year whose content differs ({@code revisionOf}: this is its revised version).
     */
    public Match match(ParsedDocument doc) {
        DocumentIdentity identity = DocumentIdentity.of(0, new ImportPlan(doc, ReferenceData.empty()));
        try (Session session = DriverGraphWrites.session(driver)) {
            return session.executeRead(tx -> present(Statements.of(tx), List.of(identity)))
                    .getOrDefault(0, new Match(null, null));
        }
    }

    /** The same notice already in the graph ({@code id}), or the one this document revises ({@code revisionOf}). */
    public record Match(String id, String revisionOf) {
    }

    /** Place in the batch → what the graph holds of that notice, for those it holds. */
    private Map<Integer, Match> present(Statements tx, List<DocumentIdentity> identities) {
        Map<Integer, Match> found = new HashMap<>();
        tx.run(queries.query(SAME_DOCUMENTS, Identities.of(identities)))
                .forEach(r -> found.put(((Number) r.get("i")).intValue(),
                        new Match((String) r.get("id"), (String) r.get("revisionOf"))));
        return found;
    }

    /**
     * One change set per new document, all applied in one transaction (with the renewal of their scopes' change
     * markers and their audit entries). Three reads serve the whole batch (which of its notices are there already;
     * the scope each notice's figures live in; which of its units and leaders exist), and what an earlier document
     * of the batch writes counts as existing for the later ones.
     */
    private List<ImportReport> write(List<ImportPlan> plans, long started) {
        List<DocumentIdentity> identities = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            identities.add(DocumentIdentity.of(i, plans.get(i)));
        }
        List<ImportReport> reports = new ArrayList<>();
        changes.apply(tx -> {
            reports.clear();
            Map<Integer, Match> present = present(tx, identities);
            List<ImportPlan> scoped = scopes.inScopes(tx, plans);
            Set<String> units = new HashSet<>();
            Set<String> leaders = new HashSet<>();
            tx.run(queries.query(EXISTING_KEYS, new Keys(
                    scoped.stream().flatMap(plan -> plan.allUnitKeys().stream()).distinct().toList(),
                    scoped.stream().flatMap(plan -> plan.leaderKeys().stream()).distinct().toList())))
                    .forEach(r -> ("unit".equals(r.get("label")) ? units : leaders).add((String) r.get("key")));
            List<ChangeSet> changeSets = new ArrayList<>();
            for (int i = 0; i < scoped.size(); i++) {
                ImportPlan plan = scoped.get(i);
                Match match = present.get(i);
                // already in the graph, or written earlier in this transaction (the same notice in another format)
                String already = match != null && match.id() != null ? match.id()
                        : earlierInBatch(identities, i, scoped);
                if (already != null) {
                    reports.add(plan.report(true, already, List.of(), started));
                    continue;
                }
                if (match != null && match.revisionOf() != null) {
                    throw new RevisionException(match.revisionOf());
                }
                List<String> newUnits = plan.unitNamesByKey().entrySet().stream()
                        .filter(e -> !units.contains(e.getKey())).map(Map.Entry::getValue).toList();
                changeSets.add(importChange(plan, units, leaders));
                units.addAll(plan.allUnitKeys());
                leaders.addAll(plan.leaderKeys());
                reports.add(plan.report(false, plan.documentId(), newUnits, started));
            }
            return changeSets;
        }, "导入文件");
        return reports;
    }

    /** The change set from nothing to the notice; its inverse removes the document again. */
    private ChangeSet importChange(ImportPlan plan, Set<String> units, Set<String> leaders) {
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of(IMPORT_DOCUMENT, DocumentRows.of(plan.statementRows(units, leaders))));
        if (plan.original() != null) {
            steps.add(Step.of(STORE_ORIGINAL, plan.original()));
        }
        return new ChangeSet(ChangeSet.Kind.IMPORT, plan.scope(), plan.documentId(), "document " + plan.documentId(),
                "导入" + plan.describe() + "：" + plan.tasks().size() + " 项任务",
                plan.tasks().stream().map(t -> (String) t.get("id")).toList(), steps,
                List.of(Step.of(DocumentRemoval.REMOVE_DOCUMENT, new DocumentRemoval.DocumentId(plan.documentId()))));
    }

    /** A document with the 文号, city and year of an imported one but other content: a revision to preview first. */
    public static final class RevisionException extends ChangeRefusedException {

        private final String revisionOf;

        RevisionException(String revisionOf) {
            super("这份文件与已导入的文件 " + revisionOf + " 文号、城市、年份相同而内容不同，是它的修订版："
                    + "请在「导入」页预览差异后选择「替换为修订版」。");
            this.revisionOf = revisionOf;
        }

        public String revisionOf() {
            return revisionOf;
        }
    }

    /** The id of an earlier document of the batch holding the same notice (imported by this transaction), or null. */
    private static String earlierInBatch(List<DocumentIdentity> identities, int i, List<ImportPlan> plans) {
        for (int earlier = 0; earlier < i; earlier++) {
            if (identities.get(earlier).sameNotice(identities.get(i))) {
                return plans.get(earlier).documentId();
            }
        }
        return null;
    }
}
