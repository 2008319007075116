package org.respnet.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Recomputing the stored figures gives the same figures, and start-up computes those that are missing.
 * These tests remove and rewrite figures, so they run on a database of their own: the distinct data
 * directory keeps this context out of the cache the other integration tests share.
 */
@RespNetIntegrationTest
@TestPropertySource(properties = "respnet.neo4j.embedded.data-dir=target/neo4j-it/figure-recompute-${random.uuid}")
@DirtiesContext
class FigureRecomputeIT {

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
    void recomputingLeavesTheCommunitiesAsTheyWere() {
        JsonNode before = http().get("/api/communities").body();
        networkFigures.recompute();
        JsonNode after = http().get("/api/communities").body();

        assertThat(after).isEqualTo(before);
    }

    @Test
    void startUpComputesTheFiguresOfACityWhoseDataChangedSinceThem() {
        JsonNode before = http().get("/api/units").body();
        // As after an import whose recompute never ran (the process was stopped in between): the import renewed
        // the city's data marker in its own transaction, the figures are those of before.
        neo4j.query("MATCH (u:Unit) REMOVE u.betweenness, u.degree, u.weightedDegree, u.community").run();
        neo4j.query("MATCH (v:GraphVersion) SET v.token = randomUUID(), v.data = randomUUID()").run();
        assertThat(http().get("/api/units").body().get(0).get("betweenness").isNull()).isTrue();

        networkFigures.run(new DefaultApplicationArguments());

        assertThat(http().get("/api/units").body()).isEqualTo(before);
    }

    @Test
    void startUpComputesEveryCityOfAStoreWrittenBeforeTheChangeMarkers() {
        JsonNode before = http().get("/api/communities").body();
        neo4j.query("MATCH (u:Unit) REMOVE u.community").run();
        neo4j.query("MATCH (n) WHERE n:GraphVersion OR n:Community DETACH DELETE n").run();
        assertThat(http().get("/api/communities").body()).isEmpty();

        networkFigures.run(new DefaultApplicationArguments());

        assertThat(http().get("/api/communities").body()).isEqualTo(before);
        assertThat(neo4j.query("MATCH (v:GraphVersion {scope: '随州'}) RETURN v.figuresOf = v.data AS current")
                .fetchAs(Boolean.class).one()).hasValue(true);
    }
}
