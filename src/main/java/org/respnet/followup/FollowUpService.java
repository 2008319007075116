package org.respnet.followup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.respnet.followup.FollowUpViews.Board;
import org.respnet.followup.FollowUpViews.Lateness;
import org.respnet.followup.FollowUpViews.LightCounts;
import org.respnet.followup.FollowUpViews.NoticeTask;
import org.respnet.followup.FollowUpViews.PredictedObserved;
import org.respnet.followup.FollowUpViews.ProgressEntry;
import org.respnet.followup.FollowUpViews.ProgressRequest;
import org.respnet.followup.FollowUpViews.Recorded;
import org.respnet.followup.FollowUpViews.Spread;
import org.respnet.followup.FollowUpViews.SupervisionNotice;
import org.respnet.followup.FollowUpViews.TaskStatus;
import org.respnet.followup.ProgressTemplate.FilledRow;
import org.respnet.followup.ProgressTemplate.RowError;
import org.respnet.graph.CypherQueries;
import org.respnet.graph.GraphReader;
import org.respnet.graph.GraphVersion;
import org.respnet.graph.NamedQuery;
import org.respnet.graph.NotFoundException;
import org.respnet.graph.Parameters;
import org.respnet.system.RespNetSecurityProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Progress in (JSON or a filled template), lights out: who may report on which task (checked against the graph
 * for every row), the append-only writes with their audit entry, and the 看板 and 督办单 read from one query of
 * task states through {@link TaskLight}.
 */
@Service
public class FollowUpService {

    static final NamedQuery<TaskUnitFilter> UNIT_TASKS = NamedQuery.of("followup-unit-tasks", TaskUnitFilter.class);
    static final NamedQuery<Parameters.City> TASK_STATES = NamedQuery.of("followup-task-states", Parameters.City.class);
    static final NamedQuery<Parameters.Rows> RECORD_PROGRESS = NamedQuery.of("record-progress", Parameters.Rows.class);
    static final NamedQuery<TaskRef> PROGRESS_HISTORY = NamedQuery.of("progress-history", TaskRef.class);
    static final NamedQuery<Parameters.City> UNIT_SCORES = NamedQuery.of("unit-bottleneck-scores",
            Parameters.City.class);

    record TaskUnitFilter(String task, String unit, String city) {
    }

    record TaskRef(String task) {
    }

    record Holder(String task, String no, String kind, String text, String city, String deadline, String unitKey,
            String unit, String role, String via) {
    }

    record LatestRow(String at, String status, Integer percent, String note, String unit) {
    }

    record StateRow(String id, String no, String kind, String text, String city, String deadline, Integer year,
            List<String> reportDates, List<LatestRow> latest, List<String> leaders, List<String> leadUnits,
            List<String> responsibleUnits) {
    }

    record ScoreRow(String unit, String city, Double score) {
    }

    private final Driver driver;
    private final CypherQueries queries;
    private final GraphReader reader;
    private final AuditTrail audit;
    private final RespNetSecurityProperties security;
    private final Clock clock = Clock.systemDefaultZone();

    private final GraphVersion version;

    FollowUpService(Driver driver, CypherQueries queries, GraphReader reader, AuditTrail audit,
            RespNetSecurityProperties security, GraphVersion version) {
        this.version = version;
        this.driver = driver;
        this.queries = queries;
        this.reader = reader;
        this.audit = audit;
        this.security = security;
    }

    // ---- writes

    /** One report on one task, by the logged-in unit (or, for EDITOR, by the unit named or the first lead unit). */
    public Recorded report(String taskId, ProgressRequest request) {
        List<Holder> holders = reader.list(UNIT_TASKS, new TaskUnitFilter(taskId, null, null), Holder.class);
        if (holders.isEmpty()) {
            throw new NotFoundException("task", taskId);
        }
        Optional<String> own = loginUnit();
        Holder holder;
        if (own.isPresent()) {
            holder = best(holders, own.get()).orElseThrow(() -> forbidden("单位账号「" + AuditTrail.currentUser()
                    + "」属于" + own.get() + "，不能填报第 " + holders.get(0).no() + " 项任务：该任务不由本单位牵头或负责"));
        } else if (request.unit() != null && !request.unit().isBlank()) {
            holder = best(holders, request.unit().strip()).orElseThrow(() -> rejected(List.of(new RowError(0, "unit",
                    "「" + request.unit() + "」不是该任务的牵头或责任单位"))));
        } else {
            holder = holders.stream().filter(h -> "LEADS".equals(h.role()) && h.via() == null).findFirst()
                    .orElse(holders.get(0));
        }
        List<RowError> errors = new ArrayList<>();
        ProgressStatus status = ProgressStatus.ofLabel(request.status()).orElse(null);
        if (status == null) {
            errors.add(new RowError(0, "status", "进展状态「" + Objects.toString(request.status(), "")
                    + "」不是 " + String.join("、", ProgressStatus.labels()) + " 之一"));
        }
        if (request.percent() != null && (request.percent() < 0 || request.percent() > 100)) {
            errors.add(new RowError(0, "percent", "完成百分比「" + request.percent() + "」不在 0 到 100 之间"));
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        if (note != null && note.length() > ProgressTemplate.MAX_NOTE) {
            errors.add(new RowError(0, "note", "进展说明超过 " + ProgressTemplate.MAX_NOTE + " 字"));
        }
        String period = request.period() == null || request.period().isBlank() ? YearMonth.now(clock).toString()
                : request.period().strip();
        if (!period.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            errors.add(new RowError(0, "period", "报送期「" + period + "」应为 2024-06 这样的年月"));
        }
        if (!errors.isEmpty()) {
            throw rejected(errors);
        }
        Integer percent = request.percent() == null && status == ProgressStatus.DONE ? Integer.valueOf(100)
                : request.percent();
        List<Map<String, Object>> rows = List.of(row(taskId, holder.unitKey(), period, status, percent, note));
        return write(rows, AuditTrail.Action.PROGRESS, "task " + taskId,
                holder.unit() + " 报 " + status.label() + (percent == null ? "" : " " + percent + "%"));
    }

    /** A filled template of {@code unit}: every row valid and the unit's, or nothing written (422). */
    public Recorded upload(String unit, String city, byte[] file) {
        Optional<String> own = loginUnit();
        if (own.isPresent() && !own.get().equals(unit)) {
            throw forbidden("单位账号「" + AuditTrail.currentUser() + "」属于" + own.get() + "，不能上传" + unit + "的进展");
        }
        Map<String, Holder> held = held(unit, city);
        Map<String, String> numbers = new LinkedHashMap<>();
        held.forEach((id, h) -> numbers.put(id, h.no()));
        ProgressTemplate.Reading reading = ProgressTemplate.read(file, numbers);
        if (!reading.ok()) {
            throw rejected(reading.errors());
        }
        String period = YearMonth.now(clock).toString();
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<String> hashes = new LinkedHashSet<>();
        for (FilledRow r : reading.rows()) {
            Map<String, Object> row = row(r.task(), held.get(r.task()).unitKey(), period, r.status(), r.percent(),
                    r.note());
            if (hashes.add((String) row.get("hash"))) {
                rows.add(row);
            }
        }
        return write(rows, AuditTrail.Action.UPLOAD, "unit " + unit,
                unit + " 上传进展模板，" + reading.rows().size() + " 行，文件 sha256 " + sha256(file).substring(0, 16));
    }

    private Recorded write(List<Map<String, Object>> rows, AuditTrail.Action action, String target, String detail) {
        try (Session session = driver.session(SessionConfig.builder()
                .withBookmarkManager(driver.executableQueryBookmarkManager()).build())) {
            List<String> written = session.executeWrite(tx -> {
                var recorded = tx.run(queries.query(RECORD_PROGRESS, new Parameters.Rows(rows))).list();
                List<String> tasks = recorded.stream().map(r -> r.get("task").asString()).toList();
                if (!tasks.isEmpty()) {
                    version.changed(tx, recorded.stream().map(r -> r.get("city").asString("")).distinct().toList(),
                            false);
                    audit.record(tx, action, target, detail + "，写入 " + tasks.size() + " 条");
                }
                return tasks;
            });
            return new Recorded(target, rows.size(), written.size(), written);
        }
    }

    private Map<String, Object> row(String task, String unitKey, String period, ProgressStatus status,
            Integer percent, String note) {
        Map<String, Object> row = new HashMap<>();
        row.put("task", task);
        row.put("unitKey", unitKey);
        row.put("at", audit.now());
        row.put("period", period);
        row.put("status", status.label());
        row.put("percent", percent);
        row.put("note", note);
        row.put("by", AuditTrail.currentUser());
        // The same report (task, unit, period, content) twice is one entry: a resent file writes nothing.
        row.put("hash", sha256(String.join("\u0000", task, unitKey, period, status.label(),
                Objects.toString(percent, ""), Objects.toString(note, "")).getBytes(StandardCharsets.UTF_8)));
        return row;
    }

    /** The unit's tasks by id, its lead role and a direct naming preferred. */
    private Map<String, Holder> held(String unit, String city) {
        Map<String, Holder> held = new LinkedHashMap<>();
        for (Holder h : reader.list(UNIT_TASKS, new TaskUnitFilter(null, unit, city), Holder.class)) {
            held.merge(h.task(), h, (a, b) -> rank(b) < rank(a) ? b : a);
        }
        if (held.isEmpty()) {
            throw new NotFoundException("unit", unit);
        }
        return held;
    }

    private static Optional<Holder> best(List<Holder> holders, String unit) {
        return holders.stream().filter(h -> h.unit().equals(unit)).min(Comparator.comparingInt(FollowUpService::rank));
    }

    private static int rank(Holder h) {
        return ("LEADS".equals(h.role()) ? 0 : 2) + (h.via() == null ? 0 : 1);
    }

    private Optional<String> loginUnit() {
        return security.unitOf(AuditTrail.currentUser());
    }

    // ---- reads

    public List<ProgressEntry> history(String taskId) {
        return reader.list(PROGRESS_HISTORY, new TaskRef(taskId), ProgressEntry.class);
    }

    /** The template of a unit: its tasks, its role on each, the deadline or next reporting date. */
    public byte[] template(String unit, String city) {
        Map<String, Holder> held = held(unit, city);
        Map<String, TaskStatus> states = new HashMap<>();
        statuses(city, LocalDate.now(clock)).forEach(s -> states.put(s.id(), s));
        List<ProgressTemplate.TemplateTask> tasks = held.values().stream()
                .map(h -> new ProgressTemplate.TemplateTask(h.task(), number(h.kind(), h.no()), h.text(),
                        ("LEADS".equals(h.role()) ? "牵头" : "责任") + (h.via() == null ? "" : "（" + h.via() + "）"),
                        Optional.ofNullable(states.get(h.task())).map(s -> s.deadline() != null ? s.deadline() : s.nextDue())
                                .orElse(h.deadline())))
                .toList();
        return ProgressTemplate.write(unit, tasks);
    }

    private static String number(String kind, String no) {
        return ("LIVELIHOOD".equals(kind) ? "民生" : "") + Objects.toString(no, "");
    }

    /** Every task of a city (or all) with its light on {@code on}. */
    public List<TaskStatus> statuses(String city, LocalDate on) {
        return reader.list(TASK_STATES, new Parameters.City(city), StateRow.class).stream()
                .map(row -> status(row, on)).toList();
    }

    private static TaskStatus status(StateRow row, LocalDate on) {
        LocalDate deadline = row.deadline() == null ? null : LocalDate.parse(row.deadline());
        int year = row.year() != null ? row.year() : deadline != null ? deadline.getYear() : on.getYear();
        List<LocalDate> dates = row.reportDates().isEmpty() ? TaskLight.quarterEnds(year)
                : new TreeSet<>(row.reportDates().stream().map(LocalDate::parse).toList()).stream().toList();
        LatestRow latest = row.latest().isEmpty() ? null : row.latest().get(0);
        TaskLight.Latest last = latest == null ? null : new TaskLight.Latest(LocalDate.parse(latest.at().substring(0, 10)),
                ProgressStatus.ofLabel(latest.status()).orElse(ProgressStatus.ON_TRACK));
        TaskLight light = TaskLight.of(last, deadline, dates, on);
        String nextDue = dates.stream().filter(d -> !d.isBefore(on)).findFirst().map(LocalDate::toString).orElse(null);
        return new TaskStatus(row.id(), number(row.kind(), row.no()), row.kind(), row.text(), row.city(),
                row.deadline(), nextDue, light.light(), light.light().label(), light.reason(), light.missed(),
                latest == null ? null : latest.status(), latest == null ? null : latest.at(),
                latest == null ? null : latest.percent(), row.leaders(), row.leadUnits(), row.responsibleUnits());
    }

    /** The 督办看板 of a city (or every city) on a day. */
    public Board board(String city, LocalDate on) {
        List<TaskStatus> tasks = statuses(city, on);
        long reports = tasks.stream().filter(t -> t.latestAt() != null).count();
        List<LightCounts> totals = List.of(counts("全部任务", null, tasks));
        List<LightCounts> byLead = rollUp(tasks, TaskStatus::leadUnits);
        List<LightCounts> byResponsible = rollUp(tasks, TaskStatus::responsibleUnits);
        List<LightCounts> byLeader = rollUp(tasks, TaskStatus::leaders);
        List<TaskStatus> overdue = tasks.stream().filter(t -> t.light() == Light.RED)
                .sorted(Comparator.comparing((TaskStatus t) -> t.deadline() == null ? "9999" : t.deadline())
                        .thenComparing(t -> -t.missed()))
                .toList();
        Lateness coLed = lateness(tasks.stream().filter(t -> t.leadUnits().size() >= 2).toList());
        Lateness single = lateness(tasks.stream().filter(t -> t.leadUnits().size() == 1).toList());
        return new Board(on.toString(), TaskLight.RULE, reports == 0, reports, totals, byLead, byResponsible,
                byLeader, overdue, coLed, single, spread(tasks), predictedObserved(city, tasks));
    }

    private static List<LightCounts> rollUp(List<TaskStatus> tasks, Function<TaskStatus, List<String>> names) {
        Map<String, List<TaskStatus>> by = new LinkedHashMap<>();
        for (TaskStatus t : tasks) {
            for (String name : new LinkedHashSet<>(names.apply(t))) {
                by.computeIfAbsent(t.city() + "\u0000" + name, k -> new ArrayList<>()).add(t);
            }
        }
        return by.entrySet().stream()
                .map(e -> counts(e.getKey().substring(e.getKey().indexOf('\u0000') + 1),
                        e.getValue().get(0).city(), e.getValue()))
                .sorted(Comparator.comparingInt(LightCounts::red).reversed()
                        .thenComparing(Comparator.comparingInt(LightCounts::yellow).reversed())
                        .thenComparing(LightCounts::name))
                .toList();
    }

    private static LightCounts counts(String name, String city, List<TaskStatus> tasks) {
        int[] n = new int[Light.values().length];
        int done = 0;
        for (TaskStatus t : tasks) {
            n[t.light().ordinal()]++;
            if (ProgressStatus.DONE.label().equals(t.latestStatus())) {
                done++;
            }
        }
        int late = n[Light.RED.ordinal()] + n[Light.YELLOW.ordinal()];
        return new LightCounts(name, city, tasks.size(), n[Light.GREEN.ordinal()], n[Light.YELLOW.ordinal()],
                n[Light.RED.ordinal()], n[Light.GREY.ordinal()], done, share(done, tasks.size()),
                share(late, tasks.size()));
    }

    private static Lateness lateness(List<TaskStatus> tasks) {
        int late = (int) tasks.stream().filter(FollowUpService::late).count();
        return new Lateness(tasks.size(), late, share(late, tasks.size()));
    }

    private static boolean late(TaskStatus t) {
        return t.light() == Light.RED || t.light() == Light.YELLOW;
    }

    /** Lead units of late tasks, by how many other units (lead or responsible) those tasks name. */
    private static List<Spread> spread(List<TaskStatus> tasks) {
        Map<String, Set<String>> touched = new LinkedHashMap<>();
        Map<String, Integer> lateTasks = new HashMap<>();
        Map<String, String> cities = new HashMap<>();
        for (TaskStatus t : tasks) {
            if (!late(t)) {
                continue;
            }
            for (String lead : new LinkedHashSet<>(t.leadUnits())) {
                String key = t.city() + "\u0000" + lead;
                cities.put(key, t.city());
                lateTasks.merge(key, 1, Integer::sum);
                Set<String> others = touched.computeIfAbsent(key, k -> new TreeSet<>());
                t.leadUnits().stream().filter(u -> !u.equals(lead)).forEach(others::add);
                t.responsibleUnits().stream().filter(u -> !u.equals(lead)).forEach(others::add);
            }
        }
        return touched.entrySet().stream()
                .map(e -> new Spread(e.getKey().substring(e.getKey().indexOf('\u0000') + 1), cities.get(e.getKey()),
                        lateTasks.get(e.getKey()), e.getValue().size(), List.copyOf(e.getValue())))
                .sorted(Comparator.comparingInt(Spread::otherUnits).reversed().thenComparing(Spread::unit))
                .limit(15)
                .toList();
    }

    private List<PredictedObserved> predictedObserved(String city, List<TaskStatus> tasks) {
        Map<String, List<TaskStatus>> byUnit = new HashMap<>();
        for (TaskStatus t : tasks) {
            Set<String> units = new LinkedHashSet<>(t.leadUnits());
            units.addAll(t.responsibleUnits());
            units.forEach(u -> byUnit.computeIfAbsent(t.city() + "\u0000" + u, k -> new ArrayList<>()).add(t));
        }
        return reader.list(UNIT_SCORES, new Parameters.City(city), ScoreRow.class).stream()
                .filter(s -> s.score() != null && byUnit.containsKey(s.city() + "\u0000" + s.unit()))
                .map(s -> {
                    List<TaskStatus> own = byUnit.get(s.city() + "\u0000" + s.unit());
                    int late = (int) own.stream().filter(FollowUpService::late).count();
                    return new PredictedObserved(s.unit(), s.city(), s.score(), own.size(), late,
                            share(late, own.size()));
                })
                .sorted(Comparator.comparingDouble(PredictedObserved::score).reversed())
                .toList();
    }

    /** The 督办单 of one unit: its red and yellow tasks with their history, and its next due date. */
    public SupervisionNotice notice(String unit, String city, LocalDate on) {
        Map<String, Holder> held = held(unit, city);
        List<TaskStatus> own = statuses(city, on).stream().filter(t -> held.containsKey(t.id())).toList();
        List<NoticeTask> items = own.stream().filter(FollowUpService::late)
                .sorted(Comparator.comparing((TaskStatus t) -> t.light() == Light.RED ? 0 : 1))
                .map(t -> new NoticeTask(t, "LEADS".equals(held.get(t.id()).role()) ? "牵头" : "责任", history(t.id())))
                .toList();
        String next = own.stream().flatMap(t -> java.util.stream.Stream.of(t.nextDue(), t.deadline()))
                .filter(Objects::nonNull).filter(d -> !LocalDate.parse(d).isBefore(on)).min(String::compareTo)
                .orElse(null);
        return new SupervisionNotice(unit, on.toString(), TaskLight.RULE, next, own.size(),
                (int) own.stream().filter(t -> t.light() == Light.RED).count(),
                (int) own.stream().filter(t -> t.light() == Light.YELLOW).count(), items);
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ErrorResponseException forbidden(String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, message);
        problem.setProperty("reason", "unit");
        return new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
    }

    private static ErrorResponseException rejected(List<RowError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "未写入任何进展：" + errors.size() + " 处错误，" + errors.get(0).message());
        problem.setProperty("errors", errors);
        return new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
    }
}
