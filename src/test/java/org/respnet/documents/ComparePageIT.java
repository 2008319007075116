package org.respnet.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.respnet.BrowserPageTest;
import org.respnet.Chromium;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.respnet.TestUsers;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * 年度对比 in Chromium, on NoticeComparisonIT's two notices: the page compares the newest notice with the one before,
 * offers 市住建局 → 市住房和城乡建设局 as a likely rename, and an EDITOR's 「视为同一单位」 renames the 2024 unit as one
 * change set, after which the comparison follows it as one unit: its tasks then are 市住建局's, and the candidate is gone.
 */
@RespNetIntegrationTest
@TestPropertySource(properties = "spring.application.name=respnet-compare-page")
class ComparePageIT extends BrowserPageTest {

    @Test
    void anEditorTakesALikelyRenameAsOneUnitAndTheComparisonFollowsIt() throws IOException {
        HttpJson editor = new HttpJson(port).as("editor", TestUsers.EDITOR_PASSWORD);
        HttpJson.Reply imported = editor.post("/api/documents", "text/plain",
                NoticeComparisonIT.nextYear().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.raw()).isEqualTo(201);
        String to = imported.body().get("documentId").asString();
        String from = StreamSupport.stream(editor.get("/api/documents").body().spliterator(), false)
                .filter(d -> "随政办发〔2024〕2号".equals(d.get("docNo").asString())).findFirst().orElseThrow()
                .get("id").asString();
        String comparison = "/api/comparison?from=" + from + "&to=" + to;
        int zjjThen = NoticeComparisonIT.unit(editor.get(comparison).body(), "市住建局").get("totalThen").asInt();
        assertThat(zjjThen).isPositive();

        Chromium b = browser();
        b.login("editor", TestUsers.EDITOR_PASSWORD);
        b.openReady("/compare");
        assertThat(b.find("#from").getDomProperty("value")).isEqualTo(from);
        assertThat(b.find("#to").getDomProperty("value")).isEqualTo(to);
        assertThat(b.find("#totals").getText()).contains("延续 165 项", "新增 1 项", "不再列入 2 项");
        WebElement merge = b.find(".merge-candidate[data-from='市住建局']");
        assertThat(merge.getDomAttribute("data-to")).isEqualTo("市住房和城乡建设局");
        b.screenshot("21-compare-rename-candidate");

        b.clickInView(merge);
        Alert prompt = b.until(ExpectedConditions.alertIsPresent());
        prompt.sendKeys("2025年机构改革更名");
        prompt.accept();
        b.until(d -> d.findElement(By.id("merge-message")).getText().startsWith("已合并"));
        b.until(d -> d.findElements(By.cssSelector(".merge-candidate[data-from='市住建局']")).isEmpty());

        // one unit now, with 市住建局's tasks of 2024 as its tasks then; audited, and undone from the 「文件」 page
        JsonNode after = editor.get(comparison).body();
        assertThat(after.get("unitsDisappeared").toString()).doesNotContain("市住建局");
        assertThat(NoticeComparisonIT.unit(after, "市住房和城乡建设局").get("totalThen").asInt()).isEqualTo(zjjThen);
        assertThat(editor.get("/api/units?limit=1000&city=" + HttpJson.enc("随州")).raw())
                .doesNotContain("\"市住建局\"").contains("\"市住房和城乡建设局\"");
        HttpJson.Reply undone = editor.postJson("/api/changes/undo", java.util.Map.of("reason", "先不合并"));
        assertThat(undone.status()).as(undone.raw()).isEqualTo(200);
        assertThat(editor.get(comparison).body().get("renameCandidates").toString()).contains("市住建局");
    }

    /**
     * On a unit's page an EDITOR merges 市经信局 into 市发改委 (two units of one notice taken as one): the page then shows
     * 市发改委 on every task either was on, counted by the test from the ledger before; 「撤销」 splits them again.
     */
    @Test
    void anEditorMergesTwoUnitsFromTheUnitPage() {
        HttpJson editor = new HttpJson(port).as("editor", TestUsers.EDITOR_PASSWORD);
        String city = "city=" + HttpJson.enc("随州");
        java.util.Set<String> union = new java.util.TreeSet<>();
        for (String unit : java.util.List.of("市发改委", "市经信局")) {
            JsonNode brief = editor.get("/api/units/" + HttpJson.enc(unit) + "?" + city).body();
            for (String role : java.util.List.of("leadTasks", "responsibleTasks")) {
                brief.get(role).forEach(task -> union.add(task.get("id").asString()));
            }
        }
        String unitsBefore = editor.get("/api/units?limit=1000&" + city).raw();

        Chromium b = browser();
        b.login("editor", TestUsers.EDITOR_PASSWORD);
        b.openReady("/units/" + HttpJson.enc("市经信局") + "?" + city);
        b.find("#rename").click();
        Alert name = b.until(ExpectedConditions.alertIsPresent());
        name.sendKeys("市发改委");
        name.accept();
        Alert reason = b.until(ExpectedConditions.alertIsPresent());
        assertThat(reason.getText()).startsWith("把「市经信局」合并到「市发改委」");
        reason.sendKeys("同一单位的两种写法");
        reason.accept();
        b.until(d -> java.net.URLDecoder.decode(d.getCurrentUrl(), StandardCharsets.UTF_8).contains("/units/市发改委?"));
        b.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        String total = b.find("#brief .figures .col:nth-child(3) .v").getText();
        b.screenshot("21-unit-merged");

        assertThat(total).isEqualTo(String.valueOf(union.size()));
        assertThat(editor.get("/api/units?limit=1000&" + city).raw()).doesNotContain("\"市经信局\"");
        assertThat(editor.postJson("/api/changes/undo", java.util.Map.of("reason", "先不合并")).status()).isEqualTo(200);
        assertThat(editor.get("/api/units?limit=1000&" + city).raw()).isEqualTo(unitsBefore);
    }
}
