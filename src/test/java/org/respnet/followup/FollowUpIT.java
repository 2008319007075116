package org.respnet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.HttpJson.enc;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Driver;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.respnet.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The follow-up API on the bundled 随州 notice (its 2024 reporting dates have all passed, so a task nobody
 * reported on is red): unit accounts, the Excel round trip, the lights, the 督办单 and the audit trail.
 */
@RespNetIntegrationTest
@TestPropertySource(properties = "spring.application.name=respnet-followup")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FollowUpIT {

    private static final String FGW = TestUsers.UNIT_NAME;

    @LocalServerPort
    int port;

    @Autowired
    FollowUpService followUp;

    @Autowired
    Driver driver;

    private HttpJson anonymous() {
        return new HttpJson(port);
    }

    private HttpJson fgw() {
        return anonymous().as(TestUsers.UNIT_USER, TestUsers.UNIT_PASSWORD);
    }

    private HttpJson czj() {
        return anonymous().as(TestUsers.OTHER_UNIT_USER, TestUsers.OTHER_UNIT_PASSWORD);
    }

    private byte[] template(String unit) {
        var download = anonymous().download("/api/units/" + enc(unit) + "/progress-template.xlsx");
        assertThat(download.statusCode()).isEqualTo(200);
        return download.body();
    }

    private int history(String task) {
        return anonymous().get("/api/tasks/" + enc(task) + "/progress").body().size();
    }

    /** A task the unit neither leads nor is responsible for, itself or through a group. */
    private String taskNotHeldBy(String unit) throws Exception {
        var held = new java.util.HashSet<String>();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(template(unit)))) {
            book.getSheetAt(0).forEach(r -> held.add(r.getCell(0).getStringCellValue()));
        }
        for (JsonNode t : anonymous().get("/api/tasks?limit=1000").body()) {
            if (!held.contains(t.get("id").asString())) {
                return t.get("id").asString();
            }
        }
        throw new IllegalStateException("every task is held by " + unit);
    }

    private Map<String, String> noticeLights(String unit) {
        Map<String, String> lights = new java.util.HashMap<>();
        anonymous().get("/api/units/" + enc(unit) + "/notice").body().get("items")
                .forEach(i -> lights.put(i.get("task").get("id").asString(), i.get("task").get("light").asString()));
        return lights;
    }

    @Test
    @Order(1)
    void freshInstallHasAnEmptyBoard() {
        JsonNode board = anonymous().get("/api/followup/board").body();

        assertThat(board.get("empty").asBoolean()).isTrue();
        assertThat(board.get("reports").asLong()).isZero();
        assertThat(board.get("rule").asString()).startsWith("灯号只看最新一次进展和日期");
    }

    @Test
    @Order(2)
    void aUnitAccountReportsOnItsOwnTaskButNotOnAnothers() throws Exception {
        String own = FollowUpFiles.leadTask(template(FGW), 0);
        String other = taskNotHeldBy(FGW);

        HttpJson.Reply refused = fgw().postJson("/api/tasks/" + enc(other) + "/progress",
                Map.of("status", "正常推进", "percent", 50, "note", "生成的进展"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(history(other)).isZero();

        HttpJson.Reply viewer = anonymous().as("viewer", TestUsers.VIEWER_PASSWORD)
                .postJson("/api/tasks/" + enc(own) + "/progress", Map.of("status", "正常推进"));
        assertThat(viewer.status()).isEqualTo(403);

        HttpJson.Reply created = fgw().postJson("/api/tasks/" + enc(own) + "/progress",
                Map.of("status", "正常推进", "percent", 30, "note", "生成的进展：已启动"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().get("written").asInt()).isEqualTo(1);

        HttpJson.Reply again = fgw().postJson("/api/tasks/" + enc(own) + "/progress",
                Map.of("status", "正常推进", "percent", 30, "note", "生成的进展：已启动"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("written").asInt()).isZero();

        HttpJson.Reply bad = fgw().postJson("/api/tasks/" + enc(own) + "/progress", Map.of("status", "完成了"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body().get("errors").get(0).get("message").asString()).contains("不是 已完成、正常推进、滞后、未启动 之一");

        // Issue 25, finding 7: 50.7 was stored as 50, and a period of 9999-99-99 was accepted.
        HttpJson.Reply fraction = fgw().postJson("/api/tasks/" + enc(own) + "/progress",
                Map.of("status", "正常推进", "percent", 50.7));
        assertThat(fraction.status()).as(fraction.raw()).isEqualTo(422);
        assertThat(fraction.body().get("errors").get(0).get("message").asString()).contains("完成百分比「50.7」应为 0 到 100 的整数");
        HttpJson.Reply noMonth = fgw().postJson("/api/tasks/" + enc(own) + "/progress",
                Map.of("status", "正常推进", "period", "9999-99-99"));
        assertThat(noMonth.status()).as(noMonth.raw()).isEqualTo(422);
        assertThat(noMonth.body().get("errors").get(0).get("message").asString()).contains("报送期「9999-99-99」");

        JsonNode entries = anonymous().get("/api/tasks/" + enc(own) + "/progress").body();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("status").asString()).isEqualTo("正常推进");
        assertThat(entries.get(0).get("unit").asString()).isEqualTo(FGW);
        assertThat(entries.get(0).get("by").asString()).isEqualTo(TestUsers.UNIT_USER);
    }

    @Test
    @Order(3)
    void theExcelRoundTripChangesTheLightsOnceAndRefusesABadFileWhole() throws Exception {
        byte[] template = template(FGW);
        String done = FollowUpFiles.leadTask(template, 1);
        String lagging = FollowUpFiles.leadTask(template, 2);
        Map<String, String> before = noticeLights(FGW);
        assertThat(before).containsEntry(done, "RED").containsEntry(lagging, "RED");

        byte[] filled = FollowUpFiles.fill(template, Map.of(
                done, new Object[] {"已完成", 100, "生成的进展：已完成"},
                lagging, new Object[] {"滞后", 40, "生成的进展：资金未到位"}));
        HttpJson.Reply uploaded = FollowUpFiles.upload(fgw(), FGW, filled);
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);
        assertThat(uploaded.body().get("written").asInt()).isEqualTo(2);

        Map<String, String> after = noticeLights(FGW);
        assertThat(after).doesNotContainKey(done).containsEntry(lagging, "YELLOW");
        assertThat(after.values()).contains("RED");

        HttpJson.Reply twice = FollowUpFiles.upload(fgw(), FGW, filled);
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.body().get("written").asInt()).isZero();
        assertThat(history(done)).isEqualTo(1);

        byte[] broken = FollowUpFiles.fill(template, Map.of(
                done, new Object[] {"正常推进", 80, "生成的进展"},
                lagging, new Object[] {"差不多", 250, "生成的进展"}));
        HttpJson.Reply refused = FollowUpFiles.upload(fgw(), FGW, broken);
        assertThat(refused.status()).isEqualTo(422);
        List<String> where = new ArrayList<>();
        refused.body().get("errors").forEach(e -> where.add(e.get("row").asInt() + ":" + e.get("column").asString()));
        assertThat(where).hasSize(2).allMatch(w -> w.endsWith(":进展状态") || w.endsWith(":完成百分比"));
        assertThat(refused.body().get("errors").get(0).get("message").asString()).startsWith("第").contains("行「进展状态」");
        assertThat(history(done)).isEqualTo(1);
        assertThat(history(lagging)).isEqualTo(1);

        assertThat(FollowUpFiles.upload(czj(), FGW, filled).status()).isEqualTo(403);
        assertThat(FollowUpFiles.upload(anonymous(), FGW, filled).status()).isEqualTo(403); // no login, no CSRF token

        JsonNode board = anonymous().get("/api/followup/board").body();
        assertThat(board.get("empty").asBoolean()).isFalse();
        JsonNode fgwLead = null;
        for (JsonNode row : board.get("byLeadUnit")) {
            if (FGW.equals(row.get("name").asString())) {
                fgwLead = row;
            }
        }
        assertThat(fgwLead).isNotNull();
        assertThat(fgwLead.get("done").asInt()).isEqualTo(1);
        assertThat(fgwLead.get("green").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(fgwLead.get("yellow").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(board.get("predictedObserved").size()).isGreaterThan(10);
        assertThat(board.get("coLed").get("tasks").asInt() + board.get("singleLead").get("tasks").asInt())
                .isGreaterThan(150);
    }

    @Test
    @Order(4)
    void theAuditTrailListsEveryWriteToAdminsOnly() {
        HttpJson.Reply trail = anonymous().asAdmin().get("/api/admin/audit");
        assertThat(trail.status()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        trail.body().forEach(e -> actions.add(e.get("action").asString() + "/" + e.get("user").asString()));
        assertThat(actions).contains("PROGRESS/fgw", "UPLOAD/fgw", "IMPORT/system");
        assertThat(actions.stream().filter(a -> a.startsWith("UPLOAD")).count()).isEqualTo(1);

        assertThat(fgw().get("/api/admin/audit").status()).isEqualTo(403);
        assertThat(anonymous().as("editor", TestUsers.EDITOR_PASSWORD).postJson("/api/admin/audit", Map.of())
                .status()).isEqualTo(403);
    }

    @Test
    @Order(5)
    void aBulkLoadWritesInBatchesWithOneAuditEntryEachAndNothingTwice() {
        String task = anonymous().get("/api/tasks?unit=" + enc(FGW) + "&limit=1").body().get(0).get("id").asString();
        String unitKey = unitKey(task);
        List<FollowUpService.BulkRow> rows = new ArrayList<>();
        for (int m = 1; m <= 3; m++) {
            rows.add(new FollowUpService.BulkRow(task, unitKey, OffsetDateTime.parse("2023-0" + m
                    + "-25T10:00:00+08:00"), "2023-0" + m, ProgressStatus.ON_TRACK, 10 * m, "生成的进展"));
        }
        int before = history(task);
        long audits = bulkAudits();

        assertThat(followUp.recordBulk(rows, "生成的测试数据", 2)).isEqualTo(3);
        assertThat(history(task)).isEqualTo(before + 3);
        assertThat(bulkAudits()).isEqualTo(audits + 2);
        assertThat(followUp.recordBulk(rows, "生成的测试数据", 2)).isZero();
        assertThat(bulkAudits()).isEqualTo(audits + 2);

        JsonNode national = anonymous().get("/api/followup/board").body();
        assertThat(national.get("scope").asString()).isEqualTo("city");
        assertThat(national.get("byCity")).hasSize(1);
        assertThat(national.get("byCity").get(0).get("tasks").asInt()).isEqualTo(national.get("totals").get(0).get("tasks").asInt());
    }

    private String unitKey(String task) {
        return driver.executableQuery("MATCH (u:Unit {name: $unit})-[:LEADS|SUPPORTS]->(:Task {id: $task}) RETURN u.key AS key")
                .withParameters(Map.of("unit", FGW, "task", task)).execute().records().get(0).get("key").asString();
    }

    private long bulkAudits() {
        List<String> actions = new ArrayList<>();
        anonymous().asAdmin().get("/api/admin/audit?limit=10000").body().forEach(e -> actions.add(e.get("action").asString()));
        return actions.stream().filter("BULK"::equals).count();
    }
}
