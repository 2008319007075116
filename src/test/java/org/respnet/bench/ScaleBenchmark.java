package org.respnet.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.HttpJson.enc;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.respnet.RespNetApplication;
import org.respnet.explore.StoredLayout;
import org.respnet.figures.NetworkFigures;
import org.respnet.report.ReportLinker;
import org.respnet.followup.FollowUpService;
import org.respnet.followup.FollowUpViews;
import org.respnet.followup.ProgressStatus;
import org.respnet.graph.CypherQueries;
import org.respnet.documents.DocumentImporter;
import org.respnet.documents.ImportPlan;
import org.respnet.ingest.NoticeParser;
import org.respnet.ingest.ParsedDocument;
import org.respnet.ingest.ReferenceData;
import org.respnet.synthetic.GeneratedCity;
import org.respnet.synthetic.NoticeGenerator;
import org.respnet.synthetic.ProgressGenerator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scale benchmark: {@code ./mvnw -Pbench verify -Dbench.cities=1,13,100,1000}. For each size it
 * generates that many cities' notices as text, parses them, imports them with RespNet's importer
 * into a fresh embedded database, loads the same rows with Neo4j's LOAD CSV into another fresh one,
 * times every API endpoint over loopback HTTP and the same Cypher through the driver, and restarts
 * the packaged application on the data to time its start-up. After the endpoints it loads a generated year of
 * monthly progress reports per task through the follow-up module's bulk write, times the 看板's endpoints, and
 * sets every unit's predicted bottleneck score against its observed (generated) lateness
 * (target/bench/predicted-observed.csv for the largest size). Writes target/bench/results.json and
 * results.md. Not part of the test suite: no timing is asserted.
 */
class ScaleBenchmark {

    private static final Path OUT = Path.of("target/bench");
    private final List<Integer> sizes = Arrays.stream(System.getProperty("bench.cities", "1,13").split(","))
            .map(String::strip).map(Integer::valueOf).toList();
    private final int requests = Integer.getInteger("bench.requests", 200);
    private final Duration budget = Duration.ofSeconds(Integer.getInteger("bench.seconds", 10));
    private final long seed = Long.getLong("bench.seed", 42);
    private final int progressMonths = Integer.getInteger("bench.progressMonths", 12);
    private final int importBatch = Integer.getInteger("bench.importBatch", 10);
    private final int importThreads = Integer.getInteger("bench.importThreads", Runtime.getRuntime().availableProcessors());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void measure() throws Exception {
        Files.createDirectories(OUT);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version"), "maxHeapMb", Runtime.getRuntime().maxMemory() >> 20));
        results.put("settings", Map.of("requests", requests, "secondsPerProbe", budget.toSeconds(), "seed", seed,
                "progressMonths", progressMonths));
        List<Map<String, Object>> runs = new ArrayList<>();
        results.put("runs", runs);
        for (int cities : sizes) {
            runs.add(run(cities));
            writeResults(results);
        }
    }

    private Map<String, Object> run(int cities) throws Exception {
        Path dir = OUT.resolve("cities-" + cities);
        deleteRecursively(dir);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cities", cities);

        List<GeneratedCity> generated = NoticeGenerator.fromBundledSeed(seed).generate(cities);
        ReferenceData reference = ReferenceData.read(new StringReader("name,kind,member_of,city\n" + String.join("\n",
                generated.stream().flatMap(c -> c.referenceRows().stream()).toList())), "generated units.csv");

        NoticeParser parser = new NoticeParser();
        long started = System.nanoTime();
        List<ParsedDocument> parsed = generated.stream().map(city -> parser.parse(city.notice())).toList();
        double parseSeconds = seconds(started);
        assertThat(parsed).allSatisfy(doc -> assertThat(doc.problems()).isEmpty());
        long tasks = parsed.stream().mapToLong(doc -> doc.tasks().size()).sum();
        m.put("tasks", tasks);
        m.put("parse_tasks_per_s", round(tasks / parseSeconds));

        try (ConfigurableApplicationContext app = start(dir.resolve("db"))) {
            DocumentImporter importer = app.getBean(DocumentImporter.class);
            started = System.nanoTime();
            // Cities share no node, so different cities' documents import on separate threads without
            // lock contention; several documents share a transaction, each still all or nothing.
            try (ExecutorService pool = Executors.newFixedThreadPool(importThreads)) {
                List<Future<List<DocumentImporter.Outcome>>> done = new ArrayList<>();
                for (int from = 0; from < parsed.size(); from += importBatch) {
                    List<ParsedDocument> batch = parsed.subList(from, Math.min(parsed.size(), from + importBatch));
                    done.add(pool.submit(() -> importer.importDocuments(batch, reference)));
                }
                for (Future<List<DocumentImporter.Outcome>> f : done) {
                    assertThat(f.get()).allSatisfy(outcome -> assertThat(outcome.failure()).isNull());
                }
            }
            double importSeconds = seconds(started);
            started = System.nanoTime();
            app.getBean(NetworkFigures.class).recompute();
            m.put("analytics_s", round(seconds(started)));
            // The explorer's stored layouts and the notices' reporting rules, as an import through the product leaves
            // them; else the first start on this store would still be catching up while its start-up is timed.
            started = System.nanoTime();
            app.getBean(StoredLayout.class).layoutStaleCities();
            m.put("layout_s", round(seconds(started)));
            started = System.nanoTime();
            app.getBean(ReportLinker.class).readUnreadDocuments();
            m.put("report_links_s", round(seconds(started)));
            m.put("import_threads", importThreads);
            m.put("import_batch", importBatch);
            try (var session = app.getBean(Driver.class).session()) {
                // The largest connected part of the co-assignment network: exact betweenness costs O(V·E) on it.
                var largest = session.run("""
                        MATCH (u:Unit) WITH u.city AS city, count(*) AS units ORDER BY units DESC LIMIT 1
                        RETURN units, COUNT { MATCH (a:Unit {city: city})-[:LEADS|SUPPORTS]->(:Task)<-[:LEADS|SUPPORTS]-(b:Unit)
                                              WHERE a.key < b.key RETURN DISTINCT a, b } AS links""").single();
                m.put("largest_city_units", largest.get("units").asLong());
                m.put("largest_city_links", largest.get("links").asLong());
            }
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            long rels = json(port, "/api/summary").get("relationships").asLong();
            m.put("relationships", rels);
            m.put("import_s", round(importSeconds));
            m.put("import_rels_per_s", round(rels / importSeconds));
            m.put("heap_mb", heapMb());
            Driver driver = app.getBean(Driver.class);
            CypherQueries queries = app.getBean(CypherQueries.class);
            settle();
            JsonNode top = json(port, "/api/units?limit=1").get(0);
            Probe probe = new Probe(top.get("name").asString(), top.get("city").asString());
            Map<String, Object> endpoints = endpoints(port, driver, queries, probe);
            m.put("endpoints", endpoints);

            // Follow-up: a year of generated monthly reports through FollowUpService.recordBulk, then the 看板.
            FollowUpService followUp = app.getBean(FollowUpService.class);
            LocalDate on = loadProgress(m, followUp, driver, queries, parsed);
            settle();
            endpoints.putAll(followUpEndpoints(port, driver, queries, probe, on));
            predictedObserved(m, followUp, parsed, on, cities == sizes.stream().mapToInt(Integer::intValue).max().orElse(cities));
        }

        LoadCsvBaseline.Result baseline = LoadCsvBaseline.run(parsed.stream().map(doc -> new ImportPlan(doc, reference)).toList(),
                dir.resolve("loadcsv"));
        m.put("loadcsv_rels_per_s", round(baseline.relationships() / baseline.seconds()));
        m.put("loadcsv_relationships", baseline.relationships());
        m.put("import_vs_loadcsv", round((double) m.get("import_rels_per_s") / (double) m.get("loadcsv_rels_per_s")));
        startup(m, dir.resolve("db"));
        return m;
    }

    private ConfigurableApplicationContext start(Path data) {
        // Command-line arguments: they outrank application.properties, unlike builder defaults.
        return new SpringApplicationBuilder(RespNetApplication.class).run(
                "--server.port=0", "--respnet.neo4j.embedded.bolt-port=0",
                "--respnet.neo4j.embedded.data-dir=" + data.toAbsolutePath(),
                "--respnet.import.import-on-start=false", "--logging.level.root=WARN");
    }

    /**
     * Each endpoint at concurrency 1 and 16 over HTTP, and the named queries behind it (all of them, with
     * the parameters the endpoint passes) through the driver at concurrency 1.
     */
    private Map<String, Object> endpoints(int port, Driver driver, CypherQueries queries, Probe probe) throws Exception {
        String unit = probe.unit();
        String city = probe.city();
        String taskId = json(port, "/api/tasks?city=" + enc(city) + "&limit=1").get(0).get("id").asString();
        Map<String, Object> page = params("city", null, "offset", 0, "limit", 100);
        Map<String, Object> cityPage = params("city", city, "offset", 0, "limit", 100);
        return measure(port, driver, queries, List.of(
                new Endpoint("/api/summary", "/api/summary", List.of(new Named("summary", Map.of()))),
                new Endpoint("/api/units", "/api/units", List.of(new Named("unit-workload",
                        params("expand", false, "city", null, "name", null, "offset", 0, "limit", 100)))),
                new Endpoint("/api/units/{name}", "/api/units/" + enc(unit) + "?city=" + enc(city), List.of(
                        new Named("unit-portfolio", params("name", unit, "city", city)),
                        new Named("unit-workload", params("expand", false, "city", city, "name", unit, "offset", 0, "limit", 1)),
                        new Named("unit-workload", params("expand", true, "city", city, "name", unit, "offset", 0, "limit", 1)))),
                new Endpoint("/api/leaders", "/api/leaders", List.of(new Named("leader-workload", page))),
                new Endpoint("/api/tasks?unit=&city=", "/api/tasks?unit=" + enc(unit) + "&city=" + enc(city) + "&limit=100",
                        List.of(new Named("tasks", params("id", null, "unit", unit, "leader", null, "section", null,
                                "q", null, "city", city, "coLedOnly", false, "dueFrom", null, "dueTo", null, "offset", 0, "limit", 100)))),
                new Endpoint("/api/tasks/{id}", "/api/tasks/" + taskId, List.of(new Named("tasks", params("id", taskId,
                        "unit", null, "leader", null, "section", null, "q", null, "city", null, "coLedOnly", false, "dueFrom", null, "dueTo", null,
                        "offset", 0, "limit", 1)))),
                new Endpoint("/api/conflicts/co-lead", "/api/conflicts/co-lead", List.of(
                        new Named("co-lead-conflicts", page))),
                new Endpoint("/api/bottlenecks", "/api/bottlenecks", List.of(
                        new Named("bottlenecks", params("groups", false, "city", null, "offset", 0, "limit", 100)))),
                new Endpoint("/api/bottlenecks?city=", "/api/bottlenecks?city=" + enc(city), List.of(
                        new Named("bottlenecks", params("groups", false, "city", city, "offset", 0, "limit", 100)))),
                new Endpoint("/api/matrix/leader-unit?city=", "/api/matrix/leader-unit?city=" + enc(city),
                        List.of(new Named("leader-unit-matrix", params("role", "lead", "city", city)))),
                new Endpoint("/api/communities?city=", "/api/communities?city=" + enc(city),
                        List.of(new Named("communities", cityPage))),
                new Endpoint("/api/communities", "/api/communities", List.of(new Named("communities", page)))));
    }

    /** Each endpoint at concurrency 1 and 16 over HTTP, its named queries through the driver at concurrency 1. */
    private Map<String, Object> measure(int port, Driver driver, CypherQueries queries, List<Endpoint> list)
            throws Exception {
        Map<String, Object> endpoints = new LinkedHashMap<>();
        for (Endpoint e : list) {
            Map<String, Object> figures = new LinkedHashMap<>();
            for (int concurrency : List.of(1, 16)) {
                AtomicInteger hits = new AtomicInteger();
                AtomicInteger calls = new AtomicInteger();
                figures.put("c" + concurrency, LatencyProbe.measure(() -> {
                    calls.incrementAndGet();
                    if (get(port, e.path())) {
                        hits.incrementAndGet();
                    }
                }, concurrency, requests, budget));
                figures.put("c" + concurrency + "_hit_share", round((double) hits.get() / calls.get()));
            }
            // Every request a new address, so none is served from the answer cache: the cost of computing it.
            AtomicInteger fresh = new AtomicInteger();
            figures.put("c16_uncached", LatencyProbe.measure(() -> get(port, e.path()
                    + (e.path().contains("?") ? "&" : "?") + "uncached=" + fresh.incrementAndGet()), 16, requests, budget));
            LatencyProbe.Percentiles direct = LatencyProbe.measure(() -> {
                for (Named q : e.queries()) {
                    driver.executableQuery(queries.text(q.name())).withParameters(q.params())
                            .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build()).execute();
                }
            }, 1, requests, budget);
            figures.put("driver_c1", direct);
            figures.put("api_overhead", round(((LatencyProbe.Percentiles) figures.get("c1")).p50() / direct.p50()));
            endpoints.put(e.label(), figures);
        }
        return endpoints;
    }

    /**
     * Lets the bulk writes settle before anything is timed: the heap collected and a pause for the store's
     * background work after a million new relationships (Community edition has no procedure to force a checkpoint).
     */
    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(5_000);
    }

    /** The unit and city the per-unit and per-city endpoints are asked about: the busiest unit's. */
    private record Probe(String unit, String city) {
    }

    /**
     * Generated progress for every task of every city ({@link ProgressGenerator}: {@code bench.progressMonths}
     * monthly reports each, from {@code bench.seed}), written through {@link FollowUpService#recordBulk} — the
     * product's statement, in its batches, each with its audit entry. Only the writes are timed
     * ({@code progress_s}); reading each city's tasks and generating is {@code progress_prepare_s}. Answers the
     * day the lights are then read on: the last day of the last month reported.
     */
    private LocalDate loadProgress(Map<String, Object> m, FollowUpService followUp, Driver driver,
            CypherQueries queries, List<ParsedDocument> parsed) {
        Map<String, Integer> years = new LinkedHashMap<>();
        parsed.forEach(doc -> years.putIfAbsent(doc.city(), doc.year() != null ? doc.year() : LocalDate.now().getYear()));
        long written = 0;
        long writeNanos = 0;
        long started = System.nanoTime();
        List<FollowUpService.BulkRow> pending = new ArrayList<>();
        for (Map.Entry<String, Integer> city : years.entrySet()) {
            ProgressGenerator generator = new ProgressGenerator(seed, city.getValue(), progressMonths);
            for (ProgressGenerator.TaskShape task : shapes(driver, queries, city.getKey())) {
                for (ProgressGenerator.Report r : generator.reports(task)) {
                    pending.add(new FollowUpService.BulkRow(r.task(), r.unitKey(),
                            r.at().atTime(10, 0).atOffset(ZoneOffset.ofHours(8)), r.period(),
                            ProgressStatus.ofLabel(r.status()).orElseThrow(), r.percent(), r.note()));
                }
            }
            if (pending.size() >= 4 * FollowUpService.BULK_BATCH) {
                long t = System.nanoTime();
                written += followUp.recordBulk(pending, "benchmark (generated)");
                writeNanos += System.nanoTime() - t;
                pending.clear();
            }
        }
        long t = System.nanoTime();
        written += followUp.recordBulk(pending, "benchmark (generated)");
        writeNanos += System.nanoTime() - t;
        double writeSeconds = writeNanos / 1e9;
        m.put("progress_entries", written);
        m.put("progress_s", round(writeSeconds));
        m.put("progress_per_s", round(written / writeSeconds));
        m.put("progress_prepare_s", round(seconds(started) - writeSeconds));
        int year = years.values().stream().findFirst().orElse(LocalDate.now().getYear());
        return YearMonth.of(year, 1).plusMonths(progressMonths - 1).atEndOfMonth();
    }

    /** A city's tasks as the generator sees them, from the product's own query of who answers for which task. */
    private static List<ProgressGenerator.TaskShape> shapes(Driver driver, CypherQueries queries, String city) {
        Map<String, String> deadlines = new LinkedHashMap<>();
        Map<String, Set<String>> leads = new LinkedHashMap<>();
        Map<String, Set<String>> units = new LinkedHashMap<>();
        for (Record row : driver.executableQuery(queries.text("followup-unit-tasks"))
                .withParameters(params("task", null, "unit", null, "city", city))
                .withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build()).execute().records()) {
            String task = row.get("task").asString();
            deadlines.put(task, row.get("deadline").isNull() ? null : row.get("deadline").asString());
            units.computeIfAbsent(task, k -> new LinkedHashSet<>()).add(row.get("unitKey").asString());
            Set<String> lead = leads.computeIfAbsent(task, k -> new LinkedHashSet<>());
            if ("LEADS".equals(row.get("role").asString())) {
                lead.add(row.get("unitKey").asString());
            }
        }
        return deadlines.entrySet().stream().map(e -> new ProgressGenerator.TaskShape(e.getKey(),
                e.getValue() == null ? null : LocalDate.parse(e.getValue()), List.copyOf(leads.get(e.getKey())),
                units.get(e.getKey()).size())).toList();
    }

    /** The 看板's endpoints on the generated progress, read on {@code on}. */
    private Map<String, Object> followUpEndpoints(int port, Driver driver, CypherQueries queries, Probe probe,
            LocalDate on) throws Exception {
        String city = probe.city();
        // a 督办单 is a unit's, not a group's: the city's busiest unit that is not a group
        String unit = null;
        for (JsonNode u : json(port, "/api/units?city=" + enc(city) + "&limit=20")) {
            if (unit == null && !"group".equals(u.get("kind").asString())) {
                unit = u.get("name").asString();
            }
        }
        String taskId = json(port, "/api/tasks?unit=" + enc(unit) + "&city=" + enc(city) + "&limit=1").get(0).get("id").asString();
        Map<String, Object> cityOnly = params("city", city);
        return measure(port, driver, queries, List.of(
                new Endpoint("/api/followup/board?city=", "/api/followup/board?city=" + enc(city) + "&on=" + on,
                        List.of(new Named("followup-task-states", cityOnly), new Named("unit-bottleneck-scores", cityOnly))),
                new Endpoint("/api/followup/board", "/api/followup/board?on=" + on, List.of(
                        new Named("followup-city-lights", Map.of()), new Named("followup-document-dates", Map.of()))),
                new Endpoint("/api/units/{name}/notice?city=", "/api/units/" + enc(unit) + "/notice?city=" + enc(city)
                        + "&on=" + on, List.of(new Named("followup-unit-tasks", params("task", null, "unit", unit, "city", city)),
                        new Named("followup-task-states", cityOnly))),
                new Endpoint("/api/tasks/{id}/progress", "/api/tasks/" + taskId + "/progress",
                        List.of(new Named("progress-history", params("task", taskId))))));
    }

    /**
     * Each city's 看板 on {@code on}: every unit's predicted bottleneck score against its observed lateness share
     * (red or yellow among its tasks), pooled over the cities; their Spearman rank correlation. The per-city
     * totals must add up to the national board's (which reads the newest report kept on each task).
     */
    /**
     * The chart of predicted against observed as text: units in ten equal groups by predicted bottleneck score,
     * each group's mean score → mean observed late share.
     */
    private static String deciles(List<FollowUpViews.PredictedObserved> pairs) {
        List<FollowUpViews.PredictedObserved> sorted = pairs.stream()
                .sorted(java.util.Comparator.comparingDouble(FollowUpViews.PredictedObserved::score)).toList();
        List<String> groups = new ArrayList<>();
        for (int d = 0; d < 10 && !sorted.isEmpty(); d++) {
            List<FollowUpViews.PredictedObserved> group = sorted.subList(d * sorted.size() / 10, (d + 1) * sorted.size() / 10);
            groups.add(String.format(java.util.Locale.ROOT, "%.2f→%.2f",
                    group.stream().mapToDouble(FollowUpViews.PredictedObserved::score).average().orElse(0),
                    group.stream().mapToDouble(FollowUpViews.PredictedObserved::lateShare).average().orElse(0)));
        }
        return String.join(" · ", groups);
    }

    private void predictedObserved(Map<String, Object> m, FollowUpService followUp, List<ParsedDocument> parsed,
            LocalDate on, boolean largest) throws IOException {
        List<FollowUpViews.PredictedObserved> pairs = new ArrayList<>();
        int[] sum = new int[4];
        for (String city : parsed.stream().map(ParsedDocument::city).distinct().toList()) {
            FollowUpViews.Board board = followUp.board(city, on, 0, 100);
            pairs.addAll(board.predictedObserved());
            FollowUpViews.LightCounts t = board.totals().get(0);
            sum[0] += t.red();
            sum[1] += t.yellow();
            sum[2] += t.green();
            sum[3] += t.grey();
        }
        FollowUpViews.LightCounts national = followUp.board(null, on, 0, 100).totals().get(0);
        assertThat(new int[] {national.red(), national.yellow(), national.green(), national.grey()}).containsExactly(sum);
        m.put("lights_red_yellow_green_grey", sum[0] + " / " + sum[1] + " / " + sum[2] + " / " + sum[3]);
        m.put("predicted_observed_units", pairs.size());
        double rho = spearman(pairs.stream().mapToDouble(FollowUpViews.PredictedObserved::score).toArray(),
                pairs.stream().mapToDouble(FollowUpViews.PredictedObserved::lateShare).toArray());
        m.put("predicted_observed_spearman", Math.round(rho * 1000) / 1000.0);
        m.put("predicted_observed_deciles", deciles(pairs));
        if (largest) {
            List<String> lines = new ArrayList<>(List.of("unit,city,predicted_bottleneck_score,tasks,late,observed_late_share"));
            pairs.forEach(p -> lines.add(String.join(",", p.unit(), p.city(), String.valueOf(p.score()),
                    String.valueOf(p.tasks()), String.valueOf(p.late()), String.valueOf(p.lateShare()))));
            Files.write(OUT.resolve("predicted-observed.csv"), lines);
        }
    }

    /** Spearman's rank correlation: Pearson's of the ranks, ties given their mean rank. */
    static double spearman(double[] x, double[] y) {
        double[] rx = ranks(x);
        double[] ry = ranks(y);
        double mx = Arrays.stream(rx).average().orElse(0);
        double my = Arrays.stream(ry).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < rx.length; i++) {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    private static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, java.util.Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[values.length];
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = (i + j) / 2.0 + 1;
            }
            i = j + 1;
        }
        return ranks;
    }

    /** An API endpoint (its label in the report and the path requested) and the named queries behind it. */
    private record Endpoint(String label, String path, List<Named> queries) {
    }

    /** A named query with the parameters the endpoint passes. */
    private record Named(String name, Map<String, Object> params) {
    }

    /**
     * Start-up on the store two ways: the packaged jar as built ({@code startup_s}), and the launch
     * docs/operations.md recommends for production, the jar extracted with an ahead-of-time cache trained on a
     * start of this store ({@code startup_aot_s}; Java 25 or later, else absent). Each is the time from launching
     * the process to its first {@code /api/summary} answer with data.
     */
    private void startup(Map<String, Object> m, Path data) throws Exception {
        Path jar = Files.list(Path.of("target")).filter(p -> p.getFileName().toString().matches("respnet-.*\\.jar"))
                .findFirst().orElseThrow(() -> new IllegalStateException("package the application first (mvn verify does)"));
        String java = ProcessHandle.current().info().command().orElse("java");
        m.put("startup_s", round(startupSeconds(data, List.of(java, "-jar", jar.toString()))));
        if (Runtime.version().feature() < 25) {
            return;
        }
        Path app = OUT.resolve("app");
        deleteRecursively(app);
        run(List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", app.toString()));
        Path extracted = app.resolve(jar.getFileName());
        Path cache = app.resolve("respnet.aot");
        long started = System.nanoTime();
        train(data, List.of(java, "-XX:AOTCacheOutput=" + cache, "-jar", extracted.toString()), cache);
        m.put("aot_training_s", round(seconds(started)));
        m.put("startup_aot_s", round(startupSeconds(data, List.of(java, "-XX:AOTCache=" + cache, "-jar",
                extracted.toString()))));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(OUT.resolve("aot.log").toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see target/bench/aot.log");
        }
    }

    /**
     * The training run docs/operations.md describes: one whole start on the store, the home page's first
     * answers, then a normal stop, at which the JVM writes the cache. A run stopped as soon as the context is
     * refreshed would leave out the embedded server's own start and the first queries, most of the work.
     */
    private void train(Path data, List<String> command, Path cache) throws Exception {
        Launched training = launch(data, command, "aot.log");
        try {
            for (String path : List.of("/", "/api/units?limit=20", "/api/bottlenecks", "/api/leaders",
                    "/api/conflicts/co-lead")) {
                get(training.port(), path);
            }
        } finally {
            training.stop();
        }
        if (!Files.exists(cache)) {
            throw new IllegalStateException("the training run wrote no cache; see target/bench/aot.log");
        }
    }

    /** Seconds from launching {@code command} on the store to its first /api/summary answer with data. */
    private double startupSeconds(Path data, List<String> command) throws Exception {
        Launched launched = launch(data, command, "startup.log");
        launched.stop();
        return launched.seconds();
    }

    /** A launched application that has answered /api/summary with data {@code seconds} after its launch. */
    private record Launched(Process process, int port, double seconds) {

        /** Stops it as an operator would (SIGTERM), so it shuts down normally. */
        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }

    private Launched launch(Path data, List<String> command, String log) throws Exception {
        int port = LoadCsvBaseline.freePort();
        List<String> launch = new ArrayList<>(command);
        launch.addAll(List.of("--server.port=" + port, "--respnet.neo4j.embedded.bolt-port=0",
                "--respnet.neo4j.embedded.data-dir=" + data.toAbsolutePath(), "--respnet.import.import-on-start=false",
                "--logging.level.root=WARN"));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(launch)
                .redirectErrorStream(true).redirectOutput(OUT.resolve(log).toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (json(port, "/api/summary").get("tasks").asLong() > 0) {
                    return new Launched(process, port, seconds(started));
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        process.destroy();
        process.waitFor();
        throw new IllegalStateException("the application did not answer within 3 minutes; see target/bench/" + log);
    }

    /**
     * GETs {@code path} as a browser asks (accepting gzip), reading the bytes as sent; true when the answer came
     * from the answer cache.
     */
    private boolean get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept-Encoding", "gzip, deflate, br").build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.headers().firstValue("X-RespNet-Cache").filter("hit"::equals).isPresent();
    }

    private JsonNode json(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static long heapMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private void writeResults(Map<String, Object> results) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        Files.writeString(OUT.resolve("results.json"), mapper.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        Files.writeString(OUT.resolve("results.md"), BenchReport.markdown(mapper.valueToTree(results)));
    }

    private static Map<String, Object> params(Object... keysAndValues) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return params;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
