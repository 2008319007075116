package org.respnet.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.respnet.ingest.DocumentKind;
import org.respnet.ingest.ParsedDocument;
import org.respnet.ingest.ParsedTask;
import org.respnet.ingest.ReferenceData;
import org.respnet.ingest.TaskKind;
import org.respnet.ingest.UnitKind;
import org.respnet.ingest.UnitRef;
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
    private static final String KEY_SEPARATOR = "/";
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
        Plan plan = new Plan(doc, reference);
        try (Session session = driver.session()) {
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

    private ImportReport importOnce(Session session, ParsedDocument doc, Plan plan, long started) {
        return session.executeWrite(tx -> {
            var existing = tx.run(queries.get("document-by-hash"), Map.of("sha256", doc.sha256())).list();
            if (!existing.isEmpty()) {
                return plan.report(true, List.of(), started);
            }
            List<String> newUnits = newUnits(tx, plan);
            tx.run(queries.get("import-document"), Map.of("doc", plan.documentProperties())).consume();
            for (List<Map<String, Object>> batch : batches(plan.tasks)) {
                tx.run(queries.get("import-tasks"), Map.of("docId", doc.id(), "rows", batch)).consume();
            }
            for (List<Map<String, Object>> batch : batches(plan.leaderLinks)) {
                tx.run(queries.get("import-leaders"), Map.of("rows", batch)).consume();
            }
            for (List<Map<String, Object>> batch : batches(plan.unitLinks)) {
                tx.run(queries.get("import-units"), Map.of("rows", batch)).consume();
            }
            for (List<Map<String, Object>> batch : batches(plan.memberships)) {
                tx.run(queries.get("import-memberships"), Map.of("rows", batch)).consume();
            }
            return plan.report(false, newUnits, started);
        });
    }

    private List<String> newUnits(TransactionContext tx, Plan plan) {
        Set<String> present = new LinkedHashSet<>();
        tx.run(queries.get("existing-units"), Map.of("keys", List.copyOf(plan.unitNamesByKey.keySet())))
                .forEachRemaining(r -> present.add(r.get("key").asString()));
        return plan.unitNamesByKey.entrySet().stream()
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

    /** The id a task gets: document id, K or L, and its number (livelihood numerals as digits). */
    static String taskId(String docId, ParsedTask task) {
        return docId + "-" + (task.kind() == TaskKind.KEY ? "K" + task.no() : "L" + ChineseNumerals.toDigits(task.no()));
    }

    /** The rows each statement needs, worked out before the transaction opens. */
    private static final class Plan {
        final ParsedDocument doc;
        final String city;
        final List<Map<String, Object>> tasks = new ArrayList<>();
        final List<Map<String, Object>> leaderLinks = new ArrayList<>();
        final List<Map<String, Object>> unitLinks = new ArrayList<>();
        final List<Map<String, Object>> memberships = new ArrayList<>();
        final Map<String, String> unitNamesByKey = new LinkedHashMap<>();
        final Set<String> leaders = new LinkedHashSet<>();
        final Map<String, String> unlisted = new LinkedHashMap<>();

        Plan(ParsedDocument doc, ReferenceData reference) {
            this.doc = doc;
            this.city = doc.city() == null ? "" : doc.city();
            for (ParsedTask task : doc.tasks()) {
                String taskId = taskId(doc.id(), task);
                tasks.add(taskProperties(taskId, task));
                for (int pos = 0; pos < task.leaders().size(); pos++) {
                    String leader = task.leaders().get(pos);
                    leaders.add(leader);
                    leaderLinks.add(Map.of("key", key(leader), "name", leader, "city", city, "taskId", taskId,
                            "pos", pos));
                }
                addUnitLinks(taskId, "LEADS", task.leadUnits(), reference);
                addUnitLinks(taskId, "SUPPORTS", task.responsibleUnits(), reference);
            }
            Set<String> named = Set.copyOf(unitNamesByKey.values());
            reference.membersByGroup().forEach((group, members) -> {
                if (named.contains(group)) {
                    for (String member : members) {
                        memberships.add(Map.of("groupKey", key(group), "memberKey", key(member), "name", member,
                                "city", city, "kind", reference.kindOf(member).code()));
                    }
                }
            });
        }

        private void addUnitLinks(String taskId, String role, List<UnitRef> units, ReferenceData reference) {
            for (int pos = 0; pos < units.size(); pos++) {
                UnitRef unit = units.get(pos);
                UnitKind kind = reference.kindOf(unit.name());
                if (reference.listedKind(unit.name()).isEmpty()) {
                    unlisted.put(unit.name(), kind.code());
                }
                unitNamesByKey.put(key(unit.name()), unit.name());
                Map<String, Object> row = new HashMap<>();
                row.put("key", key(unit.name()));
                row.put("name", unit.name());
                row.put("city", city);
                row.put("kind", kind.code());
                row.put("group", kind == UnitKind.GROUP);
                row.put("taskId", taskId);
                row.put("role", role);
                row.put("office", unit.office());
                row.put("pos", pos);
                unitLinks.add(row);
            }
        }

        private String key(String name) {
            return city + KEY_SEPARATOR + name;
        }

        private Map<String, Object> taskProperties(String taskId, ParsedTask task) {
            Map<String, Object> p = new HashMap<>();
            p.put("id", taskId);
            p.put("no", task.no());
            p.put("kind", task.kind().name());
            p.put("text", task.text());
            p.put("sectionNo", task.sectionNo());
            p.put("section", task.section());
            p.put("action", task.action());
            p.put("item", task.item());
            p.put("line", task.line());
            p.put("city", city);
            p.put("documentId", doc.id());
            p.values().removeIf(v -> v == null);
            return p;
        }

        Map<String, Object> documentProperties() {
            Map<String, Object> p = new HashMap<>();
            p.put("id", doc.id());
            p.put("sha256", doc.sha256());
            p.put("kind", doc.kind().name());
            p.put("title", doc.title());
            p.put("docNo", doc.docNo());
            p.put("city", doc.city());
            p.put("year", doc.year());
            // The report's text is what later issues link tasks to; a notice lives on as its tasks.
            p.put("text", doc.kind() == DocumentKind.REPORT ? doc.text() : null);
            p.values().removeIf(v -> v == null);
            return p;
        }

        ImportReport report(boolean alreadyImported, List<String> newUnits, long started) {
            return new ImportReport(doc.id(), doc.kind().name(), doc.title(), doc.city(), doc.year(), alreadyImported,
                    doc.tasks().size(), unitNamesByKey.size(), leaders.size(), newUnits,
                    unlisted.entrySet().stream().map(e -> new ImportReport.UnlistedUnit(e.getKey(), e.getValue())).toList(),
                    List.of(), (System.nanoTime() - started) / 1_000_000);
        }
    }
}
