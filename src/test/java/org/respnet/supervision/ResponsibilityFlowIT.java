package org.respnet.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.HttpJson.enc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/flow} on the bundled 随州 notice, counted again a second way: leader → lead unit links are the
 * heatmap's cells, and every link (notice, leader, unit) is what the whole ledger's tasks give when their leaders,
 * lead units and responsible units are paired up here; each link's filter opens exactly its tasks.
 */
@RespNetIntegrationTest
class ResponsibilityFlowIT {

    @LocalServerPort
    int port;

    private JsonNode get(String path) {
        HttpJson.Reply reply = new HttpJson(port).get(path);
        assertThat(reply.status()).as(path).isEqualTo(200);
        return reply.body();
    }

    /** "stage|source|target" → tasks, as the API draws them. */
    private static Map<String, Integer> links(JsonNode flow) {
        Map<String, String> names = new TreeMap<>();
        flow.get("nodes").forEach(n -> names.put(n.get("id").asString(), n.get("name").asString()));
        Map<String, Integer> links = new TreeMap<>();
        flow.get("links").forEach(l -> links.put(l.get("stage").asString() + "|" + names.get(l.get("source").asString())
                + "|" + names.get(l.get("target").asString()), l.get("tasks").asInt()));
        return links;
    }

    /**
     * The same links counted from the ledger's own rows: per task, each leader with each lead unit, each lead unit
     * with each responsible unit that does not also lead it; with {@code unit}, only the paths through that unit.
     */
    private Map<String, Integer> countedFromTheLedger(String leader, String unit) {
        Map<String, Set<String>> tasks = new TreeMap<>();
        for (JsonNode t : get("/api/tasks?limit=10000")) {
            List<String> leaders = new ArrayList<>();
            t.get("leaders").forEach(l -> leaders.add(l.asString()));
            Set<String> leads = new LinkedHashSet<>();
            t.get("leadUnits").forEach(u -> leads.add(u.get("name").asString()));
            Set<String> responsible = new LinkedHashSet<>();
            t.get("responsibleUnits").forEach(u -> responsible.add(u.get("name").asString()));
            responsible.removeAll(leads);
            if (leader != null && !leaders.contains(leader)) {
                continue;
            }
            String id = t.get("id").asString();
            for (String a : leads) {
                boolean through = unit == null || unit.equals(a) || responsible.contains(unit);
                for (String l : leaders) {
                    if (through && (leader == null || leader.equals(l))) {
                        tasks.computeIfAbsent("leader|" + l + "|" + a, k -> new TreeSet<>()).add(id);
                    }
                }
                for (String b : responsible) {
                    if (unit == null || unit.equals(a) || unit.equals(b)) {
                        tasks.computeIfAbsent("lead|" + a + "|" + b, k -> new TreeSet<>()).add(id);
                    }
                }
            }
        }
        return tasks.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size(),
                (x, y) -> x, TreeMap::new));
    }

    /** Every drawn link's filter, asked of the ledger, lists as many tasks as the link is wide. */
    private void everyLinkOpensItsTasks(JsonNode flow) {
        List<String> wrong = new ArrayList<>();
        for (JsonNode l : flow.get("links")) {
            StringBuilder query = new StringBuilder("/api/tasks?limit=10000");
            l.get("filter").properties().forEach(e -> query.append('&').append(e.getKey()).append('=')
                    .append(enc(e.getValue().asString())));
            int opened = get(query.toString()).size();
            if (opened != l.get("tasks").asInt()) {
                wrong.add(query + " opens " + opened + ", the link counts " + l.get("tasks").asInt());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theNoticesLeaderLinksAreTheHeatmapsCellsAndEveryLinkIsCountedTheSameFromTheLedger() {
        JsonNode flow = get("/api/flow?top=500");
        Map<String, Integer> drawn = links(flow);
        Map<String, Integer> counted = countedFromTheLedger(null, null);
        assertThat(drawn).isEqualTo(counted);

        JsonNode m = get("/api/matrix/leader-unit?role=lead");
        Map<String, Integer> cells = new TreeMap<>();
        m.get("cells").forEach(c -> cells.put("leader|" + m.get("leaders").get(c.get(0).asInt()).get("name").asString()
                + "|" + m.get("units").get(c.get(1).asInt()).get("name").asString(), c.get(2).asInt()));
        assertThat(drawn).containsAllEntriesOf(cells);
        assertThat(drawn.keySet().stream().filter(k -> k.startsWith("leader|"))).hasSize(cells.size());

        // The heatmap cell the review quoted; 290 lead → responsible pairs share a task.
        assertThat(drawn).containsEntry("leader|吴丕华|市发改委", 20);
        assertThat(flow.get("leaderLinks").get("shown").asInt()).isEqualTo(cells.size());
        assertThat(flow.get("leadLinks").get("largestOmitted").asInt()).isZero();
        assertThat(drawn.keySet().stream().filter(k -> k.startsWith("lead|")).count()).isEqualTo(290);
        everyLinkOpensItsTasks(flow);
    }

    @Test
    void theDefaultPictureDrawsTheWidestThirtyOfEachStageAndSaysWhatIsLeftOut() {
        JsonNode flow = get("/api/flow");
        Map<String, Integer> all = countedFromTheLedger(null, null);
        JsonNode leaderLinks = flow.get("leaderLinks");
        JsonNode leadLinks = flow.get("leadLinks");
        assertThat(leaderLinks.get("links").asInt()).isEqualTo(all.keySet().stream().filter(k -> k.startsWith("leader|")).count());
        assertThat(leadLinks.get("links").asInt()).isEqualTo(all.keySet().stream().filter(k -> k.startsWith("lead|")).count());
        assertThat(leaderLinks.get("shown").asInt()).isEqualTo(30);
        assertThat(leadLinks.get("shown").asInt()).isEqualTo(30);
        assertThat(flow.get("links").size()).isEqualTo(60);

        Map<String, Integer> drawn = links(flow);
        assertThat(all).containsAllEntriesOf(drawn);
        // No drawn leader link is narrower than the widest one left out, and that one is really left out.
        int narrowestLeader = drawn.entrySet().stream().filter(e -> e.getKey().startsWith("leader|"))
                .mapToInt(Map.Entry::getValue).min().orElseThrow();
        int largestOmitted = all.entrySet().stream().filter(e -> e.getKey().startsWith("leader|") && !drawn.containsKey(e.getKey()))
                .mapToInt(Map.Entry::getValue).max().orElseThrow();
        assertThat(leaderLinks.get("largestOmitted").asInt()).isEqualTo(largestOmitted).isLessThanOrEqualTo(narrowestLeader);
        // Every lead unit in the middle has a leader on its left.
        Set<String> middle = new TreeSet<>();
        flow.get("links").forEach(l -> {
            if (l.get("stage").asString().equals("leader")) {
                middle.add(l.get("target").asString());
            }
        });
        flow.get("links").forEach(l -> {
            if (l.get("stage").asString().equals("lead")) {
                assertThat(middle).contains(l.get("source").asString());
            }
        });
        assertThat(drawn).containsEntry("leader|吴丕华|市发改委", 20);
        everyLinkOpensItsTasks(flow);
    }

    @Test
    void oneLeadersFlowIsTheirTasksOnly() {
        JsonNode flow = get("/api/flow?top=500&leader=" + enc("吴丕华"));
        Map<String, Integer> drawn = links(flow);
        assertThat(drawn).isEqualTo(countedFromTheLedger("吴丕华", null));
        assertThat(drawn).containsEntry("leader|吴丕华|市发改委", 20);
        assertThat(drawn.keySet()).allMatch(k -> !k.startsWith("leader|") || k.startsWith("leader|吴丕华|"));
        everyLinkOpensItsTasks(flow);
        // The leader's tasks that name a lead unit are the ledger's list for the leader.
        Set<String> nodes = new TreeSet<>();
        flow.get("nodes").forEach(n -> nodes.add(n.get("column").asString() + ":" + n.get("name").asString()));
        assertThat(nodes).contains("leader:吴丕华", "lead:市发改委");
    }

    @Test
    void oneUnitsFlowIsThePathsThroughIt() {
        JsonNode flow = get("/api/flow?top=500&unit=" + enc("市发改委"));
        Map<String, Integer> drawn = links(flow);
        assertThat(drawn).isEqualTo(countedFromTheLedger(null, "市发改委"));
        // Its 21 lead tasks reach it from their leaders (吴丕华 oversees 20 of them, as the heatmap says) ...
        assertThat(drawn).containsEntry("leader|吴丕华|市发改委", 20);
        // ... and every link touches it or ends in a lead unit of a task it is responsible on.
        assertThat(drawn.keySet().stream().filter(k -> k.startsWith("lead|")))
                .allMatch(k -> k.contains("|市发改委"));
        assertThat(drawn.keySet().stream().filter(k -> k.startsWith("lead|") && k.endsWith("|市发改委"))).isNotEmpty();
        everyLinkOpensItsTasks(flow);

        JsonNode both = get("/api/flow?top=500&unit=" + enc("市发改委") + "&leader=" + enc("吴丕华"));
        assertThat(links(both)).isEqualTo(countedFromTheLedger("吴丕华", "市发改委"));
        everyLinkOpensItsTasks(both);
    }

    @Test
    void anUnknownNameDrawsNothing() {
        JsonNode flow = get("/api/flow?leader=" + enc("没有这个人"));
        assertThat(flow.get("links").size()).isZero();
        assertThat(flow.get("nodes").size()).isZero();
        assertThat(flow.get("leaderLinks").get("links").asInt()).isZero();
    }
}
