package org.respnet.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.respnet.RespNetIntegrationTest;
import org.respnet.BrowserPageTest;
import org.respnet.Chromium;

/** The dashboard in a real browser on the bundled 随州 notice. */
@RespNetIntegrationTest
class DashboardPageIT extends BrowserPageTest {

    @Test
    void showsTheDevelopmentCommissionAmongTheTopLeadUnits() {
        Chromium b = browser();
        b.openReady("/");
        List<String> top = b.until(d -> {
            List<String> names = d.findElements(By.cssSelector("#top-lead tbody .unit-name")).stream()
                    .map(WebElement::getText).toList();
            return names.isEmpty() ? null : names;
        });
        b.screenshot("01-dashboard");
        assertThat(top.subList(0, 3)).contains("市发改委");
        assertThat(b.find("#top-lead tbody tr:first-child").getText()).contains("市发改委").contains("21");
        assertThat(b.find("#figures").getText()).contains("167");
    }

    @Test
    void barsAndRowsDrillDownToTheUnit() {
        Chromium b = browser();
        b.openReady("/");
        b.until(d -> !d.findElements(By.cssSelector("#top-lead tbody tr")).isEmpty());
        b.find("#top-lead tbody tr:first-child").click();
        b.until(d -> d.getCurrentUrl().contains("/units/"));
        String name = b.until(d -> {
            List<WebElement> h = d.findElements(By.id("unit-name"));
            return h.isEmpty() ? null : h.getFirst().getText();
        });
        b.screenshot("06-unit-brief");
        assertThat(name).isEqualTo("市发改委");
        assertThat(b.find("#brief").getText()).contains("牵头任务（21 项）");
    }
}
