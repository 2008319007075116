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
}
