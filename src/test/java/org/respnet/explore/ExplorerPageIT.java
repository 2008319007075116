package org.respnet.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.respnet.RespNetIntegrationTest;
import org.respnet.BrowserPageTest;
import org.respnet.Chromium;

/**
 * The graph explorer in a real browser: the stored city overview, the top-bar search by pinyin
 * initials, the side panel, expanding a node, an unknown focus, and the legend at laptop size.
 */
@RespNetIntegrationTest
class ExplorerPageIT extends BrowserPageTest {

    /** Each node's place on screen, by id, in model coordinates. */
    private static final String POSITIONS = "return Object.fromEntries(respnet.cy.nodes().map(n => [n.id(), [n.position('x'), n.position('y')]]))";

    @Test
    @SuppressWarnings("unchecked")
    void opensOnTheUnitsOverviewAtStoredPlacesThatAreTheSameOnEveryVisit() {
        Chromium b = browser();
        b.viewport(1920, 1080);
        b.openReady("/explore");
        b.screenshot("explore-overview-1920x1080");
        // At this size the fit zoom (about 0.49) is under Cytoscape's label threshold: the busiest are named as hubs,
        // drawn whatever the threshold (min-zoomed-font-size 0 on .hub).
        assertThat(b.script("return respnet.cy.$('node.hub').map(n => n.data('name'))")).asList().contains("市发改委");
        assertThat(b.script("return respnet.cy.$('node.hub').every(n => parseFloat(n.style('min-zoomed-font-size')) === 0)"))
                .isEqualTo(true);
        b.viewport(0, 0);
        // 63 units and 22 groups in the bundled notice; no leader or task is drawn.
        assertThat(b.script("return respnet.cy.nodes('[type != \"unit\"]').length")).isEqualTo(0L);
        assertThat(b.script("return respnet.cy.nodes('[type = \"unit\"][!isGroup]').length")).isEqualTo(63L);
        assertThat(b.script("return respnet.cy.nodes('[?isGroup]').length")).isEqualTo(22L);
        assertThat(b.find("#graph-stats").getText()).startsWith("63 个单位、22 个单位组");
        // Drawn where the server stored them, not by a layout in the browser.
        assertThat(b.script("return respnet.cy.nodes().every(n => n.data('x') != null "
                + "&& n.position('x') === n.data('x') && n.position('y') === n.data('y'))")).isEqualTo(true);
        // The groups stand apart: every group to the right of every unit.
        assertThat(b.script("return Math.min(...respnet.cy.nodes('[?isGroup]').map(n => n.position('x')))"
                + " > Math.max(...respnet.cy.nodes('[!isGroup]').map(n => n.position('x')))")).isEqualTo(true);
        // Bloom-style labels: when zoomed out to the whole city, only some busiest units are named, 市发改委 among them.
        assertThat(b.script("return respnet.cy.$('node.hub').map(n => n.data('name'))")).asList().contains("市发改委")
                .hasSizeLessThan(26);
        Map<String, List<Number>> first = (Map<String, List<Number>>) b.script(POSITIONS);

        b.openReady("/explore");
        Map<String, List<Number>> second = (Map<String, List<Number>>) b.script(POSITIONS);
        assertThat(second).hasSize(85).isEqualTo(first);
        assertThat(first.get("U:随州/市发改委")).isNotEqualTo(first.get("U:随州/市住建局"));
    }

    @Test
    void theTopBarSearchFocusesTheExplorerInPlace() {
        Chromium b = browser();
        b.openReady("/explore");
        b.find("#nav-search").sendKeys("fgw");
        b.until(d -> d.findElements(By.cssSelector("#site-nav .suggest-item")).stream()
                .anyMatch(e -> e.getText().contains("市发改委")));
        assertThat(b.find("#site-nav .suggest-item").getText()).doesNotContain("sfgw").contains("34 项任务");
        b.find("#nav-search").sendKeys(org.openqa.selenium.Keys.ENTER);
        b.until(d -> d.findElements(By.cssSelector("#lead-tasks .task-item")).size() == 21);
        assertThat(b.driver().getCurrentUrl()).doesNotContain("U%3A");
        assertThat(URLDecoder.decode(b.driver().getCurrentUrl(), StandardCharsets.UTF_8)).endsWith("/explore?focus=市发改委");
        assertThat(b.script("return respnet.cy.$('node.focus').data('name')")).isEqualTo("市发改委");
        // A hover card for every node and link: task 1 and the link that makes 市发改委 its lead unit.
        b.script("respnet.cy.$('node[type = \"task\"][no = \"1\"]').emit('mouseover')");
        assertThat(b.find("#hover-card").getText()).startsWith("第 1 项").contains("地区生产总值增长6.5%").contains("吴丕华");
        b.script("respnet.cy.$('edge[type = \"LEADS\"]').filter(e => e.target().data('no') === '1').emit('mouseover')");
        assertThat(b.find("#hover-card").getText().replaceAll("\\s+", " ")).isEqualTo("市发改委 牵头 第 1 项（地区生产总值增长…）");
        assertThat(b.script("return respnet.cy.$('node[type = \"task\"][no = \"1\"]').data('label')")).isEqualTo("1 地区生产总值增长…");
        assertThat(b.find("#share-link").getDomProperty("value")).endsWith("/explore?focus=市发改委");
    }

    @Test
    void anUnknownFocusSuggestsWhatItMightHaveMeant() {
        Chromium b = browser();
        b.openReady("/explore?focus=" + java.net.URLEncoder.encode("发改", StandardCharsets.UTF_8) + "x");
        b.until(d -> !d.findElement(By.id("graph-empty")).getText().isEmpty());
        b.screenshot("explore-unknown-focus");
        assertThat(b.find("#graph-empty").getText()).contains("没有找到“发改x”");
        b.driver().get(b.url("/explore?focus=" + java.net.URLEncoder.encode("住建", StandardCharsets.UTF_8)));
        b.until(d -> d.findElements(By.cssSelector("#did-you-mean a")).size() > 0);
        assertThat(b.find("#graph-empty").getText()).contains("您是不是要找").contains("市住建局");
        b.find("#did-you-mean a").click();
        b.until(d -> "市住建局".equals(d.findElement(By.id("panel-title")).getText()));
    }

    @Test
    void atLaptopSizeTheLegendIsOnScreen() {
        Chromium b = browser();
        b.viewport(1366, 768);
        b.openReady("/explore");
        b.screenshot("explore-overview-1366x768");
        Number bottom = (Number) b.script("return document.getElementById('legend').getBoundingClientRect().bottom");
        assertThat(bottom.doubleValue()).isLessThan(768);
        b.viewport(0, 0);
    }

    @Test
    void searchingPinyinInitialsFocusesTheDevelopmentCommissionAndListsItsLeadTasks() {
        Chromium b = browser();
        b.openReady("/explore");
        b.find("#nav-search").sendKeys("fgw");
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
                .contains("/explore?focus=市发改委");
        // The group it belongs to is drawn beneath it, never over it.
        assertThat(b.script("return respnet.cy.$('node.focus').style('z-index') > respnet.cy.$('node[?isGroup]').style('z-index')"))
                .isEqualTo(true);
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
                "return respnet.cy.$id(respnet.state.selId).neighborhood('node').map(n => n.data('name'))");
        assertThat(neighbours).containsExactlyInAnyOrder("市发改委", "吴丕华", "各县市区政府及管委会");
        assertThat(b.find("#graph-stats").getText()).startsWith("1 个单位、2 个单位组、1 位责任领导、34 项任务");
    }

    @Test
    void theWholeCityShowsEveryNodeAtItsStoredPlace() {
        Chromium b = browser();
        b.openReady("/explore?view=all");
        b.screenshot("05-explorer-whole-city");
        assertThat(((Number) b.script("return respnet.cy.nodes().length")).intValue()).isEqualTo(259);
        assertThat(b.script("return respnet.cy.nodes().every(n => n.position('x') === n.data('x'))")).isEqualTo(true);
        assertThat(b.find("#graph-stats").getText()).contains("7 位责任领导、167 项任务");
    }

    private static int nodeCount(Chromium b) {
        return ((Number) b.script("return respnet.cy.nodes().length")).intValue();
    }
}
