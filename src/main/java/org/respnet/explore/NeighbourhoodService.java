package org.respnet.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.respnet.graph.GraphReader;
import org.respnet.graph.NamedQuery;
import org.respnet.graph.Parameters;
import org.respnet.graph.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The part of the graph the explorer shows: a breadth-first neighbourhood of one node, or the whole
 * city; both kept within the node budget so the browser stays responsive.
 */
@Service
class NeighbourhoodService {

    static final NamedQuery<NodeIds> NEIGHBOURHOOD = NamedQuery.of("neighbourhood", NodeIds.class);
    static final NamedQuery<NodeSelection> GRAPH_NODES = NamedQuery.of("graph-nodes", NodeSelection.class);
    static final NamedQuery<Parameters.City> WHOLE_GRAPH_LINKS = NamedQuery.of("whole-graph-links", Parameters.City.class);
    static final NamedQuery<Parameters.City> UNIT_OVERVIEW = NamedQuery.of("unit-overview", Parameters.City.class);

    static final int MAX_DEPTH = 3;

    private final GraphReader reader;
    private final SearchIndex search;
    private final ExploreProperties properties;

    NeighbourhoodService(GraphReader reader, SearchIndex search, ExploreProperties properties) {
        this.reader = reader;
        this.search = search;
        this.properties = properties;
    }

    /** One row of {@code neighbourhood.cypher}: a link seen from the expanded node {@code from}. */
    record NeighbourRow(String from, String to, String type, String source, String target) {
    }

    /** One row of the link queries. */
    record LinkRow(String source, String target, String type, Long shared) {
        GraphLink link() {
            return new GraphLink(source, target, type, shared == null ? 1 : shared);
        }
    }

    GraphView neighbourhood(String focus, String city, int depth, Integer limit) {
        String start = search.resolve(focus, city).orElseThrow(() -> new NotFoundException("node", focus));
        int perNode = limit == null ? properties.neighbourLimit() : Math.max(1, limit);
        int budget = properties.nodeBudget();
        Set<String> included = new LinkedHashSet<>(List.of(start));
        Map<String, GraphLink> links = new LinkedHashMap<>();
        Map<String, Integer> hidden = new LinkedHashMap<>();
        boolean truncated = false;
        List<String> frontier = List.of(start);
        for (int level = 0; level < Math.clamp(depth, 1, MAX_DEPTH) && !frontier.isEmpty(); level++) {
            Map<String, List<NeighbourRow>> byNode = new LinkedHashMap<>();
            for (NeighbourRow row : reader.list(NEIGHBOURHOOD, NodeIds.of(frontier), NeighbourRow.class)) {
                byNode.computeIfAbsent(row.from(), k -> new ArrayList<>()).add(row);
            }
            List<String> next = new ArrayList<>();
            for (String node : frontier) {
                int taken = 0;
                for (NeighbourRow row : byNode.getOrDefault(node, List.of())) {
                    boolean known = included.contains(row.to());
                    if (!known && (taken >= perNode || included.size() >= budget)) {
                        hidden.merge(node, 1, Integer::sum);
                        truncated |= included.size() >= budget;
                        continue;
                    }
                    if (!known) {
                        included.add(row.to());
                        next.add(row.to());
                        taken++;
                    }
                    links.putIfAbsent(row.source() + "|" + row.type() + "|" + row.target(),
                            new GraphLink(row.source(), row.target(), row.type(), 1));
                }
            }
            frontier = next;
        }
        List<GraphNode> nodes = reader.list(GRAPH_NODES, NodeSelection.of(NodeIds.of(included), false), GraphNode.class);
        return new GraphView("neighbourhood", start, nodes, List.copyOf(links.values()), truncated || !hidden.isEmpty(),
                hidden, budget);
    }

    /**
     * The whole city: every node when it fits the budget (or when asked), otherwise units only with shared-task links;
     * the budget is weighed against the notice shown, not every notice the graph holds.
     */
    GraphView whole(boolean unitsOnly, String city) {
        long size = search.size(city);
        int budget = properties.nodeBudget();
        if (!unitsOnly && size <= budget) {
            List<GraphNode> nodes = reader.list(GRAPH_NODES, new NodeSelection(null, null, null, false, city),
                    GraphNode.class);
            List<GraphLink> links = reader.list(WHOLE_GRAPH_LINKS, new Parameters.City(city), LinkRow.class).stream()
                    .map(LinkRow::link).toList();
            return new GraphView("whole", null, nodes, links, false, Map.of(), budget);
        }
        List<GraphNode> nodes = reader.list(GRAPH_NODES, new NodeSelection(null, List.of(), List.of(), true, city),
                GraphNode.class);
        List<GraphLink> links = reader.list(UNIT_OVERVIEW, new Parameters.City(city), LinkRow.class).stream()
                .map(LinkRow::link).toList();
        return new GraphView("units", null, nodes, links, size > budget, Map.of(), budget);
    }

    /** The nodes {@code graph-nodes.cypher} reads, and which stored picture their places come from. */
    record NodeSelection(List<String> units, List<String> leaders, List<String> tasks, boolean overview,
            String city) {
        static NodeSelection of(NodeIds ids, boolean overview) {
            return new NodeSelection(ids.units(), ids.leaders(), ids.tasks(), overview, null);
        }
    }

    /** Node keys by kind; a null list means every node of that kind, an empty one none. */
    record NodeIds(List<String> units, List<String> leaders, List<String> tasks) {

        /** Splits explorer ids ({@code U:…}, {@code L:…}, {@code T:…}) by kind. */
        static NodeIds of(Iterable<String> ids) {
            List<String> units = new ArrayList<>();
            List<String> leaders = new ArrayList<>();
            List<String> tasks = new ArrayList<>();
            for (String id : ids) {
                String value = id.substring(2);
                switch (id.charAt(0)) {
                    case 'U' -> units.add(value);
                    case 'L' -> leaders.add(value);
                    default -> tasks.add(value);
                }
            }
            return new NodeIds(units, leaders, tasks);
        }
    }
}
