package org.respnet.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.HttpJson.enc;
import static org.respnet.HttpJson.names;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The explorer's endpoints over HTTP on the bundled 随州 notice: search, neighbourhood, whole city, exports. */
@RespNetIntegrationTest
class GraphApiIT {

    @LocalServerPort
    int port;

    private HttpJson http() {
        return new HttpJson(port);
    }

    @Test
    void pinyinInitialsAndAbbreviationsSuggestTheDevelopmentCommissionFirst() {
        for (String typed : List.of("fgw", "sfgw", "发改委", "市发改委")) {
            JsonNode hits = http().get("/api/search?q=" + enc(typed)).body();
            assertThat(hits.get(0).get("name").asString()).as(typed).isEqualTo("市发改委");
            assertThat(hits.get(0).get("type").asString()).isEqualTo("unit");
        }
        assertThat(http().get("/api/search?q=" + enc("fgw")).body().get(0).get("match").asString()).isEqualTo("pinyin");
    }

    @Test
    void searchFindsLeadersAndTasksByNumber() {
        assertThat(names(http().get("/api/search?q=" + enc("吴丕华")).body())).first().isEqualTo("吴丕华");
        JsonNode byNumber = http().get("/api/search?q=89").body();
        assertThat(byNumber.get(0).get("type").asString()).isEqualTo("task");
        assertThat(byNumber.get(0).get("detail").asString()).contains("殡葬");
    }

    @Test
    void searchFindsALivelihoodItemByTheNumberThePagesPrint() {
        // 民生实事 item 一 assigns five roads separately: 民生一 finds its five parts, 民生一.4 the one.
        JsonNode item = http().get("/api/search?q=" + enc("民生一")).body();
        List<String> parts = new java.util.ArrayList<>();
        item.forEach(h -> {
            if (h.get("match").asString().equals("number")) {
                parts.add(h.get("name").asString());
            }
        });
        assertThat(parts).containsExactlyInAnyOrder("一.1", "一.2", "一.3", "一.4", "一.5");
        assertThat(http().get("/api/search?q=" + enc("民生一.4")).body().get(0).get("name").asString()).isEqualTo("一.4");
        // The explorer's focus takes the printed number too (民生一.4 typed into the address), as it takes 一.4.
        String part = http().get("/api/graph?focus=" + enc("一.4")).body().get("focus").asString();
        assertThat(part).startsWith("T:");
        assertThat(http().get("/api/graph?focus=" + enc("民生一.4")).body().get("focus").asString()).isEqualTo(part);
    }

    @Test
    void neighbourhoodOfAUnitHoldsItsTasksAndGroups() {
        JsonNode view = http().get("/api/graph?focus=" + enc("市发改委") + "&depth=1").body();
        assertThat(view.get("mode").asString()).isEqualTo("neighbourhood");
        assertThat(view.get("focus").asString()).isEqualTo("U:随州/市发改委");
        long tasks = count(view.get("nodes"), "task");
        assertThat(tasks).isEqualTo(34);
        assertThat(names(view.get("nodes"))).contains("市政府各部门");
        long leads = 0;
        for (JsonNode link : view.get("links")) {
            if (link.get("type").asString().equals("LEADS")) {
                leads++;
            }
        }
        assertThat(leads).isEqualTo(21);
        assertThat(view.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void aHeavyNodeIsCappedAndCountsWhatItLeftOut() {
        JsonNode capped = http().get("/api/graph?focus=" + enc("各县市区政府及管委会") + "&limit=10").body();
        assertThat(capped.get("nodes").size()).isEqualTo(11);
        assertThat(capped.get("truncated").asBoolean()).isTrue();
        int hidden = capped.get("hidden").get("U:随州/各县市区政府及管委会").asInt();
        JsonNode all = http().get("/api/graph?focus=" + enc("各县市区政府及管委会") + "&limit=1000").body();
        assertThat(all.get("nodes").size()).isEqualTo(11 + hidden);
        assertThat(count(all.get("nodes"), "task")).isEqualTo(129);
    }

    @Test
    void theWholeCityFitsTheDefaultBudgetAndCanBeAggregatedToUnits() {
        JsonNode whole = http().get("/api/graph").body();
        assertThat(whole.get("mode").asString()).isEqualTo("whole");
        assertThat(whole.get("nodes").size()).isEqualTo(167 + 85 + 7);
        JsonNode units = http().get("/api/graph?view=units").body();
        assertThat(units.get("mode").asString()).isEqualTo("units");
        assertThat(units.get("nodes").size()).isEqualTo(85);
        assertThat(count(units.get("nodes"), "unit")).isEqualTo(85);
        assertThat(units.get("links").get(0).get("type").asString()).isEqualTo("SHARES");
        assertThat(units.get("links").get(0).get("weight").asInt()).isGreaterThan(1);
    }

    @Test
    void unknownFocusIsNotFound() {
        assertThat(http().get("/api/graph?focus=" + enc("不存在的单位")).status()).isEqualTo(404);
    }

    @Test
    void csvExportStartsWithAByteOrderMarkAndHoldsTheFilteredRows() {
        String csv = http().get("/api/tasks.csv?coLed=true").raw();
        assertThat(csv).startsWith("\uFEFF序号,类别,篇章,任务,责任领导,牵头单位,责任单位");
        assertThat(csv.split("\r\n")).hasSize(1 + 41);
        assertThat(csv).contains("\"民生一.4\"", "\"民生一.5\"");
    }

    @Test
    void pagesAreServedAtTheirReadableAddresses() {
        assertThat(http().get("/explore").raw()).contains("<title>关系探索");
        assertThat(http().get("/tasks").raw()).contains("<title>任务台账");
        assertThat(http().get("/units/" + enc("市发改委")).raw()).contains("<title>单位简报");
        assertThat(http().get("/").raw()).contains("<title>总览");
        assertThat(http().get("/webjars/cytoscape/dist/cytoscape.min.js").status()).isEqualTo(200);
    }

    private static long count(JsonNode nodes, String type) {
        long n = 0;
        for (JsonNode node : nodes) {
            if (node.get("type").asString().equals(type)) {
                n++;
            }
        }
        return n;
    }
}
