package org.respnet.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.respnet.RespNetIntegrationTest;
import org.respnet.BrowserPageTest;
import org.respnet.Chromium;

/** The graph explorer in a real browser: search by pinyin initials, the side panel, expanding a node. */
@RespNetIntegrationTest
class ExplorerPageIT extends BrowserPageTest {

    @Test
    void searchingPinyinInitialsFocusesTheDevelopmentCommissionAndListsItsLeadTasks() {
        Chromium b = browser();
        b.openReady("/explore");
        b.find("#search").sendKeys("fgw");
        WebElement suggestion = b.until(d -> d.findElements(By.cssSelector(".suggest-item")).stream()
                .filter(e -> e.getText().contains("市发改委")).findFirst().orElse(null));
        b.screenshot("02-explorer-search-fgw");
        suggestion.click();

        b.until(d -> d.findElements(By.cssSelector("#lead-tasks .task-item")).size() == 21);
        b.until(d -> "false".equals(d.findElement(By.tagName("body")).getDomAttribute("data-busy")));
        b.screenshot("03-explorer-focus-fgw");
        assertThat(b.find("#panel-title").getText()).isEqualTo("市发改委");
        assertThat(b.find("#lead-tasks").getText()).contains("地区生产总值增长6.5%");
        assertThat(URLDecoder.decode(b.driver().getCurrentUrl(), StandardCharsets.UTF_8))
                .contains("/explore?focus=U:随州/市发改委");
        assertThat(b.script("return respnet.cy.$('node.focus').data('name')")).isEqualTo("市发改委");
        // The focus and its 34 tasks (21 led, 13 supported) and the group it belongs to.
        assertThat(((Number) b.script("return respnet.cy.nodes('[type = \"task\"]').length")).intValue()).isEqualTo(34);
    }

    @Test
    @SuppressWarnings("unchecked")
    void expandingANodeAddsItsNeighbours() {
        Chromium b = browser();
        b.openReady("/explore?focus=" + org.respnet.HttpJson.enc("市发改委"));
        b.until(d -> !d.findElements(By.cssSelector("#lead-tasks .task-item")).isEmpty());
        int before = nodeCount(b);
        assertThat(b.script("return respnet.cy.$id('L:随州/吴丕华').length")).isEqualTo(0L);

        // Task 1 (地区生产总值增长6.5%) is overseen by 吴丕华 and also names 各县市区政府及管委会.
        b.find("#lead-tasks .task-item[data-task$='-K1']").click();
        b.until(d -> d.findElement(By.id("panel-title")).getText().startsWith("第 1 项"));
        b.find("[data-act='expand']").click();
        b.until(d -> nodeCount(b) > before);
        b.until(d -> "false".equals(d.findElement(By.tagName("body")).getDomAttribute("data-busy")));
        b.screenshot("04-explorer-expanded-task-1");

        assertThat(b.script("return respnet.cy.$id('L:随州/吴丕华').length")).isEqualTo(1L);
        assertThat(nodeCount(b)).isEqualTo(before + 2);
        List<Object> neighbours = (List<Object>) b.script(
                "return respnet.cy.$id(respnet.state.sel).neighborhood('node').map(n => n.data('name'))");
        assertThat(neighbours).containsExactlyInAnyOrder("市发改委", "吴丕华", "各县市区政府及管委会");
        assertThat(b.find("#graph-stats").getText()).contains("节点 " + (before + 2));
    }

    @Test
    void beyondTheNodeBudgetTheWholeCityShowsUnitsOnly() {
        Chromium b = browser();
        b.openReady("/explore?view=units");
        b.screenshot("05-explorer-city-units");
        assertThat(b.script("return respnet.cy.nodes('[type != \"unit\"]').length")).isEqualTo(0L);
        assertThat(((Number) b.script("return respnet.cy.nodes().length")).intValue()).isEqualTo(85);
        assertThat(b.find("#graph-stats").getText()).contains("仅显示单位");
    }

    private static int nodeCount(Chromium b) {
        return ((Number) b.script("return respnet.cy.nodes().length")).intValue();
    }
}
