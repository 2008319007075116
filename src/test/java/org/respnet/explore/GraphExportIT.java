package org.respnet.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.HttpJson.enc;
import static org.respnet.HttpJson.names;
import static org.respnet.HttpJson.strings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.stream.file.FileSource;
import org.graphstream.stream.file.FileSourceGEXF;
import org.graphstream.stream.file.FileSourceGraphML;
import org.junit.jupiter.api.Test;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** GEXF and GraphML exports, read back with GraphStream and compared with the task ledger, node by node and edge by edge. */
@RespNetIntegrationTest
class GraphExportIT {

    @LocalServerPort
    int port;

    private HttpJson http() {
        return new HttpJson(port);
    }

    @Test
    void gexfExportHoldsEveryNodeAndEdgeOfTheGraph() throws IOException {
        assertExportHoldsTheWholeGraph("/api/export/graph.gexf", new FileSourceGEXF());
    }

    @Test
    void graphmlExportHoldsEveryNodeAndEdgeOfTheGraph() throws IOException {
        assertExportHoldsTheWholeGraph("/api/export/graph.graphml", new FileSourceGraphML());
    }

    @Test
    void focusedExportKeepsTheUnitAndWhatLiesWithinDepth() throws IOException {
        JsonNode unit = http().get("/api/units/" + enc("市国投集团")).body();
        Graph graph = read("/api/export/graph.graphml?focus=" + enc("市国投集团") + "&depth=1", new FileSourceGraphML());

        long tasks = unit.get("workload").get("total").asLong();
        assertThat(graph.getNodeCount()).isEqualTo(1 + tasks + unit.get("groups").size());
        assertThat(graph.getNode("unit:随州/市国投集团").getAttribute("kind")).isEqualTo("enterprise");
        graph.edges().forEach(e -> assertThat(List.of(e.getSourceNode().getId(), e.getTargetNode().getId()))
                .contains("unit:随州/市国投集团"));
        assertThat(read("/api/export/graph.gexf?focus=" + enc("市国投集团") + "&depth=2", new FileSourceGEXF())
                .getNodeCount()).isGreaterThan(graph.getNodeCount());
        assertThat(http().get("/api/export/graph.gexf?focus=" + enc("没有这个单位")).status()).isEqualTo(404);
    }

    private void assertExportHoldsTheWholeGraph(String path, FileSource source) throws IOException {
        JsonNode tasks = http().get("/api/tasks").body();
        Set<String> nodes = new TreeSet<>();
        List<String> edges = new ArrayList<>();
        for (JsonNode task : tasks) {
            String id = "task:" + task.get("id").asString();
            String city = task.get("city").asString();
            nodes.add(id);
            strings(task.get("leaders")).forEach(l -> edges.add("leader:" + city + "/" + l + " OVERSEES " + id));
            names(task.get("leadUnits")).forEach(u -> edges.add("unit:" + city + "/" + u + " LEADS " + id));
            names(task.get("responsibleUnits")).forEach(u -> edges.add("unit:" + city + "/" + u + " SUPPORTS " + id));
        }
        http().get("/api/leaders").body().forEach(l -> nodes.add("leader:" + l.get("city").asString() + "/" + l.get("name").asString()));
        for (JsonNode unit : http().get("/api/units").body()) {
            String key = unit.get("city").asString() + "/" + unit.get("name").asString();
            nodes.add("unit:" + key);
            if (unit.get("kind").asString().equals("group")) {
                JsonNode page = http().get("/api/units/" + enc(unit.get("name").asString()) + "?city="
                        + enc(unit.get("city").asString())).body();
                strings(page.get("members")).forEach(m -> edges.add("unit:" + key + " HAS_MEMBER unit:"
                        + unit.get("city").asString() + "/" + m));
            }
        }

        Graph graph = read(path, source);

        Set<String> readNodes = new TreeSet<>();
        graph.nodes().forEach(n -> readNodes.add(n.getId()));
        List<String> readEdges = new ArrayList<>();
        graph.edges().forEach(e -> readEdges.add(e.getSourceNode().getId() + " " + e.getAttribute("type") + " "
                + e.getTargetNode().getId()));
        assertThat(readNodes).isEqualTo(nodes);
        assertThat(readEdges).containsExactlyInAnyOrderElementsOf(edges);
        // 167 tasks + 7 leaders + 85 units of the bundled notice, at least.
        assertThat(graph.getNodeCount()).isGreaterThanOrEqualTo(259);
        var housing = graph.getNode("unit:随州/市住建局");
        assertThat(housing.getAttribute("kind")).isEqualTo("department");
        assertThat(((Number) housing.getAttribute("lead")).longValue()).isEqualTo(18);
        assertThat(((Number) housing.getAttribute("betweenness")).doubleValue()).isPositive();
        assertThat(((Number) housing.getAttribute("community")).longValue()).isPositive();
    }

    private Graph read(String path, FileSource source) throws IOException {
        HttpResponse<byte[]> response = http().download(path);
        assertThat(response.statusCode()).isEqualTo(200);
        Graph graph = new MultiGraph("read", false, true);
        source.addSink(graph);
        source.readAll(new ByteArrayInputStream(response.body()));
        return graph;
    }
}
