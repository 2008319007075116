package org.respnet.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.HttpJson.enc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

/**
 * An EDITOR corrects a task in the browser: next year's notice (NoticeLifecycleIT's) beside this year's, the header
 * names the notice and switches between them, task 12 of 2025 gets 市发改委 as a second lead unit with a reason, and
 * the ledger, the unit's figures, the co-lead pairs and the bottleneck ranking follow at once; its 修改记录 shows the
 * change; 「撤销上一次修改」 on the 「文件」 page gives every figure back exactly.
 */
@RespNetIntegrationTest
@TestPropertySource(properties = "spring.application.name=respnet-task-correction-page")
class TaskCorrectionPageIT extends BrowserPageTest {

    static final String SCOPE = NoticeLifecycleIT.SUIZHOU_2025;

    @Test
    void anEditorReassignsATaskEveryFigureFollowsAndUndoGivesThemBack() throws IOException {
        HttpJson editor = new HttpJson(port).as("editor", TestUsers.EDITOR_PASSWORD);
        HttpJson.Reply imported = editor.post("/api/documents?name=" + enc("随州2025.txt"), "text/plain",
                NoticeLifecycleIT.nextYear().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.raw()).isEqualTo(201);
        String task = imported.body().get("documentId").asString() + "-K12";
        List<String> reads = List.of("/api/units?limit=1000", "/api/conflicts/co-lead", "/api/bottlenecks?limit=1000",
                "/api/tasks/" + task);
        List<String> before = reads.stream().map(path -> read(editor, path)).toList();
        assertThat(NoticeLifecycleIT.workload(editor.get("/api/units?limit=1000&city=" + enc(SCOPE)).body(), "市发改委"))
                .isEqualTo("22/12/34");

        Chromium b = browser();
        b.login("editor", TestUsers.EDITOR_PASSWORD);
        // the header names the notice; two years of 随州 are two choices, the newest shown
        b.openReady("/tasks?city=" + enc(SCOPE) + "&q=" + enc("突破性发展新材料产业"));
        WebElement switcher = b.until(d -> d.findElements(By.id("notice-switch")).isEmpty() ? null
                : d.findElement(By.id("notice-switch")));
        assertThat(switcher.getText()).contains("随政办发〔2024〕2号").contains("随政办发〔2025〕2号");
        b.until(d -> d.findElements(By.cssSelector("#ledger tbody tr[data-id]")).size() == 1);
        b.find("#ledger tbody tr td.text").click();
        b.until(d -> d.findElement(By.id("task-dialog")).isDisplayed());
        b.find("#assignment-editor summary").click();
        WebElement leads = b.find("#a-leads");
        assertThat(leads.getDomProperty("value")).isEqualTo("市经信局");
        leads.clear();
        leads.sendKeys("市经信局、市发改委");
        b.find("#a-supports").clear();
        b.find("#a-supports").sendKeys("各县市区政府及管委会");
        b.find("#a-reason").sendKeys("市政府常务会议决定：市发改委共同牵头");
        b.find("#assignment-submit").click();

        b.until(d -> d.findElement(By.id("assignment-message")).getText().startsWith("已调整"));
        b.until(d -> d.findElement(By.id("task-history")).getText().contains("市政府常务会议决定"));
        b.screenshot("21-task-reassigned-with-history");
        assertThat(b.find("#task-history").getText()).contains("调整分工").contains("editor");
        assertThat(b.find("#ledger tbody tr td.lead").getText()).isEqualTo("市经信局、市发改委");
        assertThat(NoticeLifecycleIT.workload(editor.get("/api/units?limit=1000&city=" + enc(SCOPE)).body(), "市发改委"))
                .isEqualTo("23/11/34");
        List<String> after = reads.stream().map(path -> read(editor, path)).toList();
        for (int i = 0; i < reads.size(); i++) {
            assertThat(after.get(i)).as(reads.get(i) + " follows the change").isNotEqualTo(before.get(i));
        }
        // this year's notice is untouched
        assertThat(NoticeLifecycleIT.workload(editor.get("/api/units?limit=1000&city=" + enc("随州")).body(), "市发改委"))
                .isEqualTo("21/13/34");

        b.openReady("/documents");
        b.until(d -> d.findElements(By.cssSelector("#documents tbody tr[data-id]")).size() == 3);
        b.find("#undo").click();
        Alert prompt = b.until(ExpectedConditions.alertIsPresent());
        prompt.sendKeys("误改，撤销");
        prompt.accept();
        b.until(d -> d.findElement(By.id("message")).getText().startsWith("已撤销"));
        b.screenshot("22-documents-after-undo");

        assertThat(reads.stream().map(path -> read(editor, path)).toList()).isEqualTo(before);
    }

    private static String read(HttpJson client, String path) {
        return client.get(path + (path.contains("?") ? "&" : "?") + "city=" + enc(SCOPE)).raw();
    }
}
