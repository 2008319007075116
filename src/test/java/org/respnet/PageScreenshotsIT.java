package org.respnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Every page at the two screens clerks have, 1920×1080 and 1366×768, saved under target/screenshots/
 * as page-{name}-{width}x{height}.png, so a person can look at them; each page must also draw without
 * a horizontal scroll bar at either size.
 */
@RespNetIntegrationTest
class PageScreenshotsIT extends BrowserPageTest {

    private record Page(String name, String path, boolean waitsReady) {
    }

    private static final List<Page> PAGES = List.of(
            new Page("dashboard", "/", true),
            new Page("explore-overview", "/explore", true),
            new Page("explore-fgw", "/explore?focus=" + enc("市发改委"), true),
            new Page("explore-fgw-depth2", "/explore?focus=" + enc("市发改委") + "&depth=2", true),
            new Page("explore-whole-city", "/explore?view=all", true),
            new Page("tasks", "/tasks", true),
            new Page("unit-brief", "/units/" + enc("市住建局"), true),
            new Page("report", "/report", false),
            new Page("import", "/import", false),
            new Page("console-anonymous", "/console", true),
            new Page("login", "/login", false),
            new Page("not-found", "/no-such-page", false));

    private static final int[][] SIZES = { { 1920, 1080 }, { 1366, 768 } };

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void everyPageAtBothSizes() {
        Chromium b = browser();
        b.open("/login");
        b.driver().manage().deleteAllCookies();
        for (int[] size : SIZES) {
            b.viewport(size[0], size[1]);
            for (Page page : PAGES) {
                if (page.waitsReady()) {
                    b.openReady(page.path());
                } else {
                    b.open(page.path());
                    b.until(d -> !d.findElements(By.cssSelector("#site-nav .nav-link")).isEmpty());
                }
                b.until(d -> !"true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-busy")));
                pause();
                String name = "page-" + page.name() + "-" + size[0] + "x" + size[1];
                assertThat(Files.exists(b.screenshot(name))).isTrue();
                assertThat(((Number) b.script("return document.documentElement.scrollWidth")).intValue())
                        .as("%s is no wider than the screen", name).isLessThanOrEqualTo(size[0]);
            }
            // The console as a logged-in user sees it.
            b.login("viewer", "viewer-pass");
            b.openReady("/console");
            b.find("#examples [data-example='unit-workload']").click();
            b.find("#run").click();
            b.until(d -> !d.findElements(By.cssSelector("#result tbody tr")).isEmpty());
            b.screenshot("page-console-" + size[0] + "x" + size[1]);
            b.driver().manage().deleteAllCookies();
        }
        b.viewport(0, 0);
    }

    /** Charts animate in; let them settle before the picture is taken. */
    private static void pause() {
        try {
            Thread.sleep(800);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
