package org.respnet.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.respnet.HttpJson.enc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.stream.file.FileSource;
import org.graphstream.stream.file.FileSourceGEXF;
import org.graphstream.stream.file.FileSourceGraphML;
import org.junit.jupiter.api.Test;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.respnet.figures.NetworkFigures;
import org.respnet.figures.PairCountingBetweenness;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import tools.jackson.databind.JsonNode;

/**
 * The supervision answers on the bundled 随州 notice. Counts asserted here were made by hand from
 * {@code import/suizhou-2024-notice.txt}; the network figures are checked against an independent
 * computation built from the task ledger ({@code /api/tasks}), not from the network's own queries.
 */
@RespNetIntegrationTest
class SupervisionIT {

    private static final String CITY = "?city=" + enc("随州");

    @LocalServerPort
    int port;

    @Autowired
    NetworkFigures networkFigures;

    @Autowired
    Neo4jClient neo4j;

    private HttpJson http() {
        return new HttpJson(port);
    }

    @Test
    void coLedTasksAreTheThirtyNineKeyTasksAndTwoRoadsOfLivelihoodItemOne() {
        JsonNode body = http().get("/api/conflicts/co-lead" + CITY).body();

        List<String> numbers = new ArrayList<>();
        body.get("tasks").forEach(t -> numbers.add(t.get("kind").asString() + " " + t.get("no").asString()));
        // Counted in the notice: lines whose 牵头单位 names two or more units.
        assertThat(numbers).hasSize(41);
        assertThat(numbers.stream().filter(n -> n.startsWith("KEY"))).hasSize(39);
        assertThat(numbers.stream().filter(n -> n.startsWith("LIVELIHOOD"))).containsExactly("LIVELIHOOD 一.4",
                "LIVELIHOOD 一.5");
        assertThat(numbers).contains("KEY 6", "KEY 46", "KEY 48", "KEY 68", "KEY 89", "KEY 134", "KEY 153");
        JsonNode task48 = task(body.get("tasks"), "48");
        assertThat(strings(task48.get("leadUnits"))).containsExactly("市住建局", "市城管执法委", "市国投集团");
        assertThat(strings(task48.get("leaders"))).containsExactly("吴丕华", "柴普军");
        assertThat(task48.get("title").asString()).isEqualTo("启动擂鼓墩大道、交通大道示范路建设");
    }

    @Test
    void mostFrequentCoLeadPairsAreCountedAsInTheNotice() {
        JsonNode pairs = http().get("/api/conflicts/co-lead" + CITY).body().get("pairs");

        // 46, 48, 一.4 中环路, 一.5 熊家村路 name both 市住建局 and 市国投集团 as lead units.
        assertThat(pair(pairs, "市住建局", "市国投集团").get("tasks").asLong()).isEqualTo(4);
        assertThat(strings(pair(pairs, "市住建局", "市国投集团").get("taskIds")))
                .allMatch(id -> id.endsWith("-K46") || id.endsWith("-K48") || id.endsWith("-L1.4") || id.endsWith("-L1.5"));
        // 62, 75, 122, 126.
        assertThat(numbers(pair(pairs, "市发改委", "市自然资源和规划局"))).containsExactly("K62", "K75", "K122", "K126");
        // 70, 75, 122 / 75, 78, 122 / 23, 70, 117 / 122, 125, 126.
        assertThat(numbers(pair(pairs, "市农业农村局", "市发改委"))).containsExactly("K70", "K75", "K122");
        assertThat(numbers(pair(pairs, "市农业农村局", "市自然资源和规划局"))).containsExactly("K75", "K78", "K122");
        assertThat(numbers(pair(pairs, "市发改委", "市商务局"))).containsExactly("K23", "K70", "K117");
        assertThat(numbers(pair(pairs, "市生态环境局", "市自然资源和规划局"))).containsExactly("K122", "K125", "K126");
        assertThat(pairs.get(0).get("tasks").asLong()).isEqualTo(4);
        assertThat(pairs.get(1).get("tasks").asLong()).isEqualTo(4);
        assertThat(pairs.get(2).get("tasks").asLong()).isEqualTo(3);
        long previous = Long.MAX_VALUE;
        for (JsonNode pair : pairs) {
            assertThat(pair.get("tasks").asLong()).isLessThanOrEqualTo(previous);
            assertThat(pair.get("taskIds").size()).isEqualTo(pair.get("tasks").asInt());
            previous = pair.get("tasks").asLong();
        }
    }

    @Test
    void pairsArePagedWithLimitAndOffset() {
        JsonNode all = http().get("/api/conflicts/co-lead" + CITY).body();
        JsonNode page = http().get("/api/conflicts/co-lead" + CITY + "&offset=2&limit=3").body();

        assertThat(page.get("pairs").size()).isEqualTo(3);
        assertThat(page.get("pairs").get(0)).isEqualTo(all.get("pairs").get(2));
        assertThat(page.get("totalPairs").asLong()).isEqualTo(all.get("pairs").size());
    }

    @Test
    void crossLeaderFollowsTheHomeLeadersOfTheLeadUnits() {
        JsonNode tasks = http().get("/api/conflicts/co-lead" + CITY).body().get("tasks");

        // 市国投集团's other lead tasks (38, 48, 51, 68, 149, 一.2, 一.4, 一.5) are all 吴丕华's (two also
        // 柴普军's), as are most of 市住建局's: the same home leader, so not cross-leader.
        assertThat(task(tasks, "46").get("crossLeader").asBoolean()).isFalse();
        for (JsonNode task : tasks) {
            List<Set<String>> known = new ArrayList<>();
            task.get("leadUnitHomeLeaders").forEach(h -> {
                if (h.get("homeLeaders").size() > 0) {
                    known.add(new TreeSet<>(strings(h.get("homeLeaders"))));
                }
            });
            boolean disjointPair = false;
            for (int i = 0; i < known.size(); i++) {
                for (int j = i + 1; j < known.size(); j++) {
                    Set<String> common = new TreeSet<>(known.get(i));
                    common.retainAll(known.get(j));
                    disjointPair |= common.isEmpty();
                }
            }
            assertThat(task.get("crossLeader").asBoolean()).as(task.get("no").asString()).isEqualTo(disjointPair);
        }
    }

    @Test
    void tasksWithSeveralLeadersAreListed() {
        JsonNode multi = http().get("/api/conflicts/co-lead" + CITY).body().get("multiLeaderTasks");

        // 41 assignments name two leaders (责任领导：X、Y): 40 key tasks and livelihood item 三.
        assertThat(multi.size()).isEqualTo(41);
        JsonNode three = task(multi, "三");
        assertThat(strings(three.get("leaders"))).containsExactly("吴丕华", "柴普军");
        assertThat(strings(task(multi, "14").get("leaders"))).containsExactly("吴丕华", "黄继军");
    }

    @Test
    void matrixCountsTheTasksEachLeaderOverseesForEachUnit() {
        JsonNode lead = http().get("/api/matrix/leader-unit" + CITY + "&role=lead").body();
        JsonNode any = http().get("/api/matrix/leader-unit" + CITY + "&role=any").body();
        JsonNode tasks = http().get("/api/tasks" + CITY).body();

        for (JsonNode matrix : List.of(lead, any)) {
            boolean leadOnly = matrix == lead;
            Map<String, Long> expected = new TreeMap<>();
            for (JsonNode task : tasks) {
                Set<String> units = new LinkedHashSet<>(names(task.get("leadUnits")));
                if (!leadOnly) {
                    units.addAll(names(task.get("responsibleUnits")));
                }
                for (String leader : strings(task.get("leaders"))) {
                    for (String unit : units) {
                        expected.merge(leader + "|" + unit, 1L, Long::sum);
                    }
                }
            }
            Map<String, Long> actual = new TreeMap<>();
            for (JsonNode cell : matrix.get("cells")) {
                String leader = matrix.get("leaders").get(cell.get(0).asInt()).get("name").asString();
                String unit = matrix.get("units").get(cell.get(1).asInt()).get("name").asString();
                actual.put(leader + "|" + unit, cell.get(2).asLong());
            }
            assertThat(actual).isEqualTo(expected);
        }
        assertThat(lead.get("leaders").size()).isEqualTo(7);
        assertThat(http().get("/api/matrix/leader-unit?role=boss").status()).isEqualTo(400);
    }

    @Test
    void betweennessDegreeAndFanInAgreeWithAnIndependentComputationFromTheLedger() {
        JsonNode tasks = http().get("/api/tasks").body();
        JsonNode units = http().get("/api/units").body();

        List<String> nodes = new ArrayList<>();
        units.forEach(u -> nodes.add(u.get("city").asString() + "/" + u.get("name").asString()));
        Map<List<String>, Integer> shared = new HashMap<>();
        Map<String, Set<String>> leadersOf = new HashMap<>();
        for (JsonNode task : tasks) {
            List<String> named = new ArrayList<>(new TreeSet<>(union(task)));
            String city = task.get("city").asString();
            for (int i = 0; i < named.size(); i++) {
                leadersOf.computeIfAbsent(city + "/" + named.get(i), k -> new TreeSet<>())
                        .addAll(strings(task.get("leaders")));
                for (int j = i + 1; j < named.size(); j++) {
                    shared.merge(List.of(city + "/" + named.get(i), city + "/" + named.get(j)), 1, Integer::sum);
                }
            }
        }
        Map<String, Double> expected = PairCountingBetweenness.of(nodes, List.copyOf(shared.keySet()));

        for (JsonNode unit : units) {
            String key = unit.get("city").asString() + "/" + unit.get("name").asString();
            long degree = shared.keySet().stream().filter(link -> link.contains(key)).count();
            long weighted = shared.entrySet().stream().filter(e -> e.getKey().contains(key))
                    .mapToLong(Map.Entry::getValue).sum();
            assertThat(unit.get("betweenness").asDouble()).as(key).isCloseTo(expected.get(key), within(1e-6));
            assertThat(unit.get("degree").asLong()).as(key).isEqualTo(degree);
            assertThat(unit.get("weightedDegree").asLong()).as(key).isEqualTo(weighted);
            assertThat(unit.get("leaders").asLong()).as(key)
                    .isEqualTo(leadersOf.getOrDefault(key, Set.of()).size());
        }
        // The group every county-level government sits in is named on 129 tasks: the network's centre.
        JsonNode counties = units.get(0);
        assertThat(counties.get("name").asString()).isEqualTo("各县市区政府及管委会");
        assertThat(counties.get("total").asLong()).isEqualTo(129);
    }

    @Test
    void unitPageShowsLeaderFanInAndNetworkFigures() {
        JsonNode unit = http().get("/api/units/" + enc("市国投集团")).body();

        // Lead tasks 38, 46, 48, 51, 68, 149, 一.2, 一.4, 一.5: all overseen by 吴丕华, 48 and 149 also by 柴普军.
        assertThat(unit.get("workload").get("lead").asLong()).isEqualTo(9);
        assertThat(unit.get("workload").get("leadLeaders").asLong()).isEqualTo(2);
        assertThat(unit.get("workload").get("leaders").asLong()).isEqualTo(unit.get("leaders").size());
        assertThat(unit.get("workload").get("betweenness").isNull()).isFalse();
        assertThat(unit.get("workload").get("community").asLong()).isPositive();
    }

    @Test
    void communitiesHoldEveryUnitOnceAndDoNotChangeWhenRecomputed() {
        JsonNode before = http().get("/api/communities").body();
        networkFigures.recompute();
        JsonNode after = http().get("/api/communities").body();

        assertThat(after).isEqualTo(before);
        Set<String> seen = new TreeSet<>();
        long total = 0;
        for (JsonNode community : after) {
            assertThat(community.get("units").size()).isEqualTo(community.get("size").asInt());
            community.get("units").forEach(u -> seen.add(community.get("city").asString() + "/" + u.get("name").asString()));
            total += community.get("size").asLong();
            if (!community.get("leadUnit").isNull()) {
                long most = 0;
                for (JsonNode u : community.get("units")) {
                    most = Math.max(most, u.get("lead").asLong());
                }
                assertThat(community.get("leadUnitTasks").asLong()).isEqualTo(most);
            }
        }
        assertThat(seen).hasSize((int) total).hasSize(http().get("/api/units").body().size());
    }

    @Test
    void startUpComputesFiguresThatAreMissing() {
        JsonNode before = http().get("/api/units").body();
        neo4j.query("MATCH (u:Unit) REMOVE u.betweenness, u.degree, u.weightedDegree, u.community").run();
        assertThat(http().get("/api/units").body().get(0).get("betweenness").isNull()).isTrue();

        networkFigures.run(new DefaultApplicationArguments());

        assertThat(http().get("/api/units").body()).isEqualTo(before);
    }

    @Test
    void bottlenecksLeaveGroupsOutAndRankThemSeparately() {
        JsonNode units = http().get("/api/bottlenecks" + CITY).body();
        JsonNode groups = http().get("/api/bottlenecks" + CITY + "&kind=group").body();

        assertThat(units.get("weights").get("lead").asDouble()).isEqualTo(0.25);
        assertThat(units.get("weights").get("betweenness").asDouble()).isEqualTo(0.25);
        double previous = Double.MAX_VALUE;
        for (JsonNode item : units.get("items")) {
            assertThat(item.get("kind").asString()).isNotEqualTo("group");
            double score = item.get("score").asDouble();
            assertThat(score).isLessThanOrEqualTo(previous);
            double parts = 0;
            for (JsonNode part : item.get("parts").values()) {
                parts += part.asDouble();
            }
            assertThat(parts).isCloseTo(score, within(1e-9));
            previous = score;
        }
        groups.get("items").forEach(item -> assertThat(item.get("kind").asString()).isEqualTo("group"));
        assertThat(groups.get("items").get(0).get("name").asString()).isEqualTo("各县市区政府及管委会");
        assertThat(units.get("total").asInt() + groups.get("total").asInt())
                .isEqualTo(http().get("/api/units" + CITY).body().size());

        JsonNode housing = item(units.get("items"), "市住建局");
        // 市住建局 leads 18 tasks, 8 of them with other lead units (46, 48, 63, 65, 117, 134, 一.4, 一.5).
        assertThat(housing.get("lead").asLong()).isEqualTo(18);
        assertThat(housing.get("coLeadShare").asDouble()).isCloseTo(8 / 18.0, within(1e-12));

        JsonNode page = http().get("/api/bottlenecks" + CITY + "&offset=3&limit=2").body();
        assertThat(page.get("items").size()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("name")).isEqualTo(units.get("items").get(3).get("name"));
        assertThat(page.get("items").get(0).get("rank").asInt()).isEqualTo(4);
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
        HttpResponse<byte[]> response;
        try {
            response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(response.statusCode()).isEqualTo(200);
        Graph graph = new MultiGraph("read", false, true);
        source.addSink(graph);
        source.readAll(new ByteArrayInputStream(response.body()));
        return graph;
    }

    private static Set<String> union(JsonNode task) {
        Set<String> units = new TreeSet<>(names(task.get("leadUnits")));
        units.addAll(names(task.get("responsibleUnits")));
        return units;
    }

    private static JsonNode task(JsonNode tasks, String no) {
        for (JsonNode task : tasks) {
            if (task.get("no").asString().equals(no)) {
                return task;
            }
        }
        throw new AssertionError("no task " + no);
    }

    private static JsonNode pair(JsonNode pairs, String a, String b) {
        for (JsonNode pair : pairs) {
            Set<String> names = Set.of(pair.get("a").asString(), pair.get("b").asString());
            if (names.equals(Set.of(a, b))) {
                return pair;
            }
        }
        throw new AssertionError("no pair " + a + " + " + b);
    }

    private static JsonNode item(JsonNode items, String name) {
        for (JsonNode item : items) {
            if (item.get("name").asString().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no item " + name);
    }

    private static List<String> numbers(JsonNode pair) {
        return strings(pair.get("taskIds")).stream().map(id -> id.substring(id.lastIndexOf('-') + 1)).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static List<String> names(JsonNode units) {
        List<String> values = new ArrayList<>();
        units.forEach(u -> values.add(u.get("name").asString()));
        return values;
    }
}
