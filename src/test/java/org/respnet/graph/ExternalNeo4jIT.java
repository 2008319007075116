package org.respnet.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.respnet.HttpJson;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The same application against an external Neo4j server (embedded server off, spring.neo4j.uri
 * set): the bundled notice is imported through Bolt alone. Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"respnet.neo4j.embedded.enabled=false", "respnet.import.dir=import"})
class ExternalNeo4jIT {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:2026.08.1").withAdminPassword("respnet-test");

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", NEO4J::getBoltUrl);
        registry.add("spring.neo4j.authentication.username", () -> "neo4j");
        registry.add("spring.neo4j.authentication.password", NEO4J::getAdminPassword);
    }

    @LocalServerPort
    int port;

    @Test
    void importsTheBundledNoticeIntoTheExternalServer() {
        var summary = new HttpJson(port).get("/api/summary").body();
        assertThat(summary.get("tasks").asInt()).isEqualTo(167);
        assertThat(summary.get("leaders").asInt()).isEqualTo(7);
    }
}
