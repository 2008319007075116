package org.respnet.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.graphstream.algorithm.BetweennessCentrality;
import org.graphstream.algorithm.community.Leung;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.SingleGraph;

/**
 * Computes the figures of an undirected co-assignment network with GraphStream. Plain Java, no
 * Spring and no database, so the figures can be checked on graphs drawn by hand.
 *
 * <ul>
 * <li>betweenness: Brandes, unweighted, raw; each unordered pair of other nodes counted once.
 * GraphStream's {@link BetweennessCentrality} sums over ordered pairs on an undirected graph
 * (a path a–b–c gives b the value 2), so its result is halved.</li>
 * <li>degree: neighbours; weighted degree: sum of the links' weights (shared tasks).</li>
 * <li>community: GraphStream's {@link Leung} label propagation on the unweighted links, with a
 * fixed seed and a fixed node order, run until no node changes community (at most
 * {@value #MAX_ROUNDS} rounds); communities are then numbered 1, 2, … by size (largest first),
 * ties by their smallest node id. A node without links is a community of its own. The preference
 * exponent is negative ({@value #PREFERENCE}) so that a label spreads less through hubs: groups and
 * county governments are named on most tasks, and with Leung's default (0.1) their label swallows
 * 78 of the 85 units of the bundled notice (modularity 0.04, against 0.18 with these settings).</li>
 * </ul>
 */
public final class CoAssignmentNetwork {

    /** The seed of the community algorithm's random choices; fixed so the same graph gives the same communities. */
    public static final long SEED = 20240123L;
    static final int MAX_ROUNDS = 200;
    /** Leung's preference exponent m: the weight of a neighbour's label is its degree to the power m. */
    static final double PREFERENCE = -2.0;
    /** Leung's hop attenuation δ: how much a label's score drops at each hop from its origin. */
    static final double ATTENUATION = 0.2;

    private static final String BETWEENNESS = "betweenness";
    private static final String TASKS = "tasks";
    private static final String COMMUNITY = "community";

    private CoAssignmentNetwork() {
    }

    /** A link between two nodes and the number of tasks they share. */
    public record Link(String a, String b, long weight) {
    }

    /** The figures of one node. */
    public record Figures(String id, double betweenness, long degree, long weightedDegree, long community) {
    }

    /**
     * The co-assignment links of tasks given as the lists of units each names: one link per unordered
     * pair of units named together, weighted by the number of such tasks, sorted by (a, b). The caller
     * bounds the list sizes (a list of k units adds k(k-1)/2 pairs).
     */
    public static List<Link> links(List<List<String>> unitsPerTask) {
        Map<String, Map<String, Long>> weights = new java.util.TreeMap<>();
        for (List<String> units : unitsPerTask) {
            List<String> sorted = units.stream().distinct().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                Map<String, Long> row = weights.computeIfAbsent(sorted.get(i), k -> new java.util.TreeMap<>());
                for (int j = i + 1; j < sorted.size(); j++) {
                    row.merge(sorted.get(j), 1L, Long::sum);
                }
            }
        }
        List<Link> links = new ArrayList<>();
        weights.forEach((a, row) -> row.forEach((b, w) -> links.add(new Link(a, b, w))));
        return links;
    }

    /**
     * The figures of every node.
     *
     * @param nodes node ids; their order is the order the algorithms visit them in
     * @param links undirected links, each unordered pair at most once
     * @return figures by node id, in the order of {@code nodes}
     */
    public static Map<String, Figures> compute(List<String> nodes, List<Link> links) {
        Graph graph = new SingleGraph("co-assignment", false, true);
        nodes.forEach(graph::addNode);
        for (Link link : links) {
            graph.addEdge(link.a() + "\u0000" + link.b(), link.a(), link.b(), false)
                    .setAttribute(TASKS, (double) link.weight());
        }

        BetweennessCentrality betweenness = new BetweennessCentrality(BETWEENNESS);
        betweenness.setUnweighted();
        betweenness.computeEdgeCentrality(false);
        betweenness.init(graph);
        betweenness.compute();

        Map<String, Long> communities = communities(graph, nodes);

        Map<String, Figures> figures = new LinkedHashMap<>();
        for (String id : nodes) {
            Node node = graph.getNode(id);
            double orderedPairs = node.getDegree() == 0 ? 0.0 : node.getNumber(BETWEENNESS);
            long weighted = Math.round(node.edges().mapToDouble(e -> e.getNumber(TASKS)).sum());
            figures.put(id, new Figures(id, orderedPairs / 2, node.getDegree(), weighted, communities.get(id)));
        }
        return figures;
    }

    private static Map<String, Long> communities(Graph graph, List<String> nodes) {
        // Leung fails on a node without links from its second round on (it looks for a neighbour's
        // label), so it runs on the linked nodes only; every other node is a community of its own.
        Graph linked = new SingleGraph("linked", false, true);
        nodes.stream().filter(id -> graph.getNode(id).getDegree() > 0).forEach(linked::addNode);
        graph.edges().forEach(e -> linked.addEdge(e.getId(), e.getSourceNode().getId(), e.getTargetNode().getId(), false));

        // Leung reads weights from "weight"; the links carry their shared-task count as "tasks", so it runs unweighted.
        Leung leung = new Leung(linked, COMMUNITY, PREFERENCE, ATTENUATION);
        leung.setRandom(new Random(SEED));
        leung.staticMode();
        Map<String, Object> previous = Map.of();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            leung.compute();
            Map<String, Object> current = new HashMap<>();
            linked.nodes().forEach(n -> current.put(n.getId(), n.getAttribute(leung.getMarker())));
            if (current.equals(previous)) {
                break;
            }
            previous = current;
        }

        Map<Object, List<String>> members = new LinkedHashMap<>();
        for (String id : nodes) {
            Node node = linked.getNode(id);
            Object label = node == null ? id : node.getAttribute(leung.getMarker());
            members.computeIfAbsent(label, k -> new ArrayList<>()).add(id);
        }
        List<List<String>> ordered = new ArrayList<>(members.values());
        ordered.forEach(list -> list.sort(Comparator.naturalOrder()));
        ordered.sort(Comparator.<List<String>>comparingInt(List::size).reversed().thenComparing(list -> list.get(0)));
        Map<String, Long> numbers = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            for (String id : ordered.get(i)) {
                numbers.put(id, i + 1L);
            }
        }
        return numbers;
    }
}
