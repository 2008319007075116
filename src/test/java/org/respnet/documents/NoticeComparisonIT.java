package org.respnet.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.respnet.TestUsers;
import org.respnet.ingest.NoticeParser;
import org.respnet.ingest.ParsedDocument;
import org.respnet.ingest.ParsedTask;
import org.respnet.ingest.UnitRef;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * 年度对比 of the bundled 2024 notice and a 2025 notice the test makes from it: tasks 156 and 157 taken out, a new
 * task 156 put in, task 11's lead moved from 市经信局 to 市发改委, and 市住建局 renamed 市住房和城乡建设局 throughout
 * (机构改革). The comparison lists exactly those tasks and unit changes, and offers the rename as a merge candidate.
 */
@RespNetIntegrationTest
@TestPropertySource(properties = "spring.application.name=respnet-notice-comparison")
class NoticeComparisonIT {

    static final String NEW_TASK = "156.全面推行数字化督查督办平台建设，实现重点任务线上调度、预警和销号闭环管理。"
            + "（责任领导：吴丕华；牵头单位：市政府办公室；责任单位：市数据局，各县市区政府及管委会。）";

    @LocalServerPort
    int port;

    @Test
    void theComparisonListsExactlyTheTasksAndUnitChangesMadeAndOffersTheRename() throws IOException {
        String text = Files.readString(Path.of("import/suizhou-2024-notice.txt"));
        String nextYear = nextYear();
        HttpJson editor = new HttpJson(port).as("editor", TestUsers.EDITOR_PASSWORD);
        HttpJson.Reply imported = editor.post("/api/documents", "text/plain", nextYear.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.raw()).isEqualTo(201);
        String to = imported.body().get("documentId").asString();
        String from = StreamSupport.stream(editor.get("/api/documents").body().spliterator(), false)
                .filter(d -> "随政办发〔2024〕2号".equals(d.get("docNo").asString())).findFirst().orElseThrow()
                .get("id").asString();

        JsonNode c = editor.get("/api/comparison?from=" + from + "&to=" + to).body();

        assertThat(numbers(c.get("dropped"))).containsExactlyInAnyOrder("156", "157");
        assertThat(numbers(c.get("added"))).containsExactly("156");
        assertThat(c.get("carried")).hasSize(165);
        // units as the test's own readings of the two texts have them
        Set<String> unitsThen = units(new NoticeParser().parse(text));
        Set<String> unitsNow = units(new NoticeParser().parse(nextYear));
        List<String> appeared = unitsNow.stream().filter(u -> !unitsThen.contains(u)).sorted().toList();
        List<String> disappeared = unitsThen.stream().filter(u -> !unitsNow.contains(u)).sorted().toList();
        assertThat(appeared).contains("市住房和城乡建设局");
        assertThat(disappeared).contains("市住建局");
        assertThat(strings(c.get("unitsAppeared"))).containsExactlyElementsOf(appeared);
        assertThat(strings(c.get("unitsDisappeared"))).containsExactlyElementsOf(disappeared);
        JsonNode rename = StreamSupport.stream(c.get("renameCandidates").spliterator(), false)
                .filter(r -> r.get("from").asString().equals("市住建局")).findFirst().orElseThrow();
        assertThat(rename.get("to").asString()).isEqualTo("市住房和城乡建设局");
        assertThat(rename.get("score").asDouble()).isEqualTo(1.0);
        // task 11 moved 市发改委 from responsible to lead: 21 → 22 led, 34 tasks either year
        JsonNode fgw = unit(c, "市发改委");
        assertThat(List.of(fgw.get("leadThen").asInt(), fgw.get("leadNow").asInt(), fgw.get("totalThen").asInt(),
                fgw.get("totalNow").asInt())).containsExactly(21, 22, 34, 34);
        var file = editor.download("/api/comparison.csv?from=" + from + "&to=" + to);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(new String(file.body(), StandardCharsets.UTF_8)).contains("可能更名,市住建局,市住建局,市住房和城乡建设局");
    }

    /** The 2025 notice the test makes: tasks 156 and 157 out, a new 156 in, task 11 reassigned, 市住建局 renamed. */
    static String nextYear() throws IOException {
        String text = Files.readString(Path.of("import/suizhou-2024-notice.txt"));
        String task11 = "牵头单位：市经信局；责任单位：市发改委、市住建局，随县、广水市人民政府。";
        assertThat(text).containsOnlyOnce(task11);
        List<String> lines = new ArrayList<>();
        for (String line : text.replace("2024", "2025").replace(task11,
                "牵头单位：市发改委；责任单位：市住建局，随县、广水市人民政府。").split("\n", -1)) {
            if (line.startsWith("157.")) {
                continue;
            }
            lines.add(line.startsWith("156.") ? NEW_TASK : line);
        }
        return String.join("\n", lines).replace("市住建局", "市住房和城乡建设局");
    }

    static JsonNode unit(JsonNode comparison, String name) {
        return StreamSupport.stream(comparison.get("units").spliterator(), false)
                .filter(u -> u.get("name").asString().equals(name)).findFirst().orElseThrow();
    }

    static List<String> numbers(JsonNode tasks) {
        return StreamSupport.stream(tasks.spliterator(), false).map(t -> t.get("no").asString()).toList();
    }

    static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }

    static Set<String> units(ParsedDocument doc) {
        Set<String> names = new LinkedHashSet<>();
        for (ParsedTask task : doc.tasks()) {
            task.leadUnits().stream().map(UnitRef::name).forEach(names::add);
            task.responsibleUnits().stream().map(UnitRef::name).forEach(names::add);
        }
        return names;
    }
}
