package org.respnet.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.respnet.HttpJson.enc;

import org.junit.jupiter.api.Test;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The bottleneck ranking of the bundled notice: units and groups apart, scores the sum of their parts, paged. */
@RespNetIntegrationTest
class BottlenecksIT {

    private static final String CITY = "?city=" + enc("随州");

    @LocalServerPort
    int port;

    private HttpJson http() {
        return new HttpJson(port);
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

    private static JsonNode item(JsonNode items, String name) {
        for (JsonNode item : items) {
            if (item.get("name").asString().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("no item " + name);
    }
}
