package org.respnet.figures;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.respnet.figures.BottleneckRanking;
import org.respnet.figures.BottleneckWeights;
import org.respnet.graph.CypherQueries;
import org.respnet.graph.GraphVersion;
import org.respnet.graph.Parameters;
import org.respnet.graph.NamedQuery;
import org.respnet.changes.GraphChangedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps every figure that cannot be answered fast at query time stored in the graph, city by city:
 * the co-assignment network figures, unit and leader workloads, bottleneck scores, co-lead pairs and
 * the home leaders of co-led tasks.
 * Units of different cities never share a task, so the national network is the disjoint union of the
 * cities' networks and each city is recomputed on its own: after an import only the document's city,
 * at start-up only the cities lacking figures. Exact betweenness on one city (about 85 units) costs
 * O(V·E) ≈ 10⁵ steps, so it stays exact at any number of cities. Requests never compute figures.
 *
 * <p>Bounded whatever a document holds: a task naming k units would add k² co-assignment links and
 * co-lead pairs, so tasks naming more than {@code respnet.figures.max-units-per-task} units add none
 * (their units still get workloads); links are counted in Java from per-task unit lists; each city's
 * recompute runs in one transaction with {@code respnet.figures.timeout}. A recompute that fails anyway
 * never stops the application: it is logged, the city is marked in {@link FiguresStatus} (shown to
 * ADMINs at {@code GET /api/admin/figures}) and the rest serves; the next import or start tries again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class NetworkFigures implements ApplicationRunner {

    static final NamedQuery<Parameters.None> CITIES = NamedQuery.of("cities", Parameters.None.class);
    static final NamedQuery<Parameters.City> CO_ASSIGNMENT_UNITS = NamedQuery.of("co-assignment-units",
            Parameters.City.class);
    static final NamedQuery<BoundedCity> CO_ASSIGNMENT_TASKS = NamedQuery.of("co-assignment-tasks",
            BoundedCity.class);
    static final NamedQuery<NetworkRows> STORE_UNIT_NETWORK = NamedQuery.of("store-unit-network", NetworkRows.class);
    static final NamedQuery<Parameters.City> STORE_TASK_COUNTS = NamedQuery.of("store-task-counts", Parameters.City.class);
    static final NamedQuery<Parameters.City> STORE_UNIT_FIGURES = NamedQuery.of("store-unit-figures",
            Parameters.City.class);
    static final NamedQuery<Parameters.City> STORE_LEADER_FIGURES = NamedQuery.of("store-leader-figures",
            Parameters.City.class);
    static final NamedQuery<BoundedCity> STORE_CO_LEAD_PAIRS = NamedQuery.of("store-co-lead-pairs",
            BoundedCity.class);
    static final NamedQuery<Parameters.City> STORE_COMMUNITIES = NamedQuery.of("store-communities",
            Parameters.City.class);
    static final NamedQuery<BoundedCity> STORE_CO_LED_TASKS = NamedQuery.of("store-co-led-tasks",
            BoundedCity.class);
    static final NamedQuery<Population> BOTTLENECK_COMPONENTS = NamedQuery.of("bottleneck-components",
            Population.class);
    static final NamedQuery<ScoreRows> STORE_UNIT_SCORES = NamedQuery.of("store-unit-scores", ScoreRows.class);

    /** The weights the stored scores were computed with, to find cities scored with others. */
    record NetworkRows(List<Map<String, Object>> rows, ZonedDateTime computedAt) {
    }

    /** A city, leaving out of links and co-lead pairs the tasks that name more than {@code maxUnits} units. */
    record BoundedCity(String city, int maxUnits) {
    }

    /** A city's groups, or its other units. */
    record Population(String city, boolean groups) {
    }

    record ScoreRows(List<Map<String, Object>> rows, String weights) {
    }

    private static final Logger log = LoggerFactory.getLogger(NetworkFigures.class);

    private final Driver driver;
    private final CypherQueries queries;
    private final BottleneckWeights weights;
    private final JsonMapper mapper;
    private final FiguresProperties limits;
    private final FiguresStatus status;
    private final GraphVersion version;

    NetworkFigures(Driver driver, CypherQueries queries, BottleneckWeights weights, JsonMapper mapper,
            FiguresProperties limits, FiguresStatus status, GraphVersion version) {
        this.version = version;
        this.driver = driver;
        this.queries = queries;
        this.weights = weights;
        this.mapper = mapper;
        this.limits = limits;
        this.status = status;
    }

    @EventListener
    void graphChanged(GraphChangedEvent event) {
        recomputeCitySafely(event.city());
    }

    /** Computes the figures of every city that lacks them (or whose scores used other weights); never throws. */
    @Override
    public void run(ApplicationArguments args) {
        List<String> missing;
        try {
            // One marker per city says whether its data changed since its figures were stored; a store written
            // before the markers existed is computed whole, once, which also writes them.
            missing = version.staleness(weights.toString())
                    .map(cities -> cities.stream().filter(GraphVersion.Staleness::figures).map(GraphVersion.Staleness::city).toList())
                    .orElseGet(this::cities);
        } catch (RuntimeException e) {
            log.error("Figures: cannot tell which cities lack figures; serving without recomputing", e);
            status.failed("*", e);
            return;
        }
        missing = missing.stream().filter(c -> c != null).distinct().toList();
        if (!missing.isEmpty()) {
            recompute(missing);
        }
    }

    /** Recomputes the figures of every city, on as many threads as there are cores. */
    public void recompute() {
        recompute(cities());
    }

    private List<String> cities() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(queries.query(CITIES, new Parameters.None()))
                    .list(r -> r.get("city").asString(null))).stream().filter(c -> c != null).toList();
        }
    }

    private void recompute(List<String> cities) {
        long started = System.nanoTime();
        int threads = Math.max(1, Math.min(cities.size(), Runtime.getRuntime().availableProcessors()));
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (String city : cities) {
                done.add(pool.submit(() -> recomputeCitySafely(city)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("recomputing figures was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("recomputing figures failed", e.getCause());
        }
        log.info("Figures of {} cities computed and stored in {} ms", cities.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** {@link #recomputeCity}, a failure logged and marked instead of thrown. */
    void recomputeCitySafely(String city) {
        try {
            recomputeCity(city);
        } catch (RuntimeException e) {
            log.error("Figures of city '{}' could not be computed; the city is marked and everything else serves"
                    + " (GET /api/admin/figures)", city, e);
            status.failed(city, e);
        }
    }

    /**
     * Recomputes one city's figures in one write transaction: network (GraphStream), unit and leader
     * workloads, bottleneck scores normalized within the city, co-lead pairs. Other cities are untouched.
     */
    public void recomputeCity(String city) {
        long started = System.nanoTime();
        try (Session session = driver.session(SessionConfig.builder()
                .withBookmarkManager(driver.executableQueryBookmarkManager()).build())) {
            session.executeWriteWithoutResult(tx -> {
                Parameters.City params = new Parameters.City(city);
                BoundedCity bounded = new BoundedCity(city, limits.maxUnitsPerTask());
                List<String> units = tx.run(queries.query(CO_ASSIGNMENT_UNITS, params)).list(r -> r.get("key").asString());
                List<CoAssignmentNetwork.Link> links = CoAssignmentNetwork.links(
                        tx.run(queries.query(CO_ASSIGNMENT_TASKS, bounded))
                                .list(r -> r.get("units").asList(v -> v.asString())), limits.maxPairs());
                Map<String, CoAssignmentNetwork.Figures> figures = CoAssignmentNetwork.compute(units, links);
                List<Map<String, Object>> rows = figures.values().stream()
                        .map(f -> Map.<String, Object>of("key", f.id(), "betweenness", f.betweenness(), "degree",
                                f.degree(), "weightedDegree", f.weightedDegree(), "community", f.community()))
                        .toList();
                tx.run(queries.query(STORE_UNIT_NETWORK, new NetworkRows(rows, ZonedDateTime.now())))
                        .consume();
                tx.run(queries.query(STORE_TASK_COUNTS, params)).consume();
                tx.run(queries.query(STORE_UNIT_FIGURES, params)).consume();
                tx.run(queries.query(STORE_LEADER_FIGURES, params)).consume();
                storeScores(tx, city, false);
                storeScores(tx, city, true);
                tx.run(queries.query(STORE_CO_LEAD_PAIRS, bounded)).consume();
                tx.run(queries.query(STORE_CO_LED_TASKS, bounded)).consume();
                tx.run(queries.query(STORE_COMMUNITIES, params)).consume();
                version.figuresStored(tx, city, weights.toString());
            }, TransactionConfig.builder().withTimeout(limits.timeout())
                    .withMetadata(Map.of("app", "respnet-figures", "city", city)).build());
        }
        status.succeeded(city);
        log.debug("Figures of {} computed and stored in {} ms", city, (System.nanoTime() - started) / 1_000_000);
    }

    /** Scores one population of a city (groups, or every other unit) with BottleneckRanking and stores them. */
    private void storeScores(TransactionContext tx, String city, boolean groups) {
        List<BottleneckRanking.Components> components = tx.run(queries.query(BOTTLENECK_COMPONENTS,
                        new Population(city, groups)))
                .list(r -> mapper.convertValue(r.asMap(), BottleneckRanking.Components.class));
        BottleneckRanking ranking = BottleneckRanking.rank(groups ? "group" : "unit", components, weights, 0,
                Integer.MAX_VALUE);
        List<Map<String, Object>> rows = ranking.items().stream()
                .map(b -> Map.<String, Object>of("key", b.city() + "/" + b.name(), "score", b.score(),
                        "lead", b.parts().lead(), "total", b.parts().total(), "coLeadShare", b.parts().coLeadShare(),
                        "leaderFanIn", b.parts().leaderFanIn(), "betweenness", b.parts().betweenness(),
                        "expandedTotal", b.parts().expandedTotal()))
                .toList();
        tx.run(queries.query(STORE_UNIT_SCORES, new ScoreRows(rows, weights.toString()))).consume();
    }
}
