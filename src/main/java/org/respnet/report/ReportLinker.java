package org.respnet.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.respnet.changes.GraphChangedEvent;
import org.respnet.graph.CypherQueries;
import org.respnet.graph.GraphVersion;
import org.respnet.graph.NamedQuery;
import org.respnet.graph.Parameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After every import, reads what the new document adds and stores it: a report's passages; a notice's
 * reporting rules and, from its tasks' text, their targets and deadlines; then, for every notice and report
 * of the same city and year (whichever came first), each task's FROM links to the passages it decomposes,
 * and every unit's reporting dates in that city. At start-up it does the same for documents imported before.
 */
@Component
public class ReportLinker implements ApplicationRunner {

    static final NamedQuery<DocumentId> REPORT_SOURCE = NamedQuery.of("report-source", DocumentId.class);
    static final NamedQuery<Parameters.None> UNREAD_DOCUMENTS = NamedQuery.of("report-unread-documents",
            Parameters.None.class);
    static final NamedQuery<DocumentRows> STORE_PASSAGES = NamedQuery.of("store-passages", DocumentRows.class);
    static final NamedQuery<DocumentRef> REPORT_PASSAGES = NamedQuery.of("report-passages", DocumentRef.class);
    static final NamedQuery<DocumentRef> REPORT_TASKS = NamedQuery.of("report-tasks", DocumentRef.class);
    static final NamedQuery<LinkRows> STORE_TASK_LINKS = NamedQuery.of("store-task-links", LinkRows.class);
    static final NamedQuery<Parameters.Rows> STORE_TASK_FACTS = NamedQuery.of("store-task-facts", Parameters.Rows.class);
    static final NamedQuery<DocumentRows> STORE_REPORTING_RULES = NamedQuery.of("store-reporting-rules",
            DocumentRows.class);
    static final NamedQuery<CityRows> STORE_UNIT_REPORT_DATES = NamedQuery.of("store-unit-report-dates",
            CityRows.class);
    static final NamedQuery<DocumentId> MARK_REPORT_READ = NamedQuery.of("mark-report-read", DocumentId.class);

    record DocumentId(String id) {
    }

    record DocumentRef(String docId) {
    }

    record DocumentRows(String docId, List<Map<String, Object>> rows) {
    }

    record LinkRows(String noticeId, String reportId, List<Map<String, Object>> rows) {
    }

    record CityRows(String city, List<Map<String, Object>> rows) {
    }

    private static final Logger log = LoggerFactory.getLogger(ReportLinker.class);

    private final Driver driver;
    private final CypherQueries queries;
    private final ReportQueries reads;
    private final ReportReader reportReader = new ReportReader();
    private final PassageMatcher matcher = new PassageMatcher();
    private final TargetExtractor targets = new TargetExtractor();
    private final DeadlineReader deadlines = new DeadlineReader();

    private final GraphVersion version;

    ReportLinker(Driver driver, CypherQueries queries, ReportQueries reads, GraphVersion version) {
        this.driver = driver;
        this.queries = queries;
        this.reads = reads;
        this.version = version;
    }

    @EventListener
    void graphChanged(GraphChangedEvent event) {
        read(event.documentId());
    }

    /** Documents imported before passages, rules and links existed are read once at start-up. */
    @Override
    public void run(ApplicationArguments args) {
        readUnreadDocuments();
    }

    /** Reads every document not read yet (imported before this feature, or written without the importer's event). */
    public void readUnreadDocuments() {
        List<String> unread;
        try (Session session = session()) {
            unread = session.executeRead(tx -> tx.run(queries.query(UNREAD_DOCUMENTS, new Parameters.None()))
                    .list(r -> r.get("id").asString()));
        }
        unread.forEach(this::read);
    }

    /** Reads one document and links it with its counterparts of the same city and year. */
    public synchronized void read(String documentId) {
        try (Session session = session()) {
            Optional<Record> found = session.executeRead(tx ->
                    tx.run(queries.query(REPORT_SOURCE, new DocumentId(documentId))).list().stream().findFirst());
            if (found.isEmpty()) {
                return;
            }
            Record doc = found.get();
            String kind = doc.get("kind").asString();
            Integer year = doc.get("year").isNull() ? null : doc.get("year").asInt();
            String text = doc.get("text").asString(null);
            String city = doc.get("city").asString("");
            List<String> counterparts = doc.get("counterparts").asList(v -> v.asString());
            session.executeWriteWithoutResult(tx -> {
                if ("REPORT".equals(kind) && text != null) {
                    tx.run(queries.query(STORE_PASSAGES, new DocumentRows(documentId,
                            passageRows(documentId, reportReader.read(text, year))))).consume();
                }
                if ("NOTICE".equals(kind)) {
                    int ruleYear = year != null ? year : LocalDate.now().getYear();
                    List<ReportingRules.Rule> rules = text == null ? List.of()
                            : ReportingRules.read(text, ruleYear).rules();
                    tx.run(queries.query(STORE_REPORTING_RULES, new DocumentRows(documentId, ruleRows(rules))))
                            .consume();
                    var taskRecords = tx.run(queries.query(REPORT_TASKS, new DocumentRef(documentId))).list();
                    // A deadline the notice states for the task (a table's 完成时限) is read before its prose.
                    Map<String, String> statedDeadlines = new HashMap<>();
                    taskRecords.forEach(r -> {
                        if (!r.get("deadlinePhrase").isNull()) {
                            statedDeadlines.put(r.get("id").asString(), r.get("deadlinePhrase").asString());
                        }
                    });
                    List<PassageMatcher.TaskText> tasks = taskRecords.stream().map(ReportLinker::taskText).toList();
                    tx.run(queries.query(STORE_TASK_FACTS, new Parameters.Rows(factRows(tasks, statedDeadlines,
                            ruleYear)))).consume();
                }
                for (String other : counterparts) {
                    String notice = "NOTICE".equals(kind) ? documentId : other;
                    String report = "NOTICE".equals(kind) ? other : documentId;
                    link(tx, notice, report);
                }
                tx.run(queries.query(MARK_REPORT_READ, new DocumentId(documentId))).consume();
                version.changed(tx, List.of(city), false);
            });
            session.executeWriteWithoutResult(tx -> {
                tx.run(queries.query(STORE_UNIT_REPORT_DATES, new CityRows(city, unitDateRows(city)))).consume();
                version.changed(tx, List.of(city), false);
            });
        } catch (RuntimeException e) {
            // Reading the report side must never undo or block an import that has committed.
            log.error("Could not read document {} for passages, links and the reporting calendar", documentId, e);
        }
    }

    private void link(TransactionContext tx, String noticeId, String reportId) {
        List<Passage> passages = tx.run(queries.query(REPORT_PASSAGES, new DocumentRef(reportId)))
                .list(r -> new Passage(r.get("no").asInt(), r.get("paragraph").asInt(), r.get("part").asString(""),
                        r.get("section").asString(null), r.get("text").asString(), r.get("planning").asBoolean(),
                        r.get("heading").asBoolean(), r.get("commitment").asBoolean()));
        List<PassageMatcher.TaskText> tasks = tx.run(queries.query(REPORT_TASKS, new DocumentRef(noticeId)))
                .list(ReportLinker::taskText);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PassageMatcher.Link link : matcher.match(tasks, passages)) {
            rows.add(Map.of("taskId", link.taskId(), "passageId", passageId(reportId, link.passageNo()),
                    "score", link.score(), "method", link.method()));
        }
        tx.run(queries.query(STORE_TASK_LINKS, new LinkRows(noticeId, reportId, rows))).consume();
        log.info("Traced {} of {} tasks of {} to passages of report {} ({} links)",
                rows.stream().map(r -> r.get("taskId")).distinct().count(), tasks.size(), noticeId, reportId, rows.size());
    }

    private List<Map<String, Object>> unitDateRows(String city) {
        List<Map<String, Object>> rows = new ArrayList<>();
        reads.calendars(city, null).forEach(calendar -> {
            if (!calendar.dates().isEmpty()) {
                rows.add(Map.of("key", calendar.key(),
                        "dates", calendar.dates().stream().map(d -> d.date().toString()).toList()));
            }
        });
        return rows;
    }

    private static PassageMatcher.TaskText taskText(Record r) {
        return new PassageMatcher.TaskText(r.get("id").asString(), r.get("text").asString(""), r.get("item").asString(null));
    }

    static String passageId(String reportId, int no) {
        return reportId + "-P" + no;
    }

    private static List<Map<String, Object>> passageRows(String docId, List<Passage> passages) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Passage p : passages) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", passageId(docId, p.no()));
            row.put("no", p.no());
            row.put("paragraph", p.paragraph());
            row.put("part", p.part());
            row.put("section", p.section());
            row.put("text", p.text());
            row.put("planning", p.planning());
            row.put("heading", p.heading());
            row.put("commitment", p.commitment());
            row.values().removeIf(v -> v == null);
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, Object>> ruleRows(List<ReportingRules.Rule> rules) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int pos = 0; pos < rules.size(); pos++) {
            ReportingRules.Rule rule = rules.get(pos);
            Map<String, Object> row = new HashMap<>();
            row.put("pos", pos);
            row.put("scope", rule.scope().name());
            row.put("role", rule.role().name());
            row.put("what", rule.what());
            row.put("dates", rule.dates().stream().map(LocalDate::toString).toList());
            row.put("daysBefore", rule.daysBefore());
            row.put("to", rule.to());
            row.put("phrase", rule.phrase());
            row.values().removeIf(v -> v == null);
            rows.add(row);
        }
        return rows;
    }

    private List<Map<String, Object>> factRows(List<PassageMatcher.TaskText> tasks, Map<String, String> statedDeadlines,
            int year) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PassageMatcher.TaskText task : tasks) {
            List<Map<String, Object>> found = new ArrayList<>();
            List<Target> read = targets.extract(task.text());
            for (int pos = 0; pos < read.size(); pos++) {
                Target t = read.get(pos);
                Map<String, Object> target = new HashMap<>();
                target.put("pos", pos);
                target.put("metric", t.metric());
                target.put("change", t.change());
                target.put("value", t.value());
                target.put("upper", t.upper());
                target.put("unit", t.unit());
                target.put("comparator", t.comparator());
                target.put("phrase", t.phrase());
                target.values().removeIf(v -> v == null);
                found.add(target);
            }
            String stated = statedDeadlines.get(task.id());
            Optional<Deadline> deadline = stated == null ? deadlines.read(task.text(), year)
                    : deadlines.read(stated, year).or(() -> deadlines.read(task.text(), year));
            Map<String, Object> row = new HashMap<>();
            row.put("taskId", task.id());
            row.put("deadline", deadline.map(d -> d.date().toString()).orElse(null));
            row.put("deadlinePhrase", deadline.map(Deadline::phrase).orElse(null));
            row.put("targets", found);
            rows.add(row);
        }
        return rows;
    }

    private Session session() {
        // The executable-query bookmark manager is the read side's, so reads right after see these writes.
        return driver.session(SessionConfig.builder().withBookmarkManager(driver.executableQueryBookmarkManager())
                .build());
    }
}
