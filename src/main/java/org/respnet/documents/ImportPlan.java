package org.respnet.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.respnet.ingest.ParsedDocument;
import org.respnet.ingest.ParsedTask;
import org.respnet.ingest.ReferenceData;
import org.respnet.ingest.TaskKind;
import org.respnet.ingest.UnitKind;
import org.respnet.ingest.UnitRef;

/**
 * The rows each import statement needs for one document, worked out before any transaction
 * opens: task, leader-link, unit-link and membership property maps. The benchmark writes the
 * same rows to CSV for its LOAD CSV baseline, so both load exactly the same graph.
 */
public final class ImportPlan {

    private static final String KEY_SEPARATOR = "/";

    private final ParsedDocument doc;
    private final ReferenceData reference;
    /** The notice scope its units, leaders, tasks and figures live in: the city, or the city and year (NoticeScopes). */
    private final String city;
    private Original original;
    private final List<Map<String, Object>> tasks = new ArrayList<>();
    private final List<Map<String, Object>> leaderLinks = new ArrayList<>();
    private final List<Map<String, Object>> unitLinks = new ArrayList<>();
    private final List<Map<String, Object>> memberships = new ArrayList<>();
    private final Map<String, String> unitNamesByKey = new LinkedHashMap<>();
    private final Set<String> leaders = new LinkedHashSet<>();
    private final Map<String, String> unlisted = new LinkedHashMap<>();
    private Map<String, Object> documentProperties;

    /** The original file a document was read from, kept so it can be downloaded again. */
    public record Original(String documentId, String name, byte[] bytes) {
    }

    public ImportPlan(ParsedDocument doc, ReferenceData reference) {
        this(doc, reference, doc.city() == null ? "" : doc.city());
    }

    public ImportPlan(ParsedDocument doc, ReferenceData reference, String scope) {
        this.doc = doc;
        this.reference = reference;
        this.city = scope;
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
        reference.membersByGroup(doc.city()).forEach((group, members) -> {
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
        p.put("where", task.where());
        // The phrase as the notice states it (a table's 完成时限); the report feature reads its date.
        p.put("deadlinePhrase", task.deadline());
        p.put("leadRule", task.leadRule() == null ? null : task.leadRule().name());
        p.put("city", city);
        p.put("documentId", doc.id());
        // Stored so co-led and multi-leader tasks are found by index (task_lead_unit_count, task_leader_count).
        p.put("leadUnitCount", task.leadUnits().size());
        p.put("leaderCount", task.leaders().size());
        p.values().removeIf(v -> v == null);
        return p;
    }

    /** The same plan in another notice scope (this one when it is already there); the original goes along. */
    ImportPlan inScope(String scope) {
        if (scope.equals(city)) {
            return this;
        }
        ImportPlan moved = new ImportPlan(doc, reference, scope);
        moved.original = original;
        return moved;
    }

    ImportPlan withOriginal(String name, byte[] bytes) {
        this.original = bytes == null ? null : new Original(doc.id(), name, bytes);
        return this;
    }

    Original original() {
        return original;
    }

    public String scope() {
        return city;
    }

    public String documentId() {
        return doc.id();
    }

    /** 《title》（文号）, as a sentence names the document. */
    String describe() {
        return "《" + (doc.title() == null ? doc.id() : doc.title()) + "》"
                + (doc.docNo() == null ? "" : "（" + doc.docNo() + "）");
    }

    /** The document node's properties (computed once: the text hash reads the whole text). */
    public Map<String, Object> documentProperties() {
        if (documentProperties == null) {
            documentProperties = Collections.unmodifiableMap(readDocumentProperties());
        }
        return documentProperties;
    }

    private Map<String, Object> readDocumentProperties() {
        Map<String, Object> p = new HashMap<>();
        p.put("id", doc.id());
        p.put("sha256", doc.sha256());
        p.put("kind", doc.kind().name());
        p.put("title", doc.title());
        p.put("docNo", doc.docNo());
        p.put("city", doc.city());
        p.put("scope", city);
        p.put("year", doc.year());
        p.put("format", doc.format());
        p.put("textHash", textHash(doc.text()));
        // Kept for both kinds: tasks are traced to the report's sentences, and the notice's prose states its reporting rules.
        p.put("text", doc.text());
        p.values().removeIf(v -> v == null);
        return p;
    }

    /**
     * The text with every space and line break removed and full-width forms folded (NFKC): the same
     * notice read from .txt, .docx or .pdf gives the same hash, whatever the line breaks were.
     */
    static String textHash(String text) {
        String normalised = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .replaceAll("[\\s\\u00A0\\u3000\\uFEFF]+", "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    ImportReport report(boolean alreadyImported, String documentId, List<String> newUnits, long started) {
        return new ImportReport(documentId, doc.kind().name(), doc.format(), doc.title(), doc.city(), city, doc.year(),
                alreadyImported, doc.tasks().size(), unitNamesByKey.size(), leaders.size(),
                newUnits,
                unlisted.entrySet().stream().map(e -> new ImportReport.UnlistedUnit(e.getKey(), e.getValue())).toList(),
                doc.warnings(), List.of(), (System.nanoTime() - started) / 1_000_000);
    }

    public List<Map<String, Object>> tasks() {
        return tasks;
    }

    public List<Map<String, Object>> leaderLinks() {
        return leaderLinks;
    }

    public List<Map<String, Object>> unitLinks() {
        return unitLinks;
    }

    public List<Map<String, Object>> memberships() {
        return memberships;
    }

    /** Key of every distinct leader the document names. */
    public Set<String> leaderKeys() {
        Set<String> keys = new LinkedHashSet<>();
        leaderLinks.forEach(link -> keys.add((String) link.get("key")));
        return keys;
    }

    /** Key of every unit the import writes: those the document names, then group members it does not name. */
    Set<String> allUnitKeys() {
        Set<String> keys = new LinkedHashSet<>(unitNamesByKey.keySet());
        memberships.forEach(m -> keys.add((String) m.get("memberKey")));
        return keys;
    }

    /**
     * The parameters of {@code import-document.cypher}: each unit and leader once, flagged {@code isNew} when the
     * graph does not hold it (keys found in this transaction), and every link by its position in those lists, so the
     * statement creates what is new and looks nothing up per link.
     */
    Map<String, Object> statementRows(Set<String> existingUnits, Set<String> existingLeaders) {
        Map<String, Integer> unitIndex = new LinkedHashMap<>();
        List<Map<String, Object>> units = new ArrayList<>();
        for (Map<String, Object> link : unitLinks) {
            addNode(units, unitIndex, link, existingUnits, (boolean) link.get("group"));
        }
        for (Map<String, Object> m : memberships) {
            addNode(units, unitIndex, Map.of("key", m.get("memberKey"), "name", m.get("name"), "city", city,
                    "kind", m.get("kind")), existingUnits, false);
        }
        Map<String, Integer> leaderIndex = new LinkedHashMap<>();
        List<Map<String, Object>> leaderRows = new ArrayList<>();
        for (Map<String, Object> link : leaderLinks) {
            leaderIndex.computeIfAbsent((String) link.get("key"), key -> {
                leaderRows.add(Map.of("i", leaderRows.size(), "key", key, "name", link.get("name"), "city", city,
                        "isNew", !existingLeaders.contains(key)));
                return leaderRows.size() - 1;
            });
        }
        // Per task, its units and leaders as lists of positions in $units / $leaders (a link's order in the notice
        // is its index there) and the offices beside them: plain lists, not a map per link, are what a million
        // links cost least to send.
        Map<String, Map<String, Object>> taskRows = new LinkedHashMap<>();
        for (Map<String, Object> task : tasks) {
            Map<String, Object> row = new HashMap<>();
            row.put("props", task);
            for (String list : List.of("leads", "leadOffices", "supports", "supportOffices", "leaders")) {
                row.put(list, new ArrayList<>());
            }
            taskRows.put((String) task.get("id"), row);
        }
        for (Map<String, Object> link : unitLinks) {
            boolean leads = "LEADS".equals(link.get("role"));
            links(taskRows, link, leads ? "leads" : "supports").add(unitIndex.get(link.get("key")));
            links(taskRows, link, leads ? "leadOffices" : "supportOffices").add(link.get("office"));
        }
        for (Map<String, Object> link : leaderLinks) {
            links(taskRows, link, "leaders").add(leaderIndex.get(link.get("key")));
        }
        List<Map<String, Object>> memberRows = memberships.stream()
                .<Map<String, Object>>map(m -> Map.of("group", unitIndex.get(m.get("groupKey")),
                        "member", unitIndex.get(m.get("memberKey"))))
                .toList();
        Map<String, Object> rows = new HashMap<>();
        rows.put("doc", documentProperties());
        rows.put("units", units);
        rows.put("leaders", leaderRows);
        rows.put("tasks", List.copyOf(taskRows.values()));
        rows.put("memberships", memberRows);
        return rows;
    }

    private static void addNode(List<Map<String, Object>> nodes, Map<String, Integer> index, Map<String, Object> row,
            Set<String> existing, boolean group) {
        String key = (String) row.get("key");
        if (index.containsKey(key)) {
            return;
        }
        index.put(key, nodes.size());
        Map<String, Object> node = new HashMap<>();
        node.put("i", nodes.size());
        node.put("key", key);
        node.put("name", row.get("name"));
        node.put("city", row.get("city"));
        node.put("kind", row.get("kind"));
        node.put("group", group);
        node.put("isNew", !existing.contains(key));
        nodes.add(node);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> links(Map<String, Map<String, Object>> taskRows, Map<String, Object> link,
            String list) {
        return (List<Object>) taskRows.get((String) link.get("taskId")).get(list);
    }

    /** Unit key → name of every unit the document names. */
    public Map<String, String> unitNamesByKey() {
        return unitNamesByKey;
    }

    /** The id a task gets: document id, K or L, and its number (livelihood numerals as digits). */
    static String taskId(String docId, ParsedTask task) {
        return docId + "-" + (task.kind() == TaskKind.KEY ? "K" + task.no() : "L" + ChineseNumerals.toDigits(task.no()));
    }
}
