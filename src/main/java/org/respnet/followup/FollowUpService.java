package org.respnet.followup;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
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
import java.util.TreeMap;
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
    static final NamedQuery<StatesQuery> TASK_STATES = NamedQuery.of("followup-task-states", StatesQuery.class);
    static final NamedQuery<Parameters.Rows> RECORD_PROGRESS = NamedQuery.of("record-progress", Parameters.Rows.class);
    static final NamedQuery<TaskRef> PROGRESS_HISTORY = NamedQuery.of("progress-history", TaskRef.class);
    static final NamedQuery<Parameters.City> UNIT_SCORES = NamedQuery.of("unit-bottleneck-scores",
            Parameters.City.class);
    static final NamedQuery<Parameters.None> CITY_LIGHTS = NamedQuery.of("followup-city-lights", Parameters.None.class);
    static final NamedQuery<Parameters.None> DOCUMENT_DATES = NamedQuery.of("followup-document-dates",
            Parameters.None.class);

    private static final String PERIOD = "\\d{4}-\\d{2}(-\\d{2})?";
    /** Years a report period may name: the shape alone let 9999-99-99 through. */
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    /** Rows per transaction (and per audit entry) of {@link #recordBulk}. */
    public static final int BULK_BATCH = 5_000;

    record TaskUnitFilter(String task, String unit, String city) {
    }

    record TaskRef(String task) {
    }

    /** The tasks of a city (null: every city), or with {@code ids} just these. */
    record StatesQuery(String city, List<String> ids) {
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

    /** Tasks that share everything their light depends on (followup-city-lights.cypher). */
    record LightGroup(String city, String document, String kind, String deadline, boolean coLed, String latestOn,
            String latestStatus, long tasks) {
    }

    record DocumentDates(String document, Integer year, List<ScopedDate> dates) {
    }

    record ScopedDate(String scope, String date) {
    }

    /**
     * One progress entry of a bulk load: the task, the reporting unit's key, when it was reported (its light reads
     * this day) and for which month, and what.
     */
    public record BulkRow(String task, String unitKey, OffsetDateTime at, String period, ProgressStatus status,
            Integer percent, String note) {
    }

    private final Driver driver;
    private final CypherQueries queries;
    private final GraphReader reader;
    private final AuditTrail audit;
    private final RespNetSecurityProperties security;
    private final Clock clock = Clock.systemDefaultZone();

    private final GraphVersion version;

    private final FollowUpProperties properties;

    FollowUpService(Driver driver, CypherQueries queries, GraphReader reader, AuditTrail audit,
            RespNetSecurityProperties security, GraphVersion version, FollowUpProperties properties) {
        this.properties = properties;
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
        Optional<String> ownCity = security.cityOf(AuditTrail.currentUser());
        Holder holder;
        if (own.isPresent()) {
            // A login is bound to its unit in its city: 孝感's 市发改委 is another unit than 随州's.
            List<Holder> inCity = holders.stream().filter(h -> ownCity.isEmpty() || ownCity.get().equals(h.city()))
                    .toList();
            holder = best(inCity, own.get()).orElseThrow(() -> forbidden("单位账号「" + AuditTrail.currentUser()
                    + "」属于" + ownCity.orElse("") + own.get() + "，不能填报第 " + holders.get(0).no()
                    + " 项任务：该任务不由本单位牵头或负责"));
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
        // A fraction is refused, not cut to an integer: 50.7 was stored as 50.
        Integer requestedPercent = null;
        if (request.percent() != null) {
            BigDecimal percent = request.percent().stripTrailingZeros();
            if (percent.scale() > 0 || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                errors.add(new RowError(0, "percent", "完成百分比「" + request.percent().toPlainString()
                        + "」应为 0 到 100 的整数"));
            } else {
                requestedPercent = percent.intValueExact();
            }
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        if (note != null && note.length() > ProgressTemplate.MAX_NOTE) {
            errors.add(new RowError(0, "note", "进展说明超过 " + ProgressTemplate.MAX_NOTE + " 字"));
        }
        String period = request.period() == null || request.period().isBlank() ? YearMonth.now(clock).toString()
                : request.period().strip();
        if (!isPeriod(period)) {
            errors.add(new RowError(0, "period", "报送期「" + period + "」应为 2024-06 这样的年月（或 2024-06-15 这样的日期）"));
        }
        if (!errors.isEmpty()) {
            throw rejected(errors);
        }
        Integer percent = requestedPercent == null && status == ProgressStatus.DONE ? Integer.valueOf(100)
                : requestedPercent;
        List<Map<String, Object>> rows = List.of(row(taskId, holder.unitKey(), period, status, percent, note));
        return write(rows, AuditTrail.Action.PROGRESS, "task " + taskId,
                holder.unit() + " 报 " + status.label() + (percent == null ? "" : " " + percent + "%"));
    }

    /** A filled template of {@code unit}: every row valid and the unit's, or nothing written (422). */
    public Recorded upload(String unit, String requestedCity, byte[] file) {
        Optional<String> own = loginUnit();
        Optional<String> ownCity = security.cityOf(AuditTrail.currentUser());
        String city = requestedCity == null && own.isPresent() ? ownCity.orElse(null) : requestedCity;
        if (own.isPresent() && (!own.get().equals(unit) || ownCity.isPresent() && !ownCity.get().equals(city))) {
            throw forbidden("单位账号「" + AuditTrail.currentUser() + "」属于" + ownCity.orElse("") + own.get() + "，不能上传"
                    + Objects.toString(city, "") + unit + "的进展");
        }
        Map<String, Holder> held = held(unit, city);
        Map<String, String> numbers = new LinkedHashMap<>();
        held.forEach((id, h) -> numbers.put(id, h.no()));
        ProgressTemplate.Reading reading = ProgressTemplate.read(file, numbers, properties.maxUploadRows());
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

    /**
     * Loads many entries at once (a backlog from another system, the benchmark's generated year): the same
     * statement as every other write ({@code record-progress.cypher}, a resent entry writes nothing), in
     * transactions of {@link #BULK_BATCH} rows, each with one {@code BULK} audit entry naming {@code source}.
     * Not an endpoint: the caller answers for the rows (no check that the unit is one of the task's); a row
     * with a percent outside 0–100 or a period that is no month is refused before anything is written.
     *
     * @return how many entries were new
     */
    public long recordBulk(List<BulkRow> rows, String source) {
        return recordBulk(rows, source, BULK_BATCH);
    }

    /** A real month ({@code 2024-06}) or day ({@code 2024-06-15}) between 2000 and 2100. */
    static boolean isPeriod(String period) {
        if (period == null || !period.matches(PERIOD)) {
            return false;
        }
        try {
            YearMonth month = YearMonth.parse(period.substring(0, 7));
            if (period.length() > 7) {
                LocalDate.parse(period);
            }
            return month.getYear() >= FIRST_YEAR && month.getYear() <= LAST_YEAR;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    long recordBulk(List<BulkRow> rows, String source, int batchSize) {
        for (BulkRow r : rows) {
            if (r.status() == null || (r.percent() != null && (r.percent() < 0 || r.percent() > 100))
                    || !isPeriod(r.period())) {
                throw new IllegalArgumentException("not a progress entry: " + r);
            }
        }
        long written = 0;
        for (int from = 0; from < rows.size(); from += batchSize) {
            List<BulkRow> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
            List<Map<String, Object>> maps = batch.stream().map(r -> row(r.task(), r.unitKey(), r.at().toString(),
                    r.period(), r.status(), r.percent(), r.note())).toList();
            written += write(maps, AuditTrail.Action.BULK, "bulk " + source,
                    source + "：第 " + (from + 1) + "–" + (from + batch.size()) + " 行").written();
        }
        return written;
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
        return row(task, unitKey, audit.now(), period, status, percent, note);
    }

    private static Map<String, Object> row(String task, String unitKey, String at, String period,
            ProgressStatus status, Integer percent, String note) {
        Map<String, Object> row = new HashMap<>();
        row.put("task", task);
        row.put("unitKey", unitKey);
        row.put("at", at);
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
        statuses(city, null).forEach(s -> states.put(s.id(), s));
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

    /**
     * Every task of a city (or all) with its light on {@code on}; where {@code on} is null, on today or, for a
     * notice of a year already over, on that year's last day ({@link TaskLight#readOn}).
     */
    public List<TaskStatus> statuses(String city, LocalDate on) {
        return states(new StatesQuery(city, null), on);
    }

    /**
     * The lights of these tasks, by id, read as the 看板 reads them (on {@code on}, or where null on today or the
     * year's end of each task's notice): the ledger shows the same light as the board.
     */
    public Map<String, TaskStatus> lights(List<String> ids, LocalDate on) {
        Map<String, TaskStatus> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            states(new StatesQuery(null, ids), on).forEach(s -> byId.put(s.id(), s));
        }
        return byId;
    }

    private List<TaskStatus> states(StatesQuery query, LocalDate on) {
        LocalDate today = LocalDate.now(clock);
        return reader.list(TASK_STATES, query, StateRow.class).stream()
                .map(row -> status(row, on != null ? on : TaskLight.readOn(row.year(), today))).toList();
    }

    private static TaskStatus status(StateRow row, LocalDate on) {
        LocalDate deadline = row.deadline() == null ? null : LocalDate.parse(row.deadline());
        List<LocalDate> dates = reportingDates(row.reportDates(), row.year(), deadline, on);
        LatestRow latest = row.latest().isEmpty() ? null : row.latest().get(0);
        TaskLight light = TaskLight.of(latest(latest == null ? null : latest.at(), latest == null ? null
                : latest.status()), deadline, dates, on);
        String nextDue = dates.stream().filter(d -> !d.isBefore(on)).findFirst().map(LocalDate::toString).orElse(null);
        return new TaskStatus(row.id(), number(row.kind(), row.no()), row.kind(), row.text(), row.city(),
                row.deadline(), nextDue, light.light(), light.light().label(), light.reason(), light.missed(),
                latest == null ? null : latest.status(), latest == null ? null : latest.at(),
                latest == null ? null : latest.percent(), row.leaders(), row.leadUnits(), row.responsibleUnits(),
                on.toString());
    }

    /** The notice's dates for the task, in order, or the quarter ends of its year where the notice sets none. */
    private static List<LocalDate> reportingDates(List<String> set, Integer year, LocalDate deadline, LocalDate on) {
        if (set.isEmpty()) {
            return TaskLight.quarterEnds(year != null ? year : deadline != null ? deadline.getYear() : on.getYear());
        }
        return new TreeSet<>(set.stream().map(LocalDate::parse).toList()).stream().toList();
    }

    /** The latest report from its time ({@code 2024-06-25…}) and label; null when there is none. */
    private static TaskLight.Latest latest(String at, String status) {
        return at == null ? null : new TaskLight.Latest(LocalDate.parse(at.substring(0, 10)),
                ProgressStatus.ofLabel(status).orElse(ProgressStatus.ON_TRACK));
    }

    /**
     * The 督办看板 of a city on a day. Without a city: where the graph holds one city, that city's board; where it
     * holds several, the national board — totals, one row per city ({@code page} of them, most red first) and
     * co-led vs single-lead lateness, read as groups of tasks sharing everything a light depends on, so its cost is
     * one pass over the tasks and its size bounded by the page; per unit and leader ask with {@code ?city=}.
     */
    public Board board(String city, LocalDate on, int offset, int limit) {
        if (city != null) {
            return board(city, on);
        }
        List<LightGroup> groups = reader.list(CITY_LIGHTS, new Parameters.None(), LightGroup.class);
        Set<String> cities = new TreeSet<>(groups.stream().map(LightGroup::city).filter(Objects::nonNull).toList());
        if (cities.size() <= 1) {
            return board(cities.isEmpty() ? null : cities.iterator().next(), on);
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, DocumentDates> documents = new HashMap<>();
        reader.list(DOCUMENT_DATES, new Parameters.None(), DocumentDates.class)
                .forEach(d -> documents.put(d.document(), d));
        Set<Integer> years = new TreeSet<>();
        Map<String, int[]> byCity = new TreeMap<>();
        int[] all = new int[COUNTS];
        int[] coLed = new int[COUNTS];
        int[] single = new int[COUNTS];
        long reports = 0;
        for (LightGroup g : groups) {
            LocalDate deadline = g.deadline() == null ? null : LocalDate.parse(g.deadline());
            DocumentDates doc = documents.get(g.document());
            List<String> set = doc == null ? List.of() : doc.dates().stream()
                    .filter(d -> "ALL".equals(d.scope()) || Objects.equals(d.scope(), g.kind()))
                    .map(ScopedDate::date).distinct().toList();
            TaskLight.Latest latest = latest(g.latestOn(), g.latestStatus());
            Integer year = doc == null ? null : doc.year();
            years.add(year == null ? Integer.valueOf(today.getYear()) : year);
            // Each notice on the day asked, or as the board of its own city reads it.
            LocalDate day = on != null ? on : TaskLight.readOn(year, today);
            Light light = TaskLight.of(latest, deadline, reportingDates(set, year, deadline, day), day).light();
            boolean done = latest != null && latest.status() == ProgressStatus.DONE;
            for (int[] n : List.of(all, byCity.computeIfAbsent(g.city(), k -> new int[COUNTS]), g.coLed() ? coLed : single)) {
                add(n, light, done, g.tasks());
            }
            reports += latest == null ? 0 : g.tasks();
        }
        List<LightCounts> cityRows = byCity.entrySet().stream().map(e -> counts(e.getKey(), e.getKey(), e.getValue()))
                .sorted(WORST_FIRST).skip(offset).limit(limit).toList();
        Integer year = years.size() == 1 ? years.iterator().next() : null;
        LocalDate day = on != null ? on : year != null ? TaskLight.readOn(year, today) : today;
        return new Board(day.toString(), today.toString(), year, on == null && year != null && day.isBefore(today),
                TaskLight.RULE, "national", byCity.size(), reports == 0, reports,
                List.of(counts("全部任务", null, all)), cityRows, List.of(), List.of(), List.of(), List.of(),
                lateness(coLed), lateness(single), List.of(), List.of());
    }

    private static final int COUNTS = Light.values().length + 1;
    private static final Comparator<LightCounts> WORST_FIRST = Comparator.comparingInt(LightCounts::red).reversed()
            .thenComparing(Comparator.comparingInt(LightCounts::yellow).reversed())
            .thenComparing(LightCounts::name);

    /** Counts of a set of tasks: one slot per light, the last for 已完成. */
    private static void add(int[] n, Light light, boolean done, long tasks) {
        n[light.ordinal()] += (int) tasks;
        n[COUNTS - 1] += done ? (int) tasks : 0;
    }

    /** The 督办看板 of one city (or, where null, of every task at once: use only on a graph of one city). */
    private Board board(String city, LocalDate on) {
        LocalDate today = LocalDate.now(clock);
        List<StateRow> rows = reader.list(TASK_STATES, new StatesQuery(city, null), StateRow.class);
        Integer year = year(rows);
        LocalDate day = on != null ? on : TaskLight.readOn(year, today);
        List<TaskStatus> tasks = rows.stream().map(row -> status(row, day)).toList();
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
        List<LightCounts> byCity = tasks.isEmpty() ? List.of()
                : List.of(counts(tasks.get(0).city(), tasks.get(0).city(), tasks));
        return new Board(day.toString(), today.toString(), year, on == null && day.isBefore(today), TaskLight.RULE,
                "city", byCity.size(), reports == 0, reports, totals, byCity,
                byLead, byResponsible, byLeader, overdue, coLed, single, spread(tasks), predictedObserved(city, tasks));
    }

    /** The year of the notice the rows are of (one scope is one notice), or null when it has none. */
    private static Integer year(List<StateRow> rows) {
        return rows.stream().map(StateRow::year).filter(Objects::nonNull).max(Integer::compare).orElse(null);
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
                .sorted(WORST_FIRST)
                .toList();
    }

    private static LightCounts counts(String name, String city, List<TaskStatus> tasks) {
        int[] n = new int[COUNTS];
        for (TaskStatus t : tasks) {
            add(n, t.light(), ProgressStatus.DONE.label().equals(t.latestStatus()), 1);
        }
        return counts(name, city, n);
    }

    private static LightCounts counts(String name, String city, int[] n) {
        int tasks = Arrays.stream(n, 0, COUNTS - 1).sum();
        int done = n[COUNTS - 1];
        int late = n[Light.RED.ordinal()] + n[Light.YELLOW.ordinal()];
        return new LightCounts(name, city, tasks, n[Light.GREEN.ordinal()], n[Light.YELLOW.ordinal()],
                n[Light.RED.ordinal()], n[Light.GREY.ordinal()], done, share(done, tasks), share(late, tasks));
    }

    private static Lateness lateness(int[] n) {
        int tasks = Arrays.stream(n, 0, COUNTS - 1).sum();
        int late = n[Light.RED.ordinal()] + n[Light.YELLOW.ordinal()];
        return new Lateness(tasks, late, share(late, tasks));
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

    /**
     * The 督办单 of one unit: its red and yellow tasks with their history, and its next due date; read on
     * {@code on}, or where null as the 看板 reads it (today, or the year's end of a past year's notice).
     */
    public SupervisionNotice notice(String unit, String city, LocalDate on) {
        Map<String, Holder> held = held(unit, city);
        List<StateRow> rows = reader.list(TASK_STATES, new StatesQuery(null, List.copyOf(held.keySet())),
                StateRow.class);
        LocalDate day = on != null ? on : TaskLight.readOn(year(rows), LocalDate.now(clock));
        List<TaskStatus> own = rows.stream().map(row -> status(row, day)).toList();
        List<NoticeTask> items = own.stream().filter(FollowUpService::late)
                .sorted(Comparator.comparing((TaskStatus t) -> t.light() == Light.RED ? 0 : 1))
                .map(t -> new NoticeTask(t, "LEADS".equals(held.get(t.id()).role()) ? "牵头" : "责任", history(t.id())))
                .toList();
        String next = own.stream().flatMap(t -> java.util.stream.Stream.of(t.nextDue(), t.deadline()))
                .filter(Objects::nonNull).filter(d -> !LocalDate.parse(d).isBefore(day)).min(String::compareTo)
                .orElse(null);
        return new SupervisionNotice(unit, day.toString(), TaskLight.RULE, next, own.size(),
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
