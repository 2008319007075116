package org.respnet.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.SingleGraph;
import org.graphstream.ui.graphicGraph.GraphPosLengthUtils;
import org.graphstream.ui.layout.springbox.implementations.SpringBox;

/**
 * A force-directed layout with a fixed seed (GraphStream's SpringBox), scaled to screen pixels and
 * then pushed apart until no two node discs overlap: the same graph always gets the same picture.
 */
final class ForceLayout {

    /** A node and the radius, in pixels, it needs free around its centre (its disc plus room for a label). */
    record Node(String id, double radius) {
    }

    record Link(String source, String target) {
    }

    record Point(double x, double y) {
    }

    static final long SEED = 20240101L;
    private static final int MAX_STEPS = 400;
    private static final int OVERLAP_PASSES = 200;

    private ForceLayout() {
    }

    /**
     * Lays the nodes out so that the median link is {@code linkLength} pixels long and no two discs
     * overlap; nodes without links are kept near the others rather than drifting off.
     */
    static Map<String, Point> compute(List<Node> nodes, List<Link> links, double linkLength) {
        Map<String, Point> result = new LinkedHashMap<>();
        if (nodes.isEmpty()) {
            return result;
        }
        List<Node> sorted = nodes.stream().sorted(Comparator.comparing(Node::id)).toList();
        Graph graph = new SingleGraph("layout", false, true);
        SpringBox layout = new SpringBox(false, new Random(SEED));
        graph.addSink(layout);
        layout.addAttributeSink(graph);
        sorted.forEach(n -> graph.addNode(n.id()));
        links.stream().filter(l -> !l.source().equals(l.target()))
                .filter(l -> graph.getNode(l.source()) != null && graph.getNode(l.target()) != null)
                .sorted(Comparator.comparing(Link::source).thenComparing(Link::target))
                .forEach(l -> {
                    String id = l.source() + "|" + l.target();
                    if (graph.getEdge(id) == null && graph.getEdge(l.target() + "|" + l.source()) == null) {
                        graph.addEdge(id, l.source(), l.target());
                    }
                });
        // Quality 0 (a coarser Barnes-Hut) is about six times faster and, once overlaps are removed, looks the same.
        layout.setQuality(0);
        for (int step = 0; step < MAX_STEPS && layout.getStabilization() < 0.99; step++) {
            layout.compute();
        }
        double[] xs = new double[sorted.size()];
        double[] ys = new double[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            double[] p = GraphPosLengthUtils.nodePosition(graph.getNode(sorted.get(i).id()));
            xs[i] = p == null ? 0 : p[0];
            ys[i] = p == null ? 0 : p[1];
        }
        graph.removeSink(layout);

        List<Double> lengths = new ArrayList<>();
        graph.edges().forEach(e -> {
            double[] a = GraphPosLengthUtils.nodePosition(e.getSourceNode());
            double[] b = GraphPosLengthUtils.nodePosition(e.getTargetNode());
            lengths.add(Math.hypot(a[0] - b[0], a[1] - b[1]));
        });
        lengths.sort(Double::compare);
        double median = lengths.isEmpty() ? 0 : lengths.get(lengths.size() / 2);
        double scale = median > 1e-9 ? linkLength / median : linkLength;
        double cx = mean(xs);
        double cy = mean(ys);
        for (int i = 0; i < xs.length; i++) {
            // Screen y grows downwards; the mirror does not matter, the scale does.
            xs[i] = (xs[i] - cx) * scale;
            ys[i] = (ys[i] - cy) * scale;
        }
        pullInStrays(xs, ys);
        double[] radii = sorted.stream().mapToDouble(Node::radius).toArray();
        removeOverlaps(xs, ys, radii);
        for (int i = 0; i < sorted.size(); i++) {
            result.put(sorted.get(i).id(), new Point(Math.round(xs[i] * 10) / 10.0, Math.round(ys[i] * 10) / 10.0));
        }
        return result;
    }

    /** Nodes far outside the crowd (unlinked ones, repelled by all) are brought back to its edge. */
    private static void pullInStrays(double[] xs, double[] ys) {
        double[] distances = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            distances[i] = Math.hypot(xs[i], ys[i]);
        }
        double[] sorted = distances.clone();
        java.util.Arrays.sort(sorted);
        double limit = sorted[(int) Math.floor((sorted.length - 1) * 0.9)] * 1.15 + 1;
        for (int i = 0; i < xs.length; i++) {
            if (distances[i] > limit) {
                xs[i] *= limit / distances[i];
                ys[i] *= limit / distances[i];
            }
        }
    }

    /** Pushes overlapping discs apart along the line between their centres, in a fixed order. */
    static void removeOverlaps(double[] xs, double[] ys, double[] radii) {
        for (int pass = 0; pass < OVERLAP_PASSES; pass++) {
            boolean moved = false;
            for (int i = 0; i < xs.length; i++) {
                for (int j = i + 1; j < xs.length; j++) {
                    double dx = xs[j] - xs[i];
                    double dy = ys[j] - ys[i];
                    double wanted = radii[i] + radii[j];
                    if (Math.abs(dx) >= wanted || Math.abs(dy) >= wanted) {
                        continue;
                    }
                    double distance = Math.sqrt(dx * dx + dy * dy);
                    if (distance >= wanted - 0.5) {
                        continue;
                    }
                    if (distance < 1e-6) {
                        // Same place: separate along a direction fixed by the pair, never a random one.
                        double angle = (i * 7919 + j * 104729) % 360 * Math.PI / 180;
                        dx = Math.cos(angle);
                        dy = Math.sin(angle);
                        distance = 1;
                    }
                    double push = (wanted - distance) / 2 / distance;
                    xs[i] -= dx * push;
                    ys[i] -= dy * push;
                    xs[j] += dx * push;
                    ys[j] += dy * push;
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }
}
