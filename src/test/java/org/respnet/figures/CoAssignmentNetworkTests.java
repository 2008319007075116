package org.respnet.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.graphstream.algorithm.BetweennessCentrality;
import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.SingleGraph;
import org.junit.jupiter.api.Test;
import org.respnet.figures.CoAssignmentNetwork.Figures;
import org.respnet.figures.CoAssignmentNetwork.Link;

/** Figures of small networks drawn by hand; every expected value is worked out in the comment above it. */
class CoAssignmentNetworkTests {

    @Test
    void graphStreamCountsEachUnorderedPairTwiceOnUndirectedGraphs() {
        // Path a–b–c: the only pair that passes through b is {a, c}. Brandes counts it once; GraphStream gives 2.
        Graph graph = new SingleGraph("path");
        graph.addNode("a");
        graph.addNode("b");
        graph.addNode("c");
        graph.addEdge("ab", "a", "b");
        graph.addEdge("bc", "b", "c");
        BetweennessCentrality centrality = new BetweennessCentrality("bc");
        centrality.setUnweighted();
        centrality.init(graph);
        centrality.compute();

        assertThat(graph.getNode("b").getNumber("bc")).isEqualTo(2.0);
        assertThat(CoAssignmentNetwork.compute(List.of("a", "b", "c"), List.of(link("a", "b"), link("b", "c")))
                .get("b").betweenness()).isEqualTo(1.0);
    }

    @Test
    void pathOfFiveGivesInnerNodesThreeFourThree() {
        // a–b–c–d–e. b lies between a and {c, d, e}: 3 pairs; c between {a, b} and {d, e}: 4; d like b: 3.
        Map<String, Figures> f = CoAssignmentNetwork.compute(List.of("a", "b", "c", "d", "e"),
                List.of(link("a", "b"), link("b", "c"), link("c", "d"), link("d", "e")));

        assertThat(betweenness(f)).containsExactly(0.0, 3.0, 4.0, 3.0, 0.0);
        assertThat(f.values().stream().map(Figures::degree)).containsExactly(1L, 2L, 2L, 2L, 1L);
    }

    @Test
    void starCentreLiesBetweenEveryPairOfLeaves() {
        // Centre with 4 leaves: C(4, 2) = 6 pairs of leaves, each through the centre only.
        Map<String, Figures> f = CoAssignmentNetwork.compute(List.of("hub", "l1", "l2", "l3", "l4"),
                List.of(link("hub", "l1"), link("hub", "l2"), link("hub", "l3"), link("hub", "l4")));

        assertThat(betweenness(f)).containsExactly(6.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(f.get("hub").degree()).isEqualTo(4);
    }

    @Test
    void squareSplitsEachOppositePairBetweenTwoPaths() {
        // Cycle a–b–c–d–a: {a, c} has two shortest paths (via b, via d), so b and d get 1/2 each;
        // {b, d} gives a and c 1/2 each. Every node: 0.5.
        Map<String, Figures> f = CoAssignmentNetwork.compute(List.of("a", "b", "c", "d"),
                List.of(link("a", "b"), link("b", "c"), link("c", "d"), link("d", "a")));

        assertThat(betweenness(f)).containsExactly(0.5, 0.5, 0.5, 0.5);
    }

    @Test
    void bowTieCentreCarriesEveryPairAcrossTheKnot() {
        // Triangles a–b–c and c–d–e share c: pairs {a, b} × {d, e} = 4 go through c, nothing else is between.
        Map<String, Figures> f = CoAssignmentNetwork.compute(List.of("a", "b", "c", "d", "e"),
                List.of(link("a", "b"), link("a", "c"), link("b", "c"), link("c", "d"), link("c", "e"),
                        link("d", "e")));

        assertThat(betweenness(f)).containsExactly(0.0, 0.0, 4.0, 0.0, 0.0);
    }

    @Test
    void weightedDegreeAddsTheSharedTaskCounts() {
        // The hand-built notice of HandBuiltNoticeIT: links AB 1, AC 1, BC 2, BD 1, CD 2, CE 1, DE 1.
        // Non-adjacent pairs: {A, D} via B or C (½ each), {A, E} via C only (1), {B, E} via C or D (½ each).
        Map<String, Figures> f = CoAssignmentNetwork.compute(List.of("A", "B", "C", "D", "E"),
                List.of(new Link("A", "B", 1), new Link("A", "C", 1), new Link("B", "C", 2), new Link("B", "D", 1),
                        new Link("C", "D", 2), new Link("C", "E", 1), new Link("D", "E", 1)));

        assertThat(betweenness(f)).containsExactly(0.0, 0.5, 2.0, 0.5, 0.0);
        assertThat(f.values().stream().map(Figures::degree)).containsExactly(2L, 3L, 4L, 3L, 2L);
        assertThat(f.values().stream().map(Figures::weightedDegree)).containsExactly(2L, 4L, 6L, 4L, 2L);
    }

    @Test
    void twoCliquesJoinedByOneLinkAreTwoCommunitiesAndALoneUnitIsItsOwn() {
        List<Link> links = new ArrayList<>();
        clique(links, "a1", "a2", "a3", "a4");
        clique(links, "b1", "b2", "b3", "b4");
        links.add(link("a1", "b1"));
        List<String> nodes = List.of("a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4", "alone");

        Map<String, Figures> f = CoAssignmentNetwork.compute(nodes, links);

        Map<Long, Set<String>> communities = f.values().stream().collect(Collectors.groupingBy(Figures::community,
                Collectors.mapping(Figures::id, Collectors.toSet())));
        assertThat(communities).containsOnlyKeys(1L, 2L, 3L);
        assertThat(communities.get(1L)).containsExactlyInAnyOrder("a1", "a2", "a3", "a4");
        assertThat(communities.get(2L)).containsExactlyInAnyOrder("b1", "b2", "b3", "b4");
        assertThat(communities.get(3L)).containsExactly("alone");
        // Every path from a2, a3, a4 to the other side goes through a1: 3 × 4 (b1..b4) = 12 pairs; b1 likewise.
        assertThat(f.get("a1").betweenness()).isEqualTo(12.0);
        assertThat(f.get("b1").betweenness()).isEqualTo(12.0);
        assertThat(f.get("a2").betweenness()).isZero();
        assertThat(f.get("alone").degree()).isZero();
    }

    @Test
    void sameNetworkGivesSameCommunitiesEveryTime() {
        List<Link> links = new ArrayList<>();
        clique(links, "a", "b", "c");
        clique(links, "c", "d", "e", "f");
        links.add(link("f", "g"));
        links.add(link("g", "h"));
        List<String> nodes = List.of("a", "b", "c", "d", "e", "f", "g", "h");

        Map<String, Figures> first = CoAssignmentNetwork.compute(nodes, links);
        for (int run = 0; run < 5; run++) {
            assertThat(CoAssignmentNetwork.compute(nodes, links)).isEqualTo(first);
        }
    }

    @Test
    void betweennessAgreesWithCountingShortestPathsPairByPair() {
        // A 30-node graph with many equal-length paths, against the definition computed directly.
        List<String> nodes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            nodes.add("n" + (char) ('A' + i / 10) + i % 10);
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            for (int j = i + 1; j < 30; j++) {
                if ((i * 7 + j * 13) % 11 == 0 || j == i + 1 && i % 5 == 0) {
                    links.add(link(nodes.get(i), nodes.get(j)));
                }
            }
        }
        Map<String, Double> expected = PairCountingBetweenness.of(nodes, links.stream()
                .map(l -> List.of(l.a(), l.b())).toList());

        Map<String, Figures> f = CoAssignmentNetwork.compute(nodes, links);

        for (String node : nodes) {
            assertThat(f.get(node).betweenness()).as(node).isCloseTo(expected.get(node), within(1e-9));
        }
    }

    private static void clique(List<Link> links, String... nodes) {
        for (int i = 0; i < nodes.length; i++) {
            for (int j = i + 1; j < nodes.length; j++) {
                links.add(link(nodes[i], nodes[j]));
            }
        }
    }

    private static Link link(String a, String b) {
        return new Link(a, b, 1);
    }

    private static List<Double> betweenness(Map<String, Figures> figures) {
        return figures.values().stream().map(Figures::betweenness).toList();
    }

    @Test
    void countsEachPairOfUnitsOnATaskOnceWithTheTasksTheyShare() {
        List<CoAssignmentNetwork.Link> links = CoAssignmentNetwork.links(
                List.of(List.of("a", "b", "c"), List.of("b", "a"), List.of("d")), 10);
        assertThat(links).containsExactly(new CoAssignmentNetwork.Link("a", "b", 2),
                new CoAssignmentNetwork.Link("a", "c", 1), new CoAssignmentNetwork.Link("b", "c", 1));
    }

    @Test
    void refusesANetworkOverItsPairBoundBeforeBuildingIt() {
        // 5 units on one task make 10 pairs: over a bound of 9, nothing is built.
        assertThatThrownBy(() -> CoAssignmentNetwork.links(List.of(List.of("a", "b", "c", "d", "e")), 9))
                .isInstanceOf(CoAssignmentNetwork.NetworkTooLargeException.class)
                .hasMessageContaining("10 unit pairs");
    }
}
