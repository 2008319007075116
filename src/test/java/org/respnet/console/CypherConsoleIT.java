package org.respnet.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.respnet.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@RespNetIntegrationTest
class CypherConsoleIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    CypherConsole console;

    private HttpJson viewer() {
        return new HttpJson(port).as("viewer", TestUsers.VIEWER_PASSWORD);
    }

    @Test
    void refusesEveryHostilePayloadAndLeavesTheGraphUnchanged() {
        long[] before = counts();
        List<String> outcomes = new ArrayList<>();
        List<String> gotThrough = new ArrayList<>();
        for (HostilePayloads.Payload payload : HostilePayloads.ALL) {
            HttpJson.Reply reply = viewer().postJson("/api/cypher", Map.of("query", payload.query(), "params", Map.of()));
            String reason = reply.body() == null || reply.body().get("reason") == null ? "?" : reply.body().get("reason").asString();
            outcomes.add(payload.name() + " -> " + reply.status() + " " + reason);
            boolean refused = reply.status() >= 400 && reply.status() < 500 && reply.body() != null
                    && !reply.body().path("error").asString().isBlank();
            if (!refused) {
                gotThrough.add(payload.name() + ": " + reply.status() + " " + reply.raw());
            }
        }
        System.out.println("Hostile console payloads (" + HostilePayloads.ALL.size() + "):\n  " + String.join("\n  ", outcomes));
        assertThat(HostilePayloads.ALL).hasSizeGreaterThanOrEqualTo(30);
        assertThat(gotThrough).isEmpty();
        assertThat(counts()).containsExactly(before);
        assertThat(outcomes).anyMatch(o -> o.startsWith("cartesian product -> 422 timeout"));
    }

    @Test
    void readModeRefusesWritesThatSlipPastThePolicy() {
        long[] before = counts();
        for (String write : List.of("CREATE (n:Evil) RETURN n", "MERGE (u:Unit {key: 'x/evil'}) RETURN u",
                "MATCH (u:Unit) SET u.name = 'hacked' RETURN count(u)", "MATCH (t:Task) DETACH DELETE t",
                "MATCH (u:Unit) REMOVE u.name RETURN count(u)", "CALL db.createLabel('Evil')",
                "CREATE INDEX evil FOR (n:Evil) ON (n.x)")) {
            assertThatThrownBy(() -> console.execute(write, Map.of()))
                    .as(write)
                    .isInstanceOfSatisfying(QueryRefusedException.class, e -> {
                        assertThat(e.status()).isEqualTo(403);
                        assertThat(e.reason()).isEqualTo("write");
                    });
        }
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void serverRefusesFileUrlsEvenForReadQueries() {
        assertThatThrownBy(() -> console.execute("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", Map.of()))
                .isInstanceOfSatisfying(QueryRefusedException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("allow_csv_import_from_file_urls");
                });
    }

    @Test
    void answersReadQueriesWithColumnsAndRows() {
        HttpJson.Reply reply = viewer().postJson("/api/cypher", Map.of(
                "query", "MATCH (u:Unit {name: $name})-[:LEADS]->(t:Task) RETURN u.name AS unit, count(t) AS tasks",
                "params", Map.of("name", "市发改委")));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        assertThat(reply.body().get("columns").toString()).isEqualTo("[\"unit\",\"tasks\"]");
        assertThat(reply.body().get("rows").get(0).get(0).asString()).isEqualTo("市发改委");
        assertThat(reply.body().get("rows").get(0).get(1).asInt()).isGreaterThan(10);
        assertThat(reply.body().get("truncated").asBoolean()).isFalse();
    }

    @Test
    void returnsNodesWithLabelsAndProperties() {
        HttpJson.Reply reply = viewer().postJson("/api/cypher",
                Map.of("query", "MATCH (d:Document {kind: 'NOTICE'}) RETURN d LIMIT 1"));
        JsonNode node = reply.body().get("rows").get(0).get(0);
        assertThat(node.get("labels").toString()).isEqualTo("[\"Document\"]");
        assertThat(node.get("properties").get("docNo").asString()).isEqualTo("随政办发〔2024〕2号");
    }

    @Test
    void capsRowsAndSaysSo() {
        HttpJson.Reply reply = viewer().postJson("/api/cypher",
                Map.of("query", "UNWIND range(1, 100000000) AS x RETURN x"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("rows").size()).isEqualTo(1000);
        assertThat(reply.body().get("truncated").asBoolean()).isTrue();
    }

    @Test
    void needsALoginEvenWhenAnonymousReadingIsOn() {
        HttpJson.Reply anonymous = new HttpJson(port).postJson("/api/cypher", Map.of("query", "RETURN 1"));
        HttpJson.Reply wrongPassword = new HttpJson(port).as("viewer", "guess").postJson("/api/cypher",
                Map.of("query", "RETURN 1"));
        assertThat(anonymous.status()).as("no session, so no CSRF token either").isEqualTo(403);
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.body().get("reason").asString()).isEqualTo("login");
    }

    @Test
    void listsTheNamedReadQueriesAsExamples() {
        HttpJson.Reply reply = new HttpJson(port).get("/api/cypher/examples");
        assertThat(reply.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        reply.body().forEach(e -> names.add(e.get("name").asString()));
        assertThat(names).contains("unit-workload", "summary", "tasks").noneMatch(n -> n.startsWith("import-"))
                .doesNotContain("schema");
    }

    @Test
    void servesTheConsolePage() {
        HttpJson.Reply reply = new HttpJson(port).get("/console");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.raw()).contains("Cypher 只读查询控制台", "/js/console.js");
    }

    private long[] counts() {
        try (Session session = driver.session()) {
            return new long[] {
                    session.run("MATCH (n) RETURN count(n) AS c").single().get("c").asLong(),
                    session.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong()};
        }
    }
}
