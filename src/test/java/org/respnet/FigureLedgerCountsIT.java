package org.respnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.HttpJson.enc;
import static org.respnet.HttpJson.strings;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every figure the dashboard shows for the bundled 随州 notice, walked through the API: the ledger list its link
 * asks for ({@code /api/tasks?…}, the same filters as the page's {@code /tasks?…}) holds exactly the count shown.
 * A clerk who quotes a figure and opens its list sees the same number.
 */
@RespNetIntegrationTest
class FigureLedgerCountsIT {

    @LocalServerPort
    int port;

    private HttpJson http() {
        return new HttpJson(port);
    }

    private JsonNode ledger(String query) {
        HttpJson.Reply reply = http().get("/api/tasks?limit=10000&" + query);
        assertThat(reply.status()).as(query).isEqualTo(200);
        return reply.body();
    }

    private int count(String query) {
        return ledger(query).size();
    }

    @Test
    void theHeadlineCardsOpenAllTasksAndTheCoLedOnes() {
        JsonNode summary = http().get("/api/summary").body();
        assertThat(summary.get("tasks").asInt()).isEqualTo(167);
        assertThat(summary.get("coLedTasks").asInt()).isEqualTo(41);
        assertThat(count("")).isEqualTo(167);
        assertThat(count("coLed=true")).isEqualTo(41);
    }

    @Test
    void everyCoLeadPairOpensExactlyTheTasksBothUnitsLead() {
        List<JsonNode> pairs = new ArrayList<>();
        int total;
        int offset = 0;
        do {
            JsonNode page = http().get("/api/conflicts/co-lead?limit=20&offset=" + offset).body();
            total = page.get("totalPairs").asInt();
            page.get("pairs").forEach(pairs::add);
            offset += 20;
        } while (offset < total);
        assertThat(total).isEqualTo(59);
        assertThat(pairs).hasSize(59);

        for (JsonNode pair : pairs) {
            String a = pair.get("a").asString();
            String b = pair.get("b").asString();
            JsonNode tasks = ledger("leadUnits=" + enc(a + "," + b));
            assertThat(ids(tasks)).as(a + " – " + b).isEqualTo(strings(pair.get("taskIds")));
            assertThat(tasks.size()).as(a + " – " + b).isEqualTo(pair.get("tasks").asInt());
        }
        // The pair the review quoted: 4 tasks, where unit=市住建局&coLed=true gave 11.
        JsonNode housing = pairs.stream().filter(p -> p.get("a").asString().equals("市住建局")
                && p.get("b").asString().equals("市国投集团")
                || p.get("b").asString().equals("市住建局") && p.get("a").asString().equals("市国投集团"))
                .findFirst().orElseThrow();
        assertThat(housing.get("tasks").asInt()).isEqualTo(4);
        assertThat(count("leadUnits=" + enc("市住建局,市国投集团"))).isEqualTo(4);
        assertThat(count("unit=" + enc("市住建局") + "&coLed=true")).isEqualTo(11);
    }

    @Test
    void everyHeatmapCellOpensTheTasksTheLeaderOverseesAndTheUnitLeads() {
        JsonNode m = http().get("/api/matrix/leader-unit?role=lead").body();
        int cells = 0;
        for (JsonNode cell : m.get("cells")) {
            String leader = m.get("leaders").get(cell.get(0).asInt()).get("name").asString();
            String unit = m.get("units").get(cell.get(1).asInt()).get("name").asString();
            assertThat(count("leader=" + enc(leader) + "&unit=" + enc(unit) + "&role=lead")).as(leader + " × " + unit)
                    .isEqualTo(cell.get(2).asInt());
            cells++;
        }
        assertThat(cells).isEqualTo(m.get("cells").size()).isGreaterThan(100);
        // The cell the review quoted: 20, where leader=吴丕华&unit=市发改委 (either role) gives 26.
        assertThat(count("leader=" + enc("吴丕华") + "&unit=" + enc("市发改委") + "&role=lead")).isEqualTo(20);
        assertThat(count("leader=" + enc("吴丕华") + "&unit=" + enc("市发改委"))).isEqualTo(26);
    }

    @Test
    void everyUnitsLeadResponsibleAndTotalOpenTheirTasks() {
        JsonNode units = http().get("/api/units?limit=1000").body();
        assertThat(units.size()).isEqualTo(85);
        for (JsonNode u : units) {
            String unit = "unit=" + enc(u.get("name").asString());
            assertThat(count(unit + "&role=lead")).as(unit + " 牵头").isEqualTo(u.get("lead").asInt());
            assertThat(count(unit + "&role=responsible")).as(unit + " 责任").isEqualTo(u.get("responsible").asInt());
            assertThat(count(unit)).as(unit + " 合计").isEqualTo(u.get("total").asInt());
        }
    }

    @Test
    void everyLeadersTasksAndCoLedTasksOpenTheirTasks() {
        JsonNode leaders = http().get("/api/leaders").body();
        assertThat(leaders.size()).isEqualTo(7);
        int coLed = 0;
        for (JsonNode l : leaders) {
            String leader = "leader=" + enc(l.get("name").asString());
            assertThat(count(leader)).as(leader).isEqualTo(l.get("tasks").asInt());
            assertThat(count(leader + "&coLed=true")).as(leader + " 共同牵头").isEqualTo(l.get("coLedTasks").asInt());
            assertThat(l.get("units").asInt()).as(leader + " 涉及单位").isGreaterThanOrEqualTo(l.get("leadUnits").asInt());
            coLed += l.get("coLedTasks").asInt();
        }
        assertThat(coLed).isGreaterThanOrEqualTo(41);
    }

    @Test
    void everyBottleneckRowsLeadAndTotalOpenTheirTasks() {
        JsonNode ranking = http().get("/api/bottlenecks?limit=1000").body();
        assertThat(ranking.get("total").asInt()).isEqualTo(ranking.get("items").size()).isEqualTo(63);
        for (JsonNode b : ranking.get("items")) {
            String unit = "unit=" + enc(b.get("name").asString());
            assertThat(count(unit + "&role=lead")).as(unit + " 牵头").isEqualTo(b.get("lead").asInt());
            assertThat(count(unit)).as(unit + " 合计").isEqualTo(b.get("total").asInt());
        }
    }

    @Test
    void anAbbreviationFindsTheUnitItAbbreviatesAndAnExactNameOnlyThatUnit() {
        assertThat(ids(ledger("unit=" + enc("发改委")))).isEqualTo(ids(ledger("unit=" + enc("市发改委"))));
        assertThat(count("unit=" + enc("发改委") + "&role=lead")).isEqualTo(21);
        assertThat(count("unit=" + enc("没有这个单位"))).isZero();
    }

    private static List<String> ids(JsonNode tasks) {
        List<String> ids = new ArrayList<>();
        tasks.forEach(t -> ids.add(t.get("id").asString()));
        return ids;
    }
}
