package org.respnet.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.respnet.HttpJson.enc;
import static org.respnet.HttpJson.names;
import static org.respnet.HttpJson.strings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The stored network figures of the bundled notice (betweenness, degree, weighted degree, leader fan-in),
 * checked against an independent computation built from the task ledger ({@code /api/tasks}), not from
 * the network's own queries.
 */
@RespNetIntegrationTest
class NetworkFiguresIT {

    @LocalServerPort
    int port;

    private HttpJson http() {
        return new HttpJson(port);
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

    private static Set<String> union(JsonNode task) {
        Set<String> units = new TreeSet<>(names(task.get("leadUnits")));
        units.addAll(names(task.get("responsibleUnits")));
        return units;
    }
}
