package org.respnet.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
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
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Computes the explorer's pictures of a city once, after each import of it (and at start-up for a city
 * without them), and stores the positions on the nodes: {@code x, y} for the whole city, {@code ux, uy}
 * for the units-only overview, where the groups stand apart in columns beside the units. Every visit and
 * every shared link then shows the same picture, and the browser draws it without a layout pass.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class StoredLayout implements ApplicationRunner {

    static final NamedQuery<Parameters.City> CITIES_WITHOUT_LAYOUT = NamedQuery.of("cities-without-layout",
            Parameters.City.class);
    static final NamedQuery<Parameters.City> LAYOUT_NODES = NamedQuery.of("layout-nodes", Parameters.City.class);
    static final NamedQuery<Positions> STORE_LAYOUT = NamedQuery.of("store-layout", Positions.class);

    /** Rows of positions by kind of node, each {@code {key, x, y}} (units also {@code ux, uy}). */
    record Positions(List<Map<String, Object>> units, List<Map<String, Object>> leaders,
            List<Map<String, Object>> tasks) {
    }

    private record LayoutNode(String id, String type, String name, boolean isGroup, long total) {
        /**
         * The room the explorer needs around the node: its disc (16 + 6√tasks pixels wide) or its label
         * (font 11 + 2.2√tasks pixels, one em per Chinese character), whichever is wider; a task's
         * caption is hidden until zoomed in, so it needs less.
         */
        double radius() {
            if (type.equals("task")) {
                return 22;
            }
            double disc = (16 + 6 * Math.sqrt(total)) / 2;
            double label = labelWidth() / 2;
            return Math.max(disc, label) + 6;
        }

        double labelWidth() {
            double font = Math.min(30, 11 + 2.2 * Math.sqrt(total));
            return (name == null ? 0 : name.length()) * font;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(StoredLayout.class);
    private static final double GROUP_GAP = 40;
    /** Cities with more nodes get no stored picture (the force layout is quadratic in nodes). */
    private static final int MAX_NODES = 5_000;

    private final Driver driver;
    private final CypherQueries queries;

    private final GraphVersion version;

    StoredLayout(Driver driver, CypherQueries queries, GraphVersion version) {
        this.driver = driver;
        this.queries = queries;
        this.version = version;
    }

    /**
     * Lays the city out again when the import added a node it has no place for. A document that adds
     * none (the work report, a re-import) keeps the picture people have already seen and shared.
     */
    @EventListener
    void graphChanged(GraphChangedEvent event) {
        try {
            layoutIfNeeded(event.city());
        } catch (RuntimeException e) {
            log.error("Layout: cannot tell whether {} needs a layout; the explorer lays it out in the page", event.city(), e);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        layoutStaleCities();
    }

    /** Lays out every city whose data changed since its layout was stored (every city, on a store without markers). */
    public void layoutStaleCities() {
        try {
            // The change markers name the cities whose data changed since their layout; a store from before the
            // markers is scanned once.
            version.staleness("").ifPresentOrElse(
                    cities -> cities.stream().filter(GraphVersion.Staleness::layout)
                            .forEach(city -> layoutIfNeeded(city.city())),
                    () -> citiesWithoutLayout(null).forEach(this::layoutCitySafely));
        } catch (RuntimeException e) {
            log.error("Layout: cannot list the cities without a layout; serving without stored layouts", e);
        }
    }

    /**
     * A picture is a convenience: the import it follows has committed, so a failure here is logged and
     * the explorer lays the city out in the page instead; it never fails the import or the start.
     */
    private void layoutCitySafely(String city) {
        try {
            layoutCity(city);
        } catch (RuntimeException e) {
            log.error("Layout of {} not stored; the explorer lays it out in the page", city, e);
        }
    }

    /** Lays out the city if a node of it has no place; else only records that its layout is current. */
    private void layoutIfNeeded(String city) {
        if (!citiesWithoutLayout(city).isEmpty()) {
            layoutCitySafely(city);
            return;
        }
        try (Session session = driver.session(SessionConfig.builder()
                .withBookmarkManager(driver.executableQueryBookmarkManager()).build())) {
            session.executeWriteWithoutResult(tx -> version.layoutStored(tx, city));
        }
    }

    private List<String> citiesWithoutLayout(String city) {
        try (Session session = driver.session(SessionConfig.builder()
                .withBookmarkManager(driver.executableQueryBookmarkManager()).build())) {
            return session.executeRead(tx -> tx.run(queries.query(CITIES_WITHOUT_LAYOUT, new Parameters.City(city)))
                    .list(r -> r.get("city").asString(null))).stream().filter(Objects::nonNull).distinct().toList();
        }
    }

    /** Computes and stores both pictures of one city. */
    void layoutCity(String city) {
        long started = System.nanoTime();
        try (Session session = driver.session(SessionConfig.builder()
                .withBookmarkManager(driver.executableQueryBookmarkManager()).build())) {
            Parameters.City params = new Parameters.City(city);
            List<LayoutNode> nodes = session.executeRead(tx -> tx.run(queries.query(LAYOUT_NODES, params))
                    .list(r -> new LayoutNode(r.get("id").asString(), r.get("type").asString(),
                            r.get("name").asString(null), r.get("isGroup").asBoolean(), r.get("total").asLong())));
            if (nodes.isEmpty()) {
                return;
            }
            if (nodes.size() > MAX_NODES) {
                // Far beyond any notice (随州: 259 nodes); links among so many units could be millions.
                log.warn("Layout of {} skipped: {} nodes, more than {}", city, nodes.size(), MAX_NODES);
                session.executeWriteWithoutResult(tx -> version.layoutStored(tx, city));
                return;
            }
            List<ForceLayout.Link> all = session.executeRead(tx -> tx.run(queries.query(
                    NeighbourhoodService.WHOLE_GRAPH_LINKS, params)).list(r -> new ForceLayout.Link(
                    r.get("source").asString(), r.get("target").asString())));
            List<ForceLayout.Link> shares = session.executeRead(tx -> tx.run(queries.query(
                    NeighbourhoodService.UNIT_OVERVIEW, params)).list(r -> new ForceLayout.Link(
                    r.get("source").asString(), r.get("target").asString())));

            Map<String, ForceLayout.Point> whole = ForceLayout.compute(
                    nodes.stream().map(n -> new ForceLayout.Node(n.id(), n.radius())).toList(), all, 90);
            Map<String, ForceLayout.Point> overview = overview(nodes, shares);

            List<Map<String, Object>> units = new ArrayList<>();
            List<Map<String, Object>> leaders = new ArrayList<>();
            List<Map<String, Object>> tasks = new ArrayList<>();
            for (LayoutNode n : nodes) {
                ForceLayout.Point p = whole.get(n.id());
                String key = n.id().substring(2);
                switch (n.type()) {
                    case "unit" -> {
                        ForceLayout.Point o = overview.get(n.id());
                        units.add(Map.of("key", key, "x", p.x(), "y", p.y(), "ux", o.x(), "uy", o.y()));
                    }
                    case "leader" -> leaders.add(Map.of("key", key, "x", p.x(), "y", p.y()));
                    default -> tasks.add(Map.of("key", key, "x", p.x(), "y", p.y()));
                }
            }
            session.executeWriteWithoutResult(tx -> {
                tx.run(queries.query(STORE_LAYOUT, new Positions(units, leaders, tasks))).consume();
                version.layoutStored(tx, city);
            });
        }
        log.info("Explorer layout of {} computed and stored in {} ms", city, (System.nanoTime() - started) / 1_000_000);
    }

    /** Units (not groups) by force, linked by shared tasks; the groups in columns to their right, busiest first. */
    private static Map<String, ForceLayout.Point> overview(List<LayoutNode> nodes, List<ForceLayout.Link> shares) {
        Set<String> groups = nodes.stream().filter(n -> n.type().equals("unit") && n.isGroup())
                .map(LayoutNode::id).collect(Collectors.toSet());
        List<ForceLayout.Node> units = nodes.stream().filter(n -> n.type().equals("unit") && !n.isGroup())
                .map(n -> new ForceLayout.Node(n.id(), n.radius() + 6)).toList();
        List<ForceLayout.Link> unitLinks = shares.stream()
                .filter(l -> !groups.contains(l.source()) && !groups.contains(l.target())).toList();
        Map<String, ForceLayout.Point> points = ForceLayout.compute(units, unitLinks, 320);
        double minY = points.values().stream().mapToDouble(ForceLayout.Point::y).min().orElse(0);
        double maxY = points.values().stream().mapToDouble(ForceLayout.Point::y).max().orElse(0);
        double maxX = points.values().stream().mapToDouble(ForceLayout.Point::x).max().orElse(0);
        List<LayoutNode> groupNodes = nodes.stream().filter(n -> groups.contains(n.id()))
                .sorted(Comparator.comparingLong(LayoutNode::total).reversed().thenComparing(LayoutNode::id)).toList();
        // Columns to the right of the units (screens are wider than tall), busiest first, each column as
        // wide as its longest name, so no two names run into each other.
        double height = Math.max(600, maxY - minY);
        double x = groupNodes.isEmpty() ? 0 : maxX + 160 + groupNodes.getFirst().labelWidth() / 2;
        double y = minY;
        double half = 0;
        for (LayoutNode g : groupNodes) {
            double step = 16 + 6 * Math.sqrt(g.total()) + 60;
            if (y + step > minY + height && y > minY) {
                x += half + GROUP_GAP + g.labelWidth() / 2;
                y = minY;
                half = 0;
            }
            half = Math.max(half, g.labelWidth() / 2);
            points.put(g.id(), new ForceLayout.Point(Math.round(x), Math.round(y + step / 2)));
            y += step;
        }
        return points;
    }
}
