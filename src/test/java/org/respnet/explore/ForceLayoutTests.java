package org.respnet.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ForceLayoutTests {

    /** Two hubs with twenty tasks each, five of them shared, and one unlinked unit. */
    private static List<ForceLayout.Link> links() {
        List<ForceLayout.Link> links = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            links.add(new ForceLayout.Link("U:a", "T:" + i));
            links.add(new ForceLayout.Link("U:b", "T:" + (i + 15)));
        }
        return links;
    }

    private static List<ForceLayout.Node> nodes() {
        List<ForceLayout.Node> nodes = new ArrayList<>(List.of(new ForceLayout.Node("U:a", 40),
                new ForceLayout.Node("U:b", 40), new ForceLayout.Node("U:alone", 20)));
        for (int i = 0; i < 35; i++) {
            nodes.add(new ForceLayout.Node("T:" + i, 16));
        }
        return nodes;
    }

    @Test
    void theSameGraphGetsTheSamePicture() {
        Map<String, ForceLayout.Point> first = ForceLayout.compute(nodes(), links(), 70);
        Map<String, ForceLayout.Point> second = ForceLayout.compute(nodes().reversed(), links().reversed(), 70);
        assertThat(second).isEqualTo(first);
        assertThat(first).hasSize(38);
    }

    @Test
    void noTwoDiscsOverlap() {
        List<ForceLayout.Node> nodes = nodes();
        Map<String, ForceLayout.Point> points = ForceLayout.compute(nodes, links(), 70);
        for (ForceLayout.Node a : nodes) {
            for (ForceLayout.Node b : nodes) {
                if (a.id().compareTo(b.id()) < 0) {
                    ForceLayout.Point p = points.get(a.id());
                    ForceLayout.Point q = points.get(b.id());
                    assertThat(Math.hypot(p.x() - q.x(), p.y() - q.y()))
                            .as("%s and %s", a.id(), b.id()).isGreaterThan(a.radius() + b.radius() - 1);
                }
            }
        }
    }

    @Test
    void anUnlinkedNodeStaysNearTheOthers() {
        Map<String, ForceLayout.Point> points = ForceLayout.compute(nodes(), links(), 70);
        ForceLayout.Point alone = points.get("U:alone");
        assertThat(Math.hypot(alone.x(), alone.y())).isLessThan(1000);
    }
}
