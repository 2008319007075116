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
        // GraphStream's GraphML sink escapes data values but writes node and edge ids into attributes
        // as they are, so a name holding " or < made the file invalid XML: ids are escaped here for it.
        // The GEXF sink writes through StAX, which escapes everything. Neither drops the characters XML
        // 1.0 cannot hold at all (controls such as U+001F), so every string is cleaned first.
        Graph graph = graph(focus, depth, format == Format.GRAPHML ? GraphExport::xmlEscaped : id -> id);
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
        return graph(focus, depth, id -> id);
    }

    private Graph graph(String focus, int depth, java.util.function.UnaryOperator<String> writtenId) {
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
            Node node = graph.addNode(writtenId.apply(xmlText(row.id())));
            node.setAttribute("label", xmlText(row.label()));
            node.setAttribute("type", row.type());
            node.setAttribute("kind", xmlText(row.kind()));
            node.setAttribute("city", row.city() == null ? "" : xmlText(row.city()));
            row.attributes().forEach((name, value) -> {
                if (value != null) {
                    node.setAttribute(name, value instanceof String text ? xmlText(text) : value);
                }
            });
        }
        int n = 0;
        for (ExportEdge row : edges) {
            String source = writtenId.apply(xmlText(row.source()));
            String target = writtenId.apply(xmlText(row.target()));
            if (graph.getNode(source) == null || graph.getNode(target) == null) {
                continue;
            }
            var edge = graph.addEdge("e" + n++, source, target, true);
            edge.setAttribute("type", row.type());
            if (row.office() != null) {
                edge.setAttribute("office", xmlText(row.office()));
            }
        }
        return graph;
    }

    /** The text with every character XML 1.0 cannot hold (controls, lone surrogates, U+FFFE/F) as U+FFFD. */
    static String xmlText(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(
                c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                        || c >= 0x10000 && c <= 0x10FFFF ? c : 0xFFFD));
        return out.toString();
    }

    /** Markup characters as entities, for text GraphStream writes into XML unescaped. */
    static String xmlEscaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
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
