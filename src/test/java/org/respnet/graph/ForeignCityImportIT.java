package org.respnet.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.HttpJson.enc;
import static org.respnet.graph.NoticeImportIT.workload;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.respnet.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/** A second city's notice beside the bundled one; its own database, since it adds to the graph. */
@RespNetIntegrationTest
@DirtiesContext
class ForeignCityImportIT {

    @LocalServerPort
    int port;

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

}
