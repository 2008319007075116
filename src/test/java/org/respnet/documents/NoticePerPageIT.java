package org.respnet.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.HttpJson.enc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.respnet.BrowserPageTest;
import org.respnet.Chromium;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.respnet.TestUsers;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Issue 21: NoticeComparisonIT's 2025 notice (tasks 156 and 157 out, a new 156 in, task 11 led by 市发改委 instead of
 * 市经信局, 市住建局 renamed) imported beside the bundled 2024 one. Every read endpoint asked for 2024 answers exactly
 * what it answered before 2025 came; asked for 2025 it answers 2025's own figures; and in Chromium every page shows
 * one notice at a time, the newest first, named in the header, the switcher changing every figure.
 */
@RespNetIntegrationTest
// Every answer computed anew, so 2024's after the import are read from the graph, not served again from the cache.
@TestPropertySource(properties = {"spring.application.name=respnet-notice-per-page", "respnet.cache.enabled=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoticePerPageIT extends BrowserPageTest {

    record Year(String scope, String docNo, int tasks, int fgwLeads) {
    }

    static final Year Y2024 = new Year("随州", "随政办发〔2024〕2号", 167, 21);
    static final Year Y2025 = new Year("随州（2025年）", "随政办发〔2025〕2号", 166, 22);

    /** The read endpoints a page uses, each with the notice to add as {@code city}. */
    static final List<String> READS = List.of("/api/summary", "/api/units?limit=1000", "/api/units?expand=true&limit=1000",
            "/api/leaders?limit=1000", "/api/conflicts/co-lead", "/api/bottlenecks?limit=1000", "/api/communities",
            "/api/matrix/leader-unit?role=lead", "/api/matrix/leader-unit?role=any", "/api/tasks?limit=1000",
            "/api/tasks?unit=" + enc("市发改委") + "&role=lead", "/api/tasks?coLed=true", "/api/tasks.csv",
            "/api/units/" + enc("市发改委"), "/api/units/" + enc("市发改委") + "/calendar",
            "/api/units/" + enc("市发改委") + "/notice", "/api/graph", "/api/graph?view=units",
            "/api/graph?focus=" + enc("市发改委"), "/api/search?q=" + enc("发改委"), "/api/followup/board",
            "/api/report/coverage", "/api/flow", "/api/flow?leader=" + enc("吴丕华"), "/api/flow?unit=" + enc("市发改委"));

    static final Map<String, String> before2025 = new LinkedHashMap<>();

    HttpJson editor() {
        return new HttpJson(port).as("editor", TestUsers.EDITOR_PASSWORD);
    }

    String read(String path, Year year) {
        HttpJson.Reply reply = editor().get(path + (path.contains("?") ? "&" : "?") + "city=" + enc(year.scope()));
        assertThat(reply.status()).as(path + " " + reply.raw()).isEqualTo(200);
        return reply.raw();
    }

    @Test
    @Order(1)
    void everyReadAnswersThisYearAsBeforeAndNextYearItsOwn() throws IOException {
        READS.forEach(path -> before2025.put(path, read(path, Y2024)));

        HttpJson.Reply imported = editor().post("/api/documents?name=" + enc("随州2025.txt"), "text/plain",
                NoticeComparisonIT.nextYear().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.raw()).isEqualTo(201);

        List<String> changed = READS.stream().filter(path -> !read(path, Y2024).equals(before2025.get(path))).toList();
        assertThat(changed).as("2024's answers changed by importing 2025").isEmpty();
        for (Year year : List.of(Y2024, Y2025)) {
            JsonNode summary = editor().get("/api/summary?city=" + enc(year.scope())).body();
            assertThat(summary.get("tasks").asInt()).as(year.scope()).isEqualTo(year.tasks());
            JsonNode fgw = editor().get("/api/units/" + enc("市发改委") + "?city=" + enc(year.scope())).body();
            assertThat(fgw.get("leadTasks")).as(year.scope()).hasSize(year.fgwLeads());
        }
        // the rename: 2025's tasks are on 市住房和城乡建设局, none on 市住建局 (a name its groups may still list)
        Map<String, Integer> totals2025 = new LinkedHashMap<>();
        editor().get("/api/units?limit=1000&city=" + enc(Y2025.scope())).body()
                .forEach(unit -> totals2025.put(unit.get("name").asString(), unit.get("total").asInt()));
        assertThat(totals2025.get("市住房和城乡建设局")).isPositive();
        assertThat(totals2025.getOrDefault("市住建局", 0)).isZero();
    }

    @Test
    @Order(2)
    void everyPageShowsTheChosenNoticeAloneAndTheSwitcherChangesEveryFigure() {
        assertThat(before2025).as("2025 imported by the test before").isNotEmpty();
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
            b.openReady("/tasks?" + city);
            b.until(d -> String.valueOf(year.tasks()).equals(d.findElement(By.id("count")).getDomAttribute("data-count")));
            assertThat(selectedNotice(b)).isEqualTo(year.scope());
            b.openReady("/units/" + enc("市发改委") + "?" + city);
            b.until(d -> d.findElement(By.id("brief")).getText().contains("牵头任务（" + year.fgwLeads() + " 项）"));
            // the explorer's overview holds this notice's units and groups, as the API gives them, and no other's
            JsonNode overview = editor().get("/api/graph?view=units&" + city).body();
            b.openReady("/explore?" + city);
            b.until(d -> ((Number) b.script("return window.respnet && respnet.cy ? respnet.cy.nodes().length : 0"))
                    .longValue() > 0);
            assertThat(b.script("return respnet.cy.nodes().length")).isEqualTo((long) overview.get("nodes").size());
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

    /** The dashboard of one notice: its own task count, and 市发改委 first among lead units with its own count. */
    private static void dashboard(Chromium b, Year year) {
        b.until(d -> !d.findElements(By.cssSelector("#top-lead tbody tr")).isEmpty());
        assertThat(b.find("#figures").getText()).contains(String.valueOf(year.tasks())).doesNotContain("333", "334");
        WebElement first = b.find("#top-lead tbody tr:first-child");
        assertThat(first.getText()).contains("市发改委").contains(String.valueOf(year.fgwLeads()));
    }

    private static String selectedNotice(Chromium b) {
        return b.until(d -> d.findElements(By.id("notice-switch")).isEmpty() ? null
                : new Select(d.findElement(By.id("notice-switch"))).getFirstSelectedOption().getDomAttribute("value"));
    }
}
