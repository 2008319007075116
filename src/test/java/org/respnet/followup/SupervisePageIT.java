package org.respnet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.HttpJson.enc;

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
 * The follow-up loop in a real browser: a fresh 看板 says how to start; the unit account 市发改委 downloads its
 * template, fills two rows with POI and uploads it; the 看板 then shows its lights and the 督办单 lists its red task.
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

        HttpJson fgw = new HttpJson(port).as(TestUsers.UNIT_USER, TestUsers.UNIT_PASSWORD);
        byte[] template = fgw.download("/api/units/" + enc(TestUsers.UNIT_NAME) + "/progress-template.xlsx").body();
        String done = FollowUpFiles.leadTask(template, 0);
        String lagging = FollowUpFiles.leadTask(template, 1);
        byte[] filled = FollowUpFiles.fill(template, Map.of(done, new Object[] {"已完成", 100, "生成的进展"},
                lagging, new Object[] {"滞后", 30, "生成的进展：前期手续未完成"}));
        assertThat(FollowUpFiles.upload(fgw, TestUsers.UNIT_NAME, filled).status()).isEqualTo(201);

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
}
