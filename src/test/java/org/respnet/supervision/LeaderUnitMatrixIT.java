package org.respnet.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.HttpJson.enc;
import static org.respnet.HttpJson.names;
import static org.respnet.HttpJson.strings;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The leader × unit matrix of the bundled notice, checked cell by cell against the task ledger. */
@RespNetIntegrationTest
class LeaderUnitMatrixIT {

    private static final String CITY = "?city=" + enc("随州");

    @LocalServerPort
    int port;

    private HttpJson http() {
        return new HttpJson(port);
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
}
