package org.respnet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.HttpJson.enc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.respnet.BrowserPageTest;
import org.respnet.Chromium;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.respnet.TestUsers;
import org.springframework.test.context.TestPropertySource;

/**
 * The follow-up loop in a real browser: a fresh 看板 says how to start; the unit account 市发改委 logs in, takes
 * the template the 看板's upload control links, fills two rows with POI, uploads a broken copy through the page's
 * control (the errors are listed in Chinese, by row) and then the right one (写入 2 条); the 看板 then shows its
 * lights and the 督办单 lists its red task.
 */
@RespNetIntegrationTest
@TestPropertySource(properties = "spring.application.name=respnet-followup-page")
class SupervisePageIT extends BrowserPageTest {

    @Test
    void theBoardShowsTheLightsChangeAndTheNoticeListsTheRedTask() throws Exception {
        Chromium b = browser();
        b.openReady("/supervise");
        assertThat(b.find("#empty").getText()).contains("还没有任何单位报送进展").contains("进展填报模板");
        b.screenshot("followup-01-empty-board");

        b.login(TestUsers.UNIT_USER, TestUsers.UNIT_PASSWORD);
        b.openReady("/supervise");
        b.until(d -> b.find("#upload-card").isDisplayed());
        assertThat(b.find("#upload-unit").getDomProperty("value")).isEqualTo(TestUsers.UNIT_NAME);
        String templatePath = b.find("#template-link").getDomAttribute("href");
        assertThat(templatePath).endsWith("/progress-template.xlsx");

        // the link the page offers, downloaded as the unit, filled with POI as a clerk would fill it in Excel
        HttpJson fgw = new HttpJson(port).as(TestUsers.UNIT_USER, TestUsers.UNIT_PASSWORD);
        byte[] template = fgw.download(templatePath).body();
        String done = FollowUpFiles.leadTask(template, 0);
        String lagging = FollowUpFiles.leadTask(template, 1);
        Path dir = Files.createTempDirectory("respnet-upload");
        Path broken = Files.write(dir.resolve("broken.xlsx"), FollowUpFiles.fill(template,
                Map.of(lagging, new Object[] {"差不多", 30, "生成的进展"})));
        Path filled = Files.write(dir.resolve("filled.xlsx"), FollowUpFiles.fill(template, Map.of(
                done, new Object[] {"已完成", 100, "生成的进展"},
                lagging, new Object[] {"滞后", 30, "生成的进展：前期手续未完成"})));

        uploadThroughThePage(b, broken);
        String errors = b.<String>until(d -> d.findElements(By.id("upload-errors")).isEmpty() ? null
                : b.find("#upload-errors").getText());
        assertThat(errors).contains("未写入任何进展").contains("行「进展状态」").contains("差不多");
        b.screenshot("followup-01b-upload-errors");

        uploadThroughThePage(b, filled);
        String written = b.<String>until(d -> d.findElements(By.id("upload-written")).isEmpty() ? null
                : b.find("#upload-written").getText());
        assertThat(written).isEqualTo("写入 2 条");
        b.screenshot("followup-01c-uploaded");

        b.openReady("/supervise");
        assertThat(b.find("#empty").isDisplayed()).isFalse();
        String row = "#by-lead tr[data-name='" + TestUsers.UNIT_NAME + "']";
        assertThat(b.find(row + " .light-GREEN").getText()).isEqualTo("1");
        assertThat(b.find(row + " .light-YELLOW").getText()).isEqualTo("1");
        assertThat(b.find("[data-total=GREEN]").getText()).isEqualTo("1");
        assertThat(b.find("#scatter canvas").isDisplayed()).isTrue();
        b.screenshot("followup-02-board");

        b.openReady("/units/" + enc(TestUsers.UNIT_NAME) + "/notice");
        assertThat(b.driver().findElements(By.cssSelector("#items tr[data-light=RED]"))).isNotEmpty();
        assertThat(b.find("#items tr[data-id='" + lagging + "']").getDomAttribute("data-light")).isEqualTo("YELLOW");
        assertThat(b.find("#items tr[data-id='" + lagging + "']").getText()).contains("滞后 30%：生成的进展：前期手续未完成");
        assertThat(b.driver().findElements(By.cssSelector("#items tr[data-id='" + done + "']"))).isEmpty();
        b.screenshot("followup-03-notice");
    }

    private static void uploadThroughThePage(Chromium b, Path file) {
        b.script("document.getElementById('upload-result').innerHTML = ''");
        b.find("#upload-file").sendKeys(file.toAbsolutePath().toString());
        b.find("#upload-button").click();
    }
}
