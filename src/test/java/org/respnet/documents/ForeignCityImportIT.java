package org.respnet.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.HttpJson.enc;
import static org.respnet.documents.NoticeImportIT.workload;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.respnet.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/** A second city's notice beside the bundled one; its own database, since it adds to the graph. */
@RespNetIntegrationTest
@DirtiesContext
class ForeignCityImportIT {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Test
    void importOfASecondCityRecomputesOnlyThatCitysFigures() {
        HttpJson http = new HttpJson(port);
        String suizhou = "?city=" + enc("随州");
        List<JsonNode> before = List.of(http.get("/api/units" + suizhou).body(), http.get("/api/bottlenecks" + suizhou).body(),
                http.get("/api/communities" + suizhou).body(), http.get("/api/conflicts/co-lead" + suizhou).body(),
                http.get("/api/leaders" + suizhou).body());
        List<Object> computedAt = computedAt("随州");

        String notice = "乙城市人民政府办公室关于分解落实《政府工作报告》的通知\n乙城高新区管委会\n重点工作责任分解\n"
                + "1.建设新港。（责任领导：钱七；牵头单位：市港航局、市交通运输局；责任单位：市财政局。）\n"
                + "2.修建大桥。（责任领导：孙八；牵头单位：市交通运输局；责任单位：市财政局、市水利局。）\n";
        assertThat(http.as("editor", TestUsers.EDITOR_PASSWORD).post("/api/documents?name=yicheng.txt", "text/plain;charset=UTF-8",
                notice.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(201);

        assertThat(computedAt("随州")).isEqualTo(computedAt);
        assertThat(List.of(http.get("/api/units" + suizhou).body(), http.get("/api/bottlenecks" + suizhou).body(),
                http.get("/api/communities" + suizhou).body(), http.get("/api/conflicts/co-lead" + suizhou).body(),
                http.get("/api/leaders" + suizhou).body())).isEqualTo(before);
        // the new city has its own figures: 市交通运输局 is on both tasks, between the two others
        JsonNode yicheng = http.get("/api/units?city=" + enc("乙城")).body();
        assertThat(workload(yicheng, "市交通运输局")).isEqualTo("2/0/2");
        assertThat(yicheng.get(0).get("betweenness").isNull()).isFalse();
        JsonNode pairs = http.get("/api/conflicts/co-lead?city=" + enc("乙城")).body().get("pairs");
        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).get("tasks").asLong()).isEqualTo(1);
    }

    private List<Object> computedAt(String city) {
        try (var session = driver.session()) {
            return session.run("MATCH (u:Unit {city: $city}) RETURN u.networkComputedAt AS at ORDER BY u.key",
                    Map.of("city", city)).list(r -> r.get("at").asObject());
        }
    }

    @Test
    void importsAnotherCitysNoticeAndReportsUnlistedUnits() {
        String notice = "甲城市人民政府办公室关于分解落实《政府工作报告》的通知\n甲城高新区管委会\n重点工作责任分解\n"
                + "1.建设新港。（责任领导：赵六；牵头单位：市港航局；责任单位：甲城高新区管委会，各县市区政府。）\n";
        HttpJson.Reply reply = new HttpJson(port).as("editor", TestUsers.EDITOR_PASSWORD).post("/api/documents?name=jiacheng.txt", "text/plain;charset=UTF-8",
                notice.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().get("city").asString()).isEqualTo("甲城");
        assertThat(reply.body().get("newUnits")).extracting(JsonNode::asString)
                .containsExactly("市港航局", "甲城高新区管委会", "各县市区政府");
        assertThat(reply.body().get("unlistedUnits")).extracting(u -> u.get("name").asString() + ":" + u.get("inferredKind").asString())
                .containsExactly("市港航局:department", "甲城高新区管委会:county");
        // the other city's units are its own: 随州's figures are untouched
        assertThat(workload(new HttpJson(port).get("/api/units?city=" + enc("随州")).body(), "市发改委")).isEqualTo("21/13/34");
    }

    /**
     * Issue 25, finding 5: a UNIT login wrote another city's tasks of a unit with the same name. czj is
     * 随州's 市财政局; 丙城 has a 市财政局 of its own.
     */
    @Test
    void aUnitLoginCannotReportOnAnotherCitysTaskOfAUnitWithTheSameName() {
        String notice = "丙城市人民政府办公室关于分解落实《政府工作报告》的通知\n重点工作责任分解\n"
                + "1.建设粮仓。（责任领导：周九；牵头单位：" + TestUsers.OTHER_UNIT_NAME + "。）\n";
        HttpJson.Reply imported = new HttpJson(port).as("editor", TestUsers.EDITOR_PASSWORD).post(
                "/api/documents?name=bingcheng.txt", "text/plain;charset=UTF-8", notice.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.raw()).isEqualTo(201);
        String task;
        try (var session = driver.session()) {
            task = session.run("MATCH (:Unit {key: $key})-[:LEADS]->(t:Task) RETURN t.id AS id",
                    Map.of("key", "丙城/" + TestUsers.OTHER_UNIT_NAME)).single().get("id").asString();
        }

        HttpJson.Reply reply = new HttpJson(port).as(TestUsers.OTHER_UNIT_USER, TestUsers.OTHER_UNIT_PASSWORD)
                .postJson("/api/tasks/" + enc(task) + "/progress", Map.of("status", "正常推进", "percent", 10));

        assertThat(reply.status()).as(reply.raw()).isEqualTo(403);
        assertThat(reply.raw()).contains("属于随州" + TestUsers.OTHER_UNIT_NAME);
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (p:Progress)-[:ON]->(:Task {id: $id}) RETURN count(p) AS n", Map.of("id", task))
                    .single().get("n").asLong()).isZero();
        }
    }
}
