package org.respnet.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The communities of the co-assignment network: every unit in exactly one, each led by its busiest lead unit. */
@RespNetIntegrationTest
class CommunitiesIT {

    @LocalServerPort
    int port;

    private HttpJson http() {
        return new HttpJson(port);
    }

    @Test
    void communitiesHoldEveryUnitOnce() {
        JsonNode after = http().get("/api/communities").body();

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
}
