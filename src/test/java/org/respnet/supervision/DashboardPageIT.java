package org.respnet.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.respnet.RespNetIntegrationTest;
import org.respnet.BrowserPageTest;
import org.respnet.Chromium;
import org.respnet.HttpJson;

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

    @Test
    @SuppressWarnings("unchecked")
    void groupsStandApartFromUnitsAndEveryHeatmapRowIsNamedBusiestFirst() {
        Chromium b = browser();
        b.openReady("/");
        assertThat(b.find("#figure-units").getText()).contains("85").contains("个单位，其中 22 个单位组");
        assertThat(b.find("#figures").getText()).doesNotContain("关系");
        List<String> unitBars = (List<String>) b.script(
                "return echarts.getInstanceByDom(document.getElementById('unit-workload')).getOption().yAxis[0].data");
        List<String> groupBars = (List<String>) b.script(
                "return echarts.getInstanceByDom(document.getElementById('group-workload')).getOption().yAxis[0].data");
        assertThat(unitBars).hasSize(20).doesNotContain("各县市区政府及管委会").contains("市发改委");
        assertThat(groupBars.getLast()).isEqualTo("各县市区政府及管委会");
        assertThat(b.find("label[for=expand-toggle]").getText()).startsWith("把单位组的任务也算给它的每个成员");

        // 48 lead units, each a named row with room for its label; the busiest leader and unit in the top-left corner.
        Map<String, Object> heat = (Map<String, Object>) b.script("""
                const el = document.getElementById('heatmap'), o = echarts.getInstanceByDom(el).getOption();
                return { rows: o.yAxis[0].data, interval: o.yAxis[0].axisLabel.interval, inverse: o.yAxis[0].inverse,
                         columns: o.xAxis[0].data, height: el.clientHeight, font: o.series[0].label.fontSize };""");
        assertThat((List<String>) heat.get("rows")).hasSize(48).startsWith("市发改委");
        assertThat((List<String>) heat.get("columns")).startsWith("吴丕华");
        assertThat(heat.get("interval")).isEqualTo(0L);
        assertThat(heat.get("inverse")).isEqualTo(true);
        assertThat(((Number) heat.get("height")).intValue()).isGreaterThanOrEqualTo(48 * 24);
        assertThat(((Number) heat.get("font")).intValue()).isGreaterThanOrEqualTo(12);
        assertThat(b.find("#weights").getText()).contains("牵头任务数 25%").doesNotContain("lead=");
        assertThat(b.driver().findElements(By.cssSelector("#bottlenecks th .info"))).hasSize(8);
    }

    /**
     * Every figure the page links to the ledger (cards, table figures, pair rows, chart bars and heatmap cells, as
     * the page built them) opens a list of exactly the count it shows; then a pair row and a heatmap cell clicked.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyFigureOpensALedgerOfExactlyItsCount() {
        Chromium b = browser();
        b.openReady("/");
        b.until(d -> !d.findElements(By.cssSelector("#leaders tbody tr")).isEmpty());
        List<Map<String, Object>> links = (List<Map<String, Object>>) b.script("""
                const links = [...document.querySelectorAll('[data-count][href^="/tasks"], tr[data-count][data-href^="/tasks"]')]
                  .map(e => ({ href: e.getAttribute('href') || e.dataset.href, count: Number(e.dataset.count) }));
                for (const id of ['heatmap', 'leader-workload', 'group-workload']) {
                  echarts.getInstanceByDom(document.getElementById(id)).getOption().series
                    .forEach(s => s.data.forEach(d => links.push({ href: d.href, count: Array.isArray(d.value) ? d.value[2] : d.value })));
                }
                return links;""");
        // Opened over HTTP one by one, as the ledger page asks the API (/tasks?… → /api/tasks?…).
        HttpJson http = new HttpJson(port);
        Map<String, Integer> opened = new java.util.HashMap<>();
        List<String> wrong = new java.util.ArrayList<>();
        for (Map<String, Object> link : links) {
            String href = (String) link.get("href");
            int size = opened.computeIfAbsent(href, h -> http.get("/api" + h + (h.contains("?") ? "&" : "?") + "limit=10000")
                    .body().size());
            if (size != ((Number) link.get("count")).intValue()) {
                wrong.add(href + " shows " + link.get("count") + ", opens " + size);
            }
        }
        assertThat(links).hasSizeGreaterThan(200);
        assertThat(wrong).isEmpty();

        // The pair the review quoted opens its 4 tasks, not 市住建局's 11 co-led ones.
        WebElement pair = b.until(d -> d.findElements(By.cssSelector("#pairs tbody tr")).stream()
                .filter(tr -> tr.getText().contains("市住建局") && tr.getText().contains("市国投集团")).findFirst().orElse(null));
        assertThat(pair.getDomAttribute("data-count")).isEqualTo("4");
        click(b, pair);
        b.until(d -> d.getCurrentUrl().contains("/tasks?leadUnits="));
        b.until(d -> "4".equals(d.findElement(By.id("count")).getDomAttribute("data-count")));
        assertThat(b.find("#pair-chip").getText()).contains("市住建局 与 市国投集团");
        b.screenshot("23-ledger-co-lead-pair");

        // The heatmap cell 吴丕华 × 市发改委, clicked where it is drawn (a mouse click on the chart at the cell's
        // point, which ECharts turns into a click on that cell), opens its 20 tasks.
        b.openReady("/");
        Object shown = b.script("""
                const el = document.getElementById('heatmap'), c = echarts.getInstanceByDom(el), o = c.getOption();
                const x = o.xAxis[0].data.indexOf('吴丕华'), y = o.yAxis[0].data.indexOf('市发改委');
                const n = o.series[0].data.find(d => d.value[0] === x && d.value[1] === y).value[2];
                const [px, py] = c.convertToPixel({ seriesIndex: 0 }, [x, y]);
                const r = el.getBoundingClientRect(), at = { clientX: r.left + px, clientY: r.top + py, bubbles: true };
                const target = el.querySelector('canvas') || el.firstChild;
                setTimeout(() => ['mousedown', 'mouseup', 'click'].forEach(t => target.dispatchEvent(new MouseEvent(t, at))), 0);
                return n;""");
        assertThat(shown).isEqualTo(20L);
        b.until(d -> d.getCurrentUrl().contains("role=lead"));
        b.until(d -> "20".equals(d.findElement(By.id("count")).getDomAttribute("data-count")));
        assertThat(b.find("#f-role").getDomProperty("value")).isEqualTo("lead");
    }

    @Test
    void coLeadPairsAndBottlenecksOpenWholeAPageAtATime() {
        Chromium b = browser();
        b.openReady("/");
        assertThat(b.driver().findElements(By.cssSelector("#pairs tbody tr"))).hasSize(12);
        assertThat(b.find("#pairs-box").getDomAttribute("data-total")).isEqualTo("59");
        click(b, b.find("#pairs-box [data-all]"));
        b.until(d -> d.findElements(By.cssSelector("#pairs tbody tr")).size() == 20);
        assertThat(b.find("#pairs-box [data-page]").getText()).isEqualTo("第 1 / 3 页，共 59 个");
        click(b, b.find("#pairs-box [data-next]"));
        b.until(d -> d.findElement(By.cssSelector("#pairs-box [data-page]")).getText().startsWith("第 2 / 3 页"));
        click(b, b.find("#pairs-box [data-next]"));
        b.until(d -> d.findElements(By.cssSelector("#pairs tbody tr")).size() == 19);

        assertThat(b.find("#bottlenecks").getDomAttribute("data-total")).isEqualTo("63");
        click(b, b.find("#bottlenecks [data-all]"));
        b.until(d -> d.findElement(By.cssSelector("#bottlenecks [data-page]")).getText().equals("第 1 / 4 页，共 63 个"));
        click(b, b.find("#bottlenecks [data-next]"));
        b.until(d -> "21".equals(d.findElement(By.cssSelector("#bottlenecks tbody tr td")).getText()));
        b.screenshot("24-dashboard-bottlenecks-page-2");

        // The leaders' table answers which leader oversees the most units.
        List<WebElement> leaders = b.driver().findElements(By.cssSelector("#leaders tbody tr"));
        assertThat(leaders).hasSize(7);
        assertThat(b.find("#figure-co-led").getDomAttribute("href")).isEqualTo("/tasks?coLed=true");
    }

    /**
     * Clicks an element as the page's own listeners receive it (a DOM click): WebDriver's pointer click lands on the
     * charts' overlay canvas below a long page in headless Chromium.
     */
    private static void click(Chromium b, WebElement e) {
        b.script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'}); arguments[0].click();", e);
    }
}
