package org.respnet.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.HttpJson.enc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.respnet.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * A city's year after year through the one change path: next year's notice (made here from the bundled one: the
 * years moved on, task 11's lead unit changed from 市经信局 to 市发改委, which was responsible on it) imported beside
 * this year's; each year's figures its own; a correction with its history and its undo; a unit merged; the next
 * year's notice removed, leaving the graph as it was.
 */
@RespNetIntegrationTest
@TestPropertySource(properties = "spring.application.name=respnet-notice-lifecycle")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoticeLifecycleIT {

    static final String SUIZHOU = "随州";
    static final String SUIZHOU_2025 = "随州（2025年）";

    @LocalServerPort
    int port;

    @Autowired
    Neo4jClient neo4j;

    static String before2025;
    static String id2025;

    HttpJson editor() {
        return new HttpJson(port).as("editor", TestUsers.EDITOR_PASSWORD);
    }

    static String nextYear() throws IOException {
        String text = Files.readString(Path.of("import/suizhou-2024-notice.txt"));
        String task11 = "牵头单位：市经信局；责任单位：市发改委、市住建局，随县、广水市人民政府。";
        assertThat(text).containsOnlyOnce(task11);
        return text.replace("2024", "2025")
                .replace(task11, "牵头单位：市发改委；责任单位：市住建局，随县、广水市人民政府。");
    }

    @Test
    @Order(1)
    void nextYearsNoticeIsImportedBesideThisYearsAndNothingIsSummed() throws IOException {
        JsonNode units2024 = editor().get("/api/units?city=" + enc(SUIZHOU) + "&limit=1000").body();
        String jxj2024 = workload(units2024, "市经信局");
        before2025 = export();

        HttpJson.Reply imported = editor().post("/api/documents?name=" + enc("随州2025.txt"), "text/plain",
                nextYear().getBytes(StandardCharsets.UTF_8));

        assertThat(imported.status()).as(imported.raw()).isEqualTo(201);
        id2025 = imported.body().get("documentId").asString();
        // this year's figures are exactly today's, next year's its own: task 11 moved 市发改委 from responsible to lead
        JsonNode units = editor().get("/api/units?city=" + enc(SUIZHOU) + "&limit=1000").body();
        assertThat(workload(units, "市发改委")).isEqualTo("21/13/34");
        assertThat(workload(units, "市经信局")).isEqualTo(jxj2024);
        JsonNode next = editor().get("/api/units?city=" + enc(SUIZHOU_2025) + "&limit=1000").body();
        assertThat(workload(next, "市发改委")).isEqualTo("22/12/34");
        String[] jxj = jxj2024.split("/");
        assertThat(workload(next, "市经信局")).isEqualTo((Integer.parseInt(jxj[0]) - 1) + "/" + jxj[1] + "/"
                + (Integer.parseInt(jxj[2]) - 1));
        // the summary of each notice is its own: 167 tasks, 85 units, 7 leaders either year; the report is 随州's
        JsonNode summary2024 = editor().get("/api/summary?city=" + enc(SUIZHOU)).body();
        JsonNode summary2025 = editor().get("/api/summary?city=" + enc(SUIZHOU_2025)).body();
        assertThat(List.of(summary2024.get("documents").asInt(), summary2024.get("tasks").asInt(),
                summary2024.get("units").asInt(), summary2024.get("leaders").asInt(),
                summary2024.get("relationships").asInt())).containsExactly(2, 167, 85, 7, 1052);
        assertThat(List.of(summary2025.get("documents").asInt(), summary2025.get("tasks").asInt(),
                summary2025.get("units").asInt(), summary2025.get("leaders").asInt(),
                summary2025.get("relationships").asInt())).containsExactly(1, 167, 85, 7, 1051);
        // the documents list names both notices and the report, each with its scope and its tasks
        JsonNode documents = editor().get("/api/documents").body();
        assertThat(documents).hasSize(3);
        JsonNode doc2025 = StreamSupport.stream(documents.spliterator(), false)
                .filter(d -> d.get("id").asString().equals(id2025)).findFirst().orElseThrow();
        assertThat(doc2025.get("docNo").asString()).isEqualTo("随政办发〔2025〕2号");
        assertThat(doc2025.get("scope").asString()).isEqualTo(SUIZHOU_2025);
        assertThat(doc2025.get("tasks").asInt()).isEqualTo(167);
        assertThat(doc2025.get("importedBy").asString()).isEqualTo("editor");
        // search and the explorer look within the notice shown: each year has one 第 17 项, both together two
        assertThat(taskHits("/api/search?q=17&city=" + enc(SUIZHOU))).hasSize(1);
        assertThat(taskHits("/api/search?q=17&city=" + enc(SUIZHOU_2025))).hasSize(1)
                .doesNotContainAnyElementsOf(taskHits("/api/search?q=17&city=" + enc(SUIZHOU)));
        assertThat(taskHits("/api/search?q=17")).hasSize(2);
        for (String scope : List.of(SUIZHOU, SUIZHOU_2025)) {
            JsonNode around = editor().get("/api/graph?focus=" + enc("市发改委") + "&city=" + enc(scope)).body();
            assertThat(around.get("focus").asString()).isEqualTo("U:" + scope + "/市发改委");
            assertThat(around.get("nodes")).allSatisfy(node -> assertThat(node.get("id").asString())
                    .satisfiesAnyOf(id -> assertThat(id).startsWith("T:"), id -> assertThat(id).contains(scope + "/")));
        }
        // the original file comes back as it was sent
        var original = editor().download("/api/documents/" + id2025 + "/original");
        assertThat(new String(original.body(), StandardCharsets.UTF_8)).isEqualTo(nextYear());
    }

    /** The ids of the tasks a search suggests. */
    private List<String> taskHits(String path) {
        return StreamSupport.stream(editor().get(path).body().spliterator(), false)
                .filter(hit -> hit.get("type").asString().equals("task")).map(hit -> hit.get("id").asString()).toList();
    }

    @Test
    @Order(2)
    void aReassignmentIsAuditedInTheTasksHistoryAndUndoRestoresEveryFigure() {
        String task = id2025 + "-K12";
        JsonNode before = editor().get("/api/units?city=" + enc(SUIZHOU_2025) + "&limit=1000").body();
        String pairsBefore = editor().get("/api/conflicts/co-lead?city=" + enc(SUIZHOU_2025)).raw();

        // task 12: 黄继军; lead 市经信局; responsible 市发改委, 各县市区政府及管委会 → lead 市发改委 and 市经信局
        HttpJson.Reply dry = editor().postJson("/api/tasks/" + task + "/assignment", Map.of(
                "leaders", List.of("黄继军"), "leads", List.of("市经信局", "市发改委"),
                "supports", List.of("各县市区政府及管委会"), "reason", "调整分工：市发改委共同牵头", "dryRun", true));
        assertThat(dry.status()).as(dry.raw()).isEqualTo(200);
        assertThat(dry.body().get("applied").asBoolean()).isFalse();
        assertThat(editor().get("/api/units?city=" + enc(SUIZHOU_2025) + "&limit=1000").body()).isEqualTo(before);

        HttpJson.Reply applied = editor().postJson("/api/tasks/" + task + "/assignment", Map.of(
                "leaders", List.of("黄继军"), "leads", List.of("市经信局", "市发改委"),
                "supports", List.of("各县市区政府及管委会"), "reason", "调整分工：市发改委共同牵头", "dryRun", false));

        assertThat(applied.status()).as(applied.raw()).isEqualTo(200);
        JsonNode after = editor().get("/api/units?city=" + enc(SUIZHOU_2025) + "&limit=1000").body();
        assertThat(workload(after, "市发改委")).isEqualTo("23/11/34");
        assertThat(workload(after, "市经信局")).isEqualTo(workload(before, "市经信局"));
        // this year's notice is untouched
        assertThat(workload(editor().get("/api/units?city=" + enc(SUIZHOU) + "&limit=1000").body(), "市发改委"))
                .isEqualTo("21/13/34");
        JsonNode history = editor().get("/api/tasks/" + task + "/history").body();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("action").asString()).isEqualTo("IMPORT");
        assertThat(history.get(1).get("action").asString()).isEqualTo("REASSIGN");
        assertThat(history.get(1).get("user").asString()).isEqualTo("editor");
        assertThat(history.get(1).get("reason").asString()).isEqualTo("调整分工：市发改委共同牵头");
        assertThat(history.get(1).get("detail").asString()).isEqualTo("第 12 项：原为责任领导：黄继军；牵头单位：市经信局；"
                + "责任单位：市发改委、各县市区政府及管委会，调整为责任领导：黄继军；牵头单位：市经信局、市发改委；责任单位：各县市区政府及管委会");

        HttpJson.Reply undo = editor().postJson("/api/changes/undo", Map.of("reason", "误改"));

        assertThat(undo.status()).as(undo.raw()).isEqualTo(200);
        assertThat(editor().get("/api/units?city=" + enc(SUIZHOU_2025) + "&limit=1000").body()).isEqualTo(before);
        assertThat(editor().get("/api/conflicts/co-lead?city=" + enc(SUIZHOU_2025)).raw()).isEqualTo(pairsBefore);
        assertThat(editor().get("/api/tasks/" + task + "/history").body()).hasSize(3);
    }

    @Test
    @Order(3)
    void mergingTwoSpellingsOfAUnitSumsTheirTasksAndUndoSplitsThemAgain() {
        JsonNode before = editor().get("/api/units?city=" + enc(SUIZHOU_2025) + "&limit=1000").body();
        String[] fgw = workload(before, "市发改委").split("/");
        String[] jxj = workload(before, "市经信局").split("/");
        long sharedBefore = sharedTasks(SUIZHOU_2025 + "/市发改委", SUIZHOU_2025 + "/市经信局");
        assertThat(sharedBefore).isPositive();

        HttpJson.Reply merged = editor().postJson("/api/units/rename", Map.of("city", SUIZHOU_2025,
                "from", "市经信局", "to", "市发改委", "reason", "测试合并", "dryRun", false));

        assertThat(merged.status()).as(merged.raw()).isEqualTo(200);
        assertThat(merged.body().get("kind").asString()).isEqualTo("MERGE");
        JsonNode after = editor().get("/api/units?city=" + enc(SUIZHOU_2025) + "&limit=1000").body();
        assertThat(find(after, "市经信局")).isNull();
        // the merged unit is on every task either was on: the two totals less the tasks they shared
        int shared = Integer.parseInt(fgw[2]) + Integer.parseInt(jxj[2])
                - Integer.parseInt(workload(after, "市发改委").split("/")[2]);
        assertThat(shared).isEqualTo(sharedBefore);

        assertThat(editor().postJson("/api/changes/undo", Map.of("reason", "撤销合并")).status()).isEqualTo(200);
        assertThat(rows(editor().get("/api/units?city=" + enc(SUIZHOU_2025) + "&limit=1000").body()))
                .containsExactlyElementsOf(rows(before));
    }

    @Test
    @Order(4)
    void removingNextYearsNoticeLeavesTheGraphAsItWasBeforeIsAuditedAndUndoPutsAllOfItBack() throws IOException {
        String task = id2025 + "-K12";
        assertThat(editor().postJson("/api/tasks/" + task + "/progress", Map.of("status", "正常推进", "note", "已开工"))
                .status()).isEqualTo(201);
        JsonNode footprint = editor().get("/api/documents/" + id2025 + "/removal").body();
        assertThat(footprint.get("tasks").asInt()).isEqualTo(167);
        assertThat(footprint.get("confirmation").asString()).contains("167 项任务", "1 条进展记录", "可在「文件」页撤销");
        String withNextYear = export();
        String summary2025 = editor().get("/api/summary?city=" + enc(SUIZHOU_2025)).raw();

        var removed = HttpJson.send(editor().request("/api/documents/" + id2025 + "?reason=" + enc("导错了"))
                .DELETE().build());

        assertThat(removed.status()).as(removed.raw()).isEqualTo(200);
        assertThat(lines(export())).containsExactlyInAnyOrderElementsOf(lines(before2025));
        long audited = neo4j.query("MATCH (a:Audit {documentId: $id, action: 'REMOVE'}) RETURN count(a)")
                .bind(id2025).to("id").fetchAs(Long.class).one().orElseThrow();
        assertThat(audited).isEqualTo(1);
        assertThat(editor().get("/api/summary?city=" + enc(SUIZHOU_2025)).body().get("tasks").asInt()).isZero();
        long inverse = count("MATCH (a:Audit {documentId: $id, action: 'REMOVE'}) RETURN size(a.inverse)", id2025);
        System.out.printf("removal's inverse: %,d characters for 167 tasks%n", inverse);

        // 「撤销」: the notice, its tasks, its progress entry, its original file and its figures come back exactly
        HttpJson.Reply undo = editor().postJson("/api/changes/undo", Map.of("reason", "删错了"));
        assertThat(undo.status()).as(undo.raw()).isEqualTo(200);
        assertThat(lines(export())).containsExactlyInAnyOrderElementsOf(lines(withNextYear));
        assertThat(editor().get("/api/tasks/" + task + "/progress").body().get(0).get("note").asString())
                .isEqualTo("已开工");
        assertThat(editor().get("/api/summary?city=" + enc(SUIZHOU_2025)).raw()).isEqualTo(summary2025);
        assertThat(new String(editor().download("/api/documents/" + id2025 + "/original").body(),
                StandardCharsets.UTF_8)).isEqualTo(nextYear());

        // removed again, for the tests after this one
        assertThat(HttpJson.send(editor().request("/api/documents/" + id2025 + "?reason=" + enc("导错了"))
                .DELETE().build()).status()).isEqualTo(200);
        assertThat(lines(export())).containsExactlyInAnyOrderElementsOf(lines(before2025));
    }

    @Test
    @Order(5)
    void aCorrectedNoticeWithTheSameNumberPreviewsAsAOneTaskDifferenceAndReplacesJustThatTask() throws IOException {
        String text = Files.readString(Path.of("import/suizhou-2024-notice.txt"));
        String task11 = "牵头单位：市经信局；责任单位：市发改委、市住建局，随县、广水市人民政府。";
        String corrected = text.replace(task11, "牵头单位：市发改委；责任单位：市住建局，随县、广水市人民政府。");
        String id2024 = editor().get("/api/documents").body().valueStream()
                .filter(d -> "随政办发〔2024〕2号".equals(d.get("docNo").asString())).findFirst().orElseThrow()
                .get("id").asString();
        String task = id2024 + "-K11";
        assertThat(editor().postJson("/api/tasks/" + task + "/progress", Map.of("status", "正常推进")).status())
                .isEqualTo(201);
        long reportLinks = count("MATCH (:Task {id: $id})-[r:FROM]->() RETURN count(r)", task);
        assertThat(reportLinks).isPositive();
        byte[] body = corrected.getBytes(StandardCharsets.UTF_8);

        JsonNode preview = editor().post("/api/documents?dryRun=true", "text/plain", body).body();

        assertThat(preview.get("alreadyImported").isNull()).isTrue();
        assertThat(preview.get("revisionOf").asString()).isEqualTo(id2024);
        JsonNode difference = preview.get("difference");
        assertThat(difference.get("unchanged").asInt()).isEqualTo(166);
        assertThat(difference.get("reassigned")).hasSize(1);
        assertThat(difference.get("reassigned").get(0).get("id").asString()).isEqualTo(task);
        for (String none : List.of("added", "removed", "reworded", "renumbered", "unitsAdded", "unitsRemoved")) {
            assertThat(difference.get(none)).as(none).isEmpty();
        }
        // without 「替换为修订版」 it is refused, and says why
        HttpJson.Reply refused = editor().post("/api/documents", "text/plain", body);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("detail").asString()).contains("修订版");

        HttpJson.Reply replaced = editor().post("/api/documents?replace=true&name=" + enc("修订.txt"), "text/plain",
                body);

        assertThat(replaced.status()).as(replaced.raw()).isEqualTo(201);
        assertThat(replaced.body().get("documentId").asString()).isEqualTo(id2024);
        JsonNode units = editor().get("/api/units?city=" + enc(SUIZHOU) + "&limit=1000").body();
        assertThat(workload(units, "市发改委")).isEqualTo("22/12/34");
        assertThat(editor().get("/api/tasks/" + task + "/progress").body()).hasSize(1);
        assertThat(count("MATCH (:Task {id: $id})-[r:FROM]->() RETURN count(r)", task)).isEqualTo(reportLinks);
        assertThat(count("MATCH (:Document {docNo: '随政办发〔2024〕2号'})-[:HAS_TASK]->(t) RETURN count(t)", null))
                .isEqualTo(167);
        // the same file again is the same notice now
        assertThat(editor().post("/api/documents", "text/plain", body).status()).isEqualTo(200);

        assertThat(editor().postJson("/api/changes/undo", Map.of("reason", "撤销修订")).status()).isEqualTo(200);
        assertThat(workload(editor().get("/api/units?city=" + enc(SUIZHOU) + "&limit=1000").body(), "市发改委"))
                .isEqualTo("21/13/34");
        assertThat(editor().get("/api/tasks/" + task + "/progress").body()).hasSize(1);
    }

    @Test
    @Order(6)
    void aRevisionDroppingATaskIsUndoneWithTheTasksProgressTargetsAndReportLinks() throws IOException {
        String text = Files.readString(Path.of("import/suizhou-2024-notice.txt"));
        List<String> task20 = text.lines().filter(line -> line.startsWith("20.")).toList();
        assertThat(task20).hasSize(1);
        String revised = text.replace(task20.getFirst() + "\n", "");
        assertThat(revised).hasSize(text.length() - task20.getFirst().length() - 1);
        String id2024 = editor().get("/api/documents").body().valueStream()
                .filter(d -> "随政办发〔2024〕2号".equals(d.get("docNo").asString())).findFirst().orElseThrow()
                .get("id").asString();
        String task = id2024 + "-K20";
        assertThat(editor().postJson("/api/tasks/" + task + "/progress", Map.of("status", "滞后", "note", "资金未到位"))
                .status()).isEqualTo(201);
        long targets = count("MATCH (:Task {id: $id})-[r:HAS_TARGET]->() RETURN count(r)", task);
        long reportLinks = count("MATCH (:Task {id: $id})-[r:FROM]->() RETURN count(r)", task);
        assertThat(targets).isPositive();
        String before = export();
        String summary = editor().get("/api/summary?city=" + enc(SUIZHOU)).raw();

        HttpJson.Reply replaced = editor().post("/api/documents?replace=true&name=" + enc("修订2.txt"), "text/plain",
                revised.getBytes(StandardCharsets.UTF_8));

        assertThat(replaced.status()).as(replaced.raw()).isEqualTo(201);
        assertThat(count("MATCH (t:Task {id: $id}) RETURN count(t)", task)).isZero();
        assertThat(neo4j.query("MATCH (p:Progress {note: '资金未到位'}) RETURN count(p)").fetchAs(Long.class).one())
                .contains(0L);

        assertThat(editor().postJson("/api/changes/undo", Map.of("reason", "修订版有误")).status()).isEqualTo(200);
        assertThat(lines(export())).containsExactlyInAnyOrderElementsOf(lines(before));
        assertThat(editor().get("/api/tasks/" + task + "/progress").body().get(0).get("note").asString())
                .isEqualTo("资金未到位");
        assertThat(count("MATCH (:Task {id: $id})-[r:HAS_TARGET]->() RETURN count(r)", task)).isEqualTo(targets);
        assertThat(count("MATCH (:Task {id: $id})-[r:FROM]->() RETURN count(r)", task)).isEqualTo(reportLinks);
        assertThat(editor().get("/api/summary?city=" + enc(SUIZHOU)).raw()).isEqualTo(summary);
    }

    long count(String cypher, String id) {
        return neo4j.query(cypher).bind(id).to("id").fetchAs(Long.class).one().orElseThrow();
    }

    /** When a thing was done or computed, not what it is: left out of the comparison. */
    static final java.util.Set<String> MOMENTS = java.util.Set.of("importedAt", "reportReadAt", "networkComputedAt");

    /**
     * Every node (labels, properties) and relationship of the graph but the audit trail and the change markers; a
     * relationship's ends by key, id or name, else by all their properties (their element ids change when restored).
     */
    String export() {
        List<String> nodes = neo4j.query("""
                MATCH (n) WHERE NOT n:Audit AND NOT n:GraphVersion
                RETURN labels(n) AS labels, properties(n) AS props""")
                .fetchAs(String.class).mappedBy((types, row) -> row.get("labels").asList().toString()
                        + new TreeMap<>(row.get("props").asMap()).entrySet().stream()
                                .filter(e -> !MOMENTS.contains(e.getKey()))
                                .map(e -> e.getKey() + "=" + (e.getValue() instanceof byte[] bytes
                                        ? Arrays.hashCode(bytes) : e.getValue())).toList())
                .all().stream().sorted().toList();
        List<String> links = neo4j.query("""
                MATCH (a)-[r]->(b) WHERE NOT a:Audit AND NOT a:GraphVersion
                RETURN coalesce(a.key, a.id, a.name, properties(a)) AS a, type(r) AS type, properties(r) AS props,
                       coalesce(b.key, b.id, b.name, properties(b)) AS b""")
                .fetchAs(String.class).mappedBy((types, row) -> end(row.get("a")) + "-" + row.get("type")
                        .asString() + new TreeMap<>(row.get("props").asMap()) + "->" + end(row.get("b")))
                .all().stream().sorted().toList();
        return nodes.size() + " nodes, " + links.size() + " links\n" + String.join("\n", nodes) + "\n"
                + String.join("\n", links);
    }

    private static String end(org.neo4j.driver.Value end) {
        return end.hasType(org.neo4j.driver.types.TypeSystem.getDefault().MAP())
                ? new TreeMap<>(end.asMap()).toString() : end.asString();
    }

    long sharedTasks(String a, String b) {
        return neo4j.query("MATCH (:Unit {key: $a})-[:LEADS|SUPPORTS]->(t)<-[:LEADS|SUPPORTS]-(:Unit {key: $b}) "
                + "RETURN count(DISTINCT t)").bind(a).to("a").bind(b).to("b").fetchAs(Long.class).one().orElseThrow();
    }

    static List<String> lines(String export) {
        return List.of(export.split("\n"));
    }

    static List<String> rows(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::toString).toList();
    }

    static String workload(JsonNode units, String name) {
        JsonNode unit = find(units, name);
        assertThat(unit).as(name + " in " + units).isNotNull();
        return unit.get("lead").asInt() + "/" + unit.get("responsible").asInt() + "/" + unit.get("total").asInt();
    }

    static JsonNode find(JsonNode units, String name) {
        return StreamSupport.stream(units.spliterator(), false).filter(u -> u.get("name").asString().equals(name))
                .findFirst().orElse(null);
    }
}
