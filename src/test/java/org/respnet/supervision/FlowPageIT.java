package org.respnet.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.respnet.BrowserPageTest;
import org.respnet.Chromium;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;

/**
 * The 总览's 任务流向 Sankey in a real browser on the bundled 随州 notice: drawn at two screen sizes, a link clicked
 * where it is drawn opens the ledger on exactly the tasks it counts, for the notice and for one leader.
 */
@RespNetIntegrationTest
class FlowPageIT extends BrowserPageTest {

    /**
     * Where link {@code i} is drawn (just before it reaches its target, where no label lies over it), its ledger
     * address and width; then a mouse click there, which ECharts turns into a click on whatever it drew at that
     * point.
     */
    private static final String CLICK_LINK = """
            const el = document.getElementById('flow'), c = echarts.getInstanceByDom(el), i = arguments[0];
            el.scrollIntoView({ block: 'center', behavior: 'instant' });
            const curve = c.getModel().getSeriesByIndex(0).getEdgeData().getItemGraphicEl(i), s = curve.shape;
            const [x, y] = curve.transformCoordToGlobal(s.x2 - 4, s.y2 + s.extent / 2);
            const r = el.getBoundingClientRect(), at = { clientX: r.left + x, clientY: r.top + y, bubbles: true };
            const target = el.querySelector('canvas') || el.firstChild;
            setTimeout(() => ['mousemove', 'mousedown', 'mouseup', 'click'].forEach(t => target.dispatchEvent(new MouseEvent(t, at))), 0);
            const link = c.getOption().series[0].links[i];
            return { href: link.href, value: link.value, extent: s.extent };""";

    private static void waitForFlow(Chromium b, String scope) {
        b.until(d -> {
            var el = d.findElement(By.id("flow"));
            return el.getDomAttribute("data-links") != null && scope.equals(el.getDomAttribute("data-scope"));
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNoticesFlowIsDrawnInChineseAndItsWidestLinkOpensExactlyItsTasks() throws InterruptedException {
        Chromium b = browser();
        try {
            for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
                b.viewport(size[0], size[1]);
                b.openReady("/");
                waitForFlow(b, "");
                b.script("document.getElementById('flow-card').scrollIntoView({ block: 'start', behavior: 'instant' })");
                Thread.sleep(1200); // the Sankey's entry animation
                b.screenshot("flow-notice-" + size[0] + "x" + size[1]);
                Map<String, Object> shape = (Map<String, Object>) b.script("""
                        const el = document.getElementById('flow'), s = echarts.getInstanceByDom(el).getOption().series[0];
                        return { type: s.type, links: s.links.length, nodes: s.data.length, width: el.clientWidth,
                                 chartWidth: echarts.getInstanceByDom(el).getWidth() };""");
                assertThat(shape.get("type")).isEqualTo("sankey");
                assertThat(((Number) shape.get("links")).intValue()).isEqualTo(60);
                // The chart fills its card at either size (resized with the window, not drawn at a stale width).
                assertThat(((Number) shape.get("chartWidth")).intValue()).isEqualTo(((Number) shape.get("width")).intValue());
            }
            String omitted = b.find("#flow-omitted").getText();
            assertThat(omitted).contains("画出最宽的 30 条").contains("未画出的任务都在台账里");
            assertThat(b.find("#flow-columns").getText()).contains("责任领导").contains("牵头单位").contains("责任单位");
            List<String> labels = (List<String>) b.script("""
                    const c = echarts.getInstanceByDom(document.getElementById('flow'));
                    const s = c.getModel().getSeriesByIndex(0), out = [];
                    s.getData().each(i => out.push(s.getFormattedLabel(i, 'normal')));
                    return out;""");
            assertThat(labels).contains("吴丕华", "市发改委").noneMatch(l -> l.contains(":"));

            // The widest link, 吴丕华 → 市发改委, clicked where it is drawn.
            Map<String, Object> link = (Map<String, Object>) b.script(CLICK_LINK, 0);
            assertThat(link.get("value")).isEqualTo(20L);
            String href = (String) link.get("href");
            b.until(d -> d.getCurrentUrl().contains("/tasks?"));
            assertThat(parameters(b.driver().getCurrentUrl())).containsAll(parameters(href));
            b.until(d -> "20".equals(d.findElement(By.id("count")).getDomAttribute("data-count")));
            assertThat(b.find("#f-leader").getDomProperty("value")).isEqualTo("吴丕华");
            assertThat(b.find("#f-unit").getDomProperty("value")).isEqualTo("市发改委");
            assertThat(b.find("#f-role").getDomProperty("value")).isEqualTo("lead");
            b.screenshot("flow-notice-link-ledger-" + 1920);
        } finally {
            b.viewport(0, 0);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aUnitsPageLinksToTheFlowThroughItWhoseLinksOpenTheirTasks() {
        Chromium b = browser();
        b.openReady("/units/" + HttpJson.enc("市发改委"));
        String link = b.find("#flow-link").getDomAttribute("href");
        b.openReady(link);
        waitForFlow(b, "市发改委");
        assertThat(b.find("#flow-scope").getDomProperty("value")).isEqualTo("unit:市发改委");
        // Every link is a path through the unit: to it, from it, or from a leader to a unit it works for.
        List<Map<String, Object>> links = (List<Map<String, Object>>) b.script("""
                return echarts.getInstanceByDom(document.getElementById('flow')).getOption().series[0].links
                  .map(l => ({ href: l.href, value: l.value }));""");
        assertThat(links).isNotEmpty().allMatch(l -> URLDecoder.decode((String) l.get("href"), StandardCharsets.UTF_8)
                .contains("市发改委"));
        HttpJson http = new HttpJson(port);
        for (Map<String, Object> l : links) {
            String href = (String) l.get("href");
            assertThat(http.get("/api" + href + "&limit=10000").body().size()).as(href)
                    .isEqualTo(((Number) l.get("value")).intValue());
        }
        Map<String, Object> clicked = (Map<String, Object>) b.script(CLICK_LINK, 0);
        int value = ((Number) clicked.get("value")).intValue();
        b.until(d -> d.getCurrentUrl().contains("/tasks?"));
        b.until(d -> String.valueOf(value).equals(d.findElement(By.id("count")).getDomAttribute("data-count")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void oneLeadersFlowAndALeadUnitToResponsibleUnitLinkOfIt() throws InterruptedException {
        Chromium b = browser();
        try {
            b.viewport(1366, 768);
            b.openReady("/");
            waitForFlow(b, "");
            new Select(b.find("#flow-scope")).selectByValue("leader:吴丕华");
            waitForFlow(b, "吴丕华");
            b.script("document.getElementById('flow-card').scrollIntoView({ block: 'start', behavior: 'instant' })");
            Thread.sleep(1200);
            b.screenshot("flow-leader-1366x768");
            // The widest link of the second stage: the first whose source is a lead unit.
            int index = ((Number) b.script("""
                    const o = echarts.getInstanceByDom(document.getElementById('flow')).getOption().series[0];
                    return o.links.findIndex(l => l.source.startsWith('lead:'));""")).intValue();
            assertThat(index).isPositive();
            Map<String, Object> link = (Map<String, Object>) b.script(CLICK_LINK, index);
            String href = URLDecoder.decode((String) link.get("href"), StandardCharsets.UTF_8);
            assertThat(href).contains("leader=吴丕华").contains("leadUnits=").contains("role=responsible");
            int value = ((Number) link.get("value")).intValue();
            b.until(d -> d.getCurrentUrl().contains("/tasks?"));
            assertThat(parameters(b.driver().getCurrentUrl())).containsAll(parameters(href));
            b.until(d -> String.valueOf(value).equals(d.findElement(By.id("count")).getDomAttribute("data-count")));
            assertThat(b.find("#pair-chip").getText()).startsWith("牵头单位：");
            assertThat(b.driver().findElements(By.cssSelector("#ledger tbody tr[data-id]"))).hasSize(value);
            b.screenshot("flow-leader-link-ledger-1366x768");
        } finally {
            b.viewport(0, 0);
        }
    }

    /** An address's query parameters, decoded, in any order (the ledger writes its filters back in its own order). */
    private static java.util.Set<String> parameters(String url) {
        String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
        return java.util.Arrays.stream(query.split("&")).filter(p -> !p.isEmpty())
                .map(p -> URLDecoder.decode(p, StandardCharsets.UTF_8)).collect(java.util.stream.Collectors.toSet());
    }
}
