package org.respnet.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.HttpJson.enc;
import static org.respnet.HttpJson.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Co-led tasks, co-lead pairs and multi-leader tasks on the bundled 随州 notice; every count asserted
 * here was made by hand from {@code import/suizhou-2024-notice.txt}.
 */
@RespNetIntegrationTest
class CoLeadConflictsIT {

    private static final String CITY = "?city=" + enc("随州");

    @LocalServerPort
    int port;

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

    private static List<String> numbers(JsonNode pair) {
        return strings(pair.get("taskIds")).stream().map(id -> id.substring(id.lastIndexOf('-') + 1)).toList();
    }
}
