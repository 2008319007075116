package org.respnet.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.HttpJson.enc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.respnet.BrowserPageTest;
import org.respnet.Chromium;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.respnet.TestUsers;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 21, in Chromium: with next year's notice (NoticeLifecycleIT's: task 11 led by 市发改委 instead of 市经信局)
 * beside this year's, every page shows one notice at a time. The newest is shown first and named in the header; the
 * switcher changes every figure to the other year's; nothing is summed (167 tasks and 85 units either year, not 334
 * and 170), and only the figures the reassignment moved differ: 市发改委 leads 21 tasks in 2024 and 22 in 2025.
 */
@RespNetIntegrationTest
@TestPropertySource(properties = "spring.application.name=respnet-notice-per-page")
class NoticePerPageIT extends BrowserPageTest {

    record Year(String scope, String docNo, int fgwLeads) {
    }

    static final Year Y2024 = new Year(NoticeLifecycleIT.SUIZHOU, "随政办发〔2024〕2号", 21);
    static final Year Y2025 = new Year(NoticeLifecycleIT.SUIZHOU_2025, "随政办发〔2025〕2号", 22);

    @Test
    void everyPageShowsTheChosenNoticeAloneAndTheSwitcherChangesEveryFigure() throws IOException {
        HttpJson editor = new HttpJson(port).as("editor", TestUsers.EDITOR_PASSWORD);
        HttpJson.Reply imported = editor.post("/api/documents?name=" + enc("随州2025.txt"), "text/plain",
                NoticeLifecycleIT.nextYear().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.raw()).isEqualTo(201);

        Chromium b = browser();
        // Without a choice the newest notice is shown, named in the header.
        b.openReady("/");
        assertThat(selectedNotice(b)).isEqualTo(Y2025.scope());
        dashboard(b, Y2025);
        b.screenshot("21-dashboard-2025");

        // The switcher reloads the page on the other year, and the address carries it.
        new Select(b.find("#notice-switch")).selectByValue(Y2024.scope());
        b.until(d -> d.getCurrentUrl().contains("city=" + enc(Y2024.scope())));
        b.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertThat(selectedNotice(b)).isEqualTo(Y2024.scope());
        dashboard(b, Y2024);

        for (Year year : List.of(Y2024, Y2025)) {
            String city = "city=" + enc(year.scope());
            // the ledger: one notice's 167 tasks, and 市发改委's lead tasks as the unit brief counts them
            b.openReady("/tasks?" + city);
            b.until(d -> "167".equals(d.findElement(By.id("count")).getDomAttribute("data-count")));
            b.openReady("/units/" + enc("市发改委") + "?" + city);
            b.until(d -> d.findElement(By.id("brief")).getText().contains("牵头任务（" + year.fgwLeads() + " 项）"));
            assertThat(b.find("#nav-notice").getText()).contains(year.docNo());
            // the explorer's overview: 63 units and 22 groups of this notice, not of both
            b.openReady("/explore?" + city);
            b.until(d -> ((Number) b.script("return window.respnet && respnet.cy ? respnet.cy.nodes().length : 0"))
                    .longValue() > 0);
            assertThat(b.script("return respnet.cy.nodes('[type = \"unit\"][!isGroup]').length")).isEqualTo(63L);
            assertThat(b.script("return respnet.cy.nodes('[?isGroup]').length")).isEqualTo(22L);
            assertThat(b.script("return respnet.cy.nodes().every(n => n.id().includes('" + year.scope() + "/'))"))
                    .as("every node is of " + year.scope()).isEqualTo(true);
            // the search box offers this notice's 第 17 项 only
            WebElement search = b.find("#nav-search");
            search.sendKeys("17");
            List<String> tasks = b.until(d -> {
                List<String> ids = d.findElements(By.cssSelector(".suggest-list .suggest-item")).stream()
                        .map(item -> item.getDomAttribute("data-id")).filter(id -> id.startsWith("T:")).toList();
                return ids.isEmpty() ? null : ids;
            });
            assertThat(tasks).hasSize(1);
        }
    }

    /** The dashboard of one notice: its task count, and 市发改委 first among lead units with its own count. */
    private static void dashboard(Chromium b, Year year) {
        b.until(d -> !d.findElements(By.cssSelector("#top-lead tbody tr")).isEmpty());
        assertThat(b.find("#nav-notice").getText()).contains(year.docNo());
        assertThat(b.find("#figures").getText()).contains("167").doesNotContain("334");
        assertThat(b.find("#figure-units").getText()).contains("85").doesNotContain("170");
        WebElement first = b.find("#top-lead tbody tr:first-child");
        assertThat(first.getText()).contains("市发改委").contains(String.valueOf(year.fgwLeads()));
    }

    private static String selectedNotice(Chromium b) {
        return b.until(d -> d.findElements(By.id("notice-switch")).isEmpty() ? null
                : new Select(d.findElement(By.id("notice-switch"))).getFirstSelectedOption().getDomAttribute("value"));
    }
}
