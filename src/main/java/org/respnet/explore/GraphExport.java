package org.respnet.explore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.stream.file.FileSink;
import org.graphstream.stream.file.FileSinkGEXF;
import org.graphstream.stream.file.FileSinkGraphML;
import org.respnet.graph.GraphReader;
import org.respnet.graph.NamedQuery;
import org.respnet.graph.Parameters;
import org.respnet.graph.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The graph of tasks, leaders and units as a GEXF or GraphML file, written by GraphStream's own
 * file sinks so Gephi, yEd or Cytoscape open it. Node ids are {@code task:<id>}, {@code leader:<key>},
 * {@code unit:<key>}; every node has {@code label}, {@code type}, {@code kind}, {@code city}, and the
 * counts and network figures of its type; every edge has {@code type} (OVERSEES, LEADS, SUPPORTS,
 * HAS_MEMBER) and, when the notice names one, {@code office}.
 */
@Service
public class GraphExport {

    static final NamedQuery<Parameters.None> EXPORT_NODES = NamedQuery.of("export-nodes", Parameters.None.class);
    static final NamedQuery<Parameters.None> EXPORT_EDGES = NamedQuery.of("export-edges", Parameters.None.class);

    /** The file formats offered. */
    public enum Format {
        GEXF, GRAPHML
    }

    /** One row of {@code export-nodes.cypher}. */
    record ExportNode(String id, String type, String label, String kind, String city, Map<String, Object> attributes) {
    }

    /** One row of {@code export-edges.cypher}. */
    record ExportEdge(String source, String target, String type, String office) {
    }

    private final GraphReader reader;

    GraphExport(GraphReader reader) {
        this.reader = reader;
    }

    /**
     * The whole graph, or with a {@code focus} unit name only what lies within {@code depth} steps
     * of it (any relationship, either direction).
     */
    public byte[] export(Format format, String focus, int depth) {
        Graph graph = graph(focus, depth);
        FileSink sink = format == Format.GEXF ? new FileSinkGEXF() : new FileSinkGraphML();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            sink.writeAll(graph, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The GraphStream graph that {@link #export} writes. */
    public Graph graph(String focus, int depth) {
        List<ExportNode> nodes = reader.list(EXPORT_NODES, new Parameters.None(), ExportNode.class).stream()
                .sorted(Comparator.comparing(ExportNode::id)).toList();
        List<ExportEdge> edges = reader.list(EXPORT_EDGES, new Parameters.None(), ExportEdge.class).stream()
                .sorted(Comparator.comparing(ExportEdge::source).thenComparing(ExportEdge::target)
                        .thenComparing(ExportEdge::type))
                .toList();
        Set<String> kept = focus == null ? null : neighbourhood(focus, depth, nodes, edges);

        Graph graph = new MultiGraph("respnet", false, true);
        for (ExportNode row : nodes) {
            if (kept != null && !kept.contains(row.id())) {
                continue;
            }
            Node node = graph.addNode(row.id());
            node.setAttribute("label", row.label());
            node.setAttribute("type", row.type());
            node.setAttribute("kind", row.kind());
            node.setAttribute("city", row.city() == null ? "" : row.city());
            row.attributes().forEach((name, value) -> {
                if (value != null) {
                    node.setAttribute(name, value);
                }
            });
        }
        int n = 0;
        for (ExportEdge row : edges) {
            if (graph.getNode(row.source()) == null || graph.getNode(row.target()) == null) {
                continue;
            }
            var edge = graph.addEdge("e" + n++, row.source(), row.target(), true);
            edge.setAttribute("type", row.type());
            if (row.office() != null) {
                edge.setAttribute("office", row.office());
            }
        }
        return graph;
    }

    private static Set<String> neighbourhood(String focus, int depth, List<ExportNode> nodes, List<ExportEdge> edges) {
        Map<String, List<String>> adjacent = new HashMap<>();
        for (ExportEdge edge : edges) {
            adjacent.computeIfAbsent(edge.source(), k -> new ArrayList<>()).add(edge.target());
            adjacent.computeIfAbsent(edge.target(), k -> new ArrayList<>()).add(edge.source());
        }
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> frontier = new ArrayDeque<>();
        nodes.stream().filter(n -> n.type().equals("unit") && n.label().equals(focus)).forEach(n -> {
            seen.add(n.id());
            frontier.add(n.id());
        });
        if (seen.isEmpty()) {
            throw new NotFoundException("unit", focus);
        }
        for (int step = 0; step < depth && !frontier.isEmpty(); step++) {
            Deque<String> next = new ArrayDeque<>();
            for (String id : frontier) {
                for (String other : adjacent.getOrDefault(id, List.of())) {
                    if (seen.add(other)) {
                        next.add(other);
                    }
                }
            }
            frontier.clear();
            frontier.addAll(next);
        }
        return seen;
    }
}
