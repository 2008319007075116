package org.respnet.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.respnet.RespNetIntegrationTest;
import org.respnet.BrowserPageTest;
import org.respnet.Chromium;

/**
 * The graph explorer in a real browser: the stored city overview, named at a laptop's and a desktop's size,
 * the top-bar search by pinyin initials and by a 民生实事 number, the side panel, expanding a node into view,
 * Back through focus changes, a shared link with its expansions, an unknown focus, and the legend beside the
 * drawing.
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
                .hasSizeLessThan(41);
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

    /** The 85 nodes of the units overview: 63 units and 22 groups. */
    private static final int OVERVIEW_NODES = 85;

    /** Script: whether every node of a list of ids is drawn inside the canvas (rendered position within its size). */
    private static final String ON_SCREEN = "const cy = respnet.cy; return arguments[0].every(id => { const p = cy.$id(id).renderedPosition();"
            + " return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height(); })";

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({ "1366, 768", "1920, 1080", "1920, 1000" })
    @SuppressWarnings("unchecked")
    void theFirstPictureNamesTheBusiestUnitsAndTheStatusLineCountsTheNamesNotDrawn(int width, int height) {
        Chromium b = browser();
        b.viewport(width, height);
        try {
            b.openReady("/explore");
            b.screenshot("explore-first-picture-" + width + "x" + height);
            // The fit zoom is under 1: most names are too small for Cytoscape to draw; the busiest are drawn as hubs.
            assertThat(((Number) b.script("return respnet.cy.zoom()")).doubleValue()).isLessThan(1);
            List<String> named = (List<String>) b.script("return respnet.cy.nodes().filter(n => respnet.labelDrawn(n)).map(n => n.id())");
            assertThat(named).hasSizeGreaterThanOrEqualTo(25).contains("U:随州/市发改委", "U:随州/市住建局", "U:随州/各县市区政府及管委会");
            assertThat(b.script(ON_SCREEN, named)).isEqualTo(true);
            // Whole names: every hub's label box lies within the canvas.
            assertThat(b.script("const cy = respnet.cy; return cy.$('node.hub').filter(n => { const bb = n.renderedBoundingBox({ includeLabels: true });"
                    + " return bb.x1 < 0 || bb.y1 < 0 || bb.x2 > cy.width() || bb.y2 > cy.height(); })"
                    + ".map(n => { const bb = n.renderedBoundingBox({ includeLabels: true }); return [n.data('name'), bb.x1, bb.y1, bb.x2, bb.y2]; })"))
                    .asList().isEmpty();
            // A hub's name is drawn whatever the zoom, at 14 px on screen.
            assertThat(((Number) b.script("return respnet.cy.$('node.hub').length")).intValue()).isGreaterThan(named.size() / 2);
            assertThat(b.script("const cy = respnet.cy; return cy.$('node.hub').every(n => parseFloat(n.style('min-zoomed-font-size')) === 0"
                    + " && Math.abs(parseFloat(n.style('font-size')) * cy.zoom() - 14) < 0.01)")).isEqualTo(true);
            int unnamed = OVERVIEW_NODES - named.size();
            assertThat(b.find("#graph-stats").getText()).startsWith("63 个单位、22 个单位组 · 标出 " + named.size() + " 个名称，另 "
                    + unnamed + " 个放大后显示 · 全市单位网络");
            // Zoomed in to 2, every name is big enough to draw, and the line no longer counts names not drawn.
            b.script("respnet.cy.zoom({ level: 2, position: respnet.cy.$id('U:随州/市发改委').position() })");
            b.until(d -> !b.find("#graph-stats").getText().contains("另 " + unnamed + " 个"));
            assertThat(b.find("#graph-stats").getText()).doesNotContain("放大后显示");
        } finally {
            b.viewport(0, 0);
        }
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({ "1366, 768", "1920, 1080" })
    @SuppressWarnings("unchecked")
    void theLegendAndTheStatusLineAreBesideTheDrawingNotOverIt(int width, int height) {
        Chromium b = browser();
        b.viewport(width, height);
        try {
            b.openReady("/explore");
            b.screenshot("explore-overview-" + width + "x" + height);
            String box = "const r = document.getElementById(arguments[0]).getBoundingClientRect(); return [r.top, r.bottom, r.height];";
            List<Number> legend = (List<Number>) b.script(box, "legend");
            List<Number> canvas = (List<Number>) b.script(box, "cy");
            List<Number> stats = (List<Number>) b.script(box, "graph-stats");
            assertThat(legend.get(1).doubleValue()).isLessThanOrEqualTo(canvas.get(0).doubleValue()).isLessThan(height);
            assertThat(stats.get(0).doubleValue()).isGreaterThanOrEqualTo(canvas.get(1).doubleValue());
            assertThat(stats.get(1).doubleValue()).isLessThanOrEqualTo(height);
            // Two thirds of the window's height or more is drawing.
            assertThat(canvas.get(2).doubleValue()).isGreaterThan(height * 2 / 3.0);
            // 收起 leaves one line of legend and gives the rest to the drawing.
            b.find("#legend-toggle").click();
            assertThat(b.find("#legend-toggle").getText()).isEqualTo("展开");
            List<Number> taller = (List<Number>) b.script(box, "cy");
            assertThat(taller.get(2).doubleValue()).isGreaterThan(canvas.get(2).doubleValue());
            b.until(d -> Math.abs(((Number) b.script("return respnet.cy.height()")).doubleValue() - taller.get(2).doubleValue()) < 1);
        } finally {
            b.viewport(0, 0);
        }
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({ "1366, 768", "1920, 1080" })
    @SuppressWarnings("unchecked")
    void anExpansionAtTheEdgeOfTheCityIsBroughtIntoView(int width, int height) {
        Chromium b = browser();
        b.viewport(width, height);
        try {
            b.openReady("/explore");
            double zoomBefore = ((Number) b.script("return respnet.cy.zoom()")).doubleValue();
            List<Number> extent = (List<Number>) b.script("const e = respnet.cy.extent(); return [e.x1, e.y1, e.x2, e.y2]");
            List<String> before = (List<String>) b.script("return respnet.cy.nodes().map(n => n.id())");
            // The topmost unit: its neighbours go on an arc above it, off the edge of the fitted city.
            String top = (String) b.script("return respnet.cy.nodes('[type = \"unit\"][!isGroup]').min(n => n.position('y')).ele.id()");
            b.script("respnet.cy.$id(arguments[0]).emit('tap')", top);
            b.until(d -> d.findElements(By.cssSelector("[data-act='expand']")).size() == 1);
            b.find("[data-act='expand']").click();
            b.until(d -> nodeCount(b) > before.size());
            b.until(d -> "false".equals(d.findElement(By.tagName("body")).getDomAttribute("data-busy"))
                    && Boolean.FALSE.equals(b.script("return respnet.cy.animated()")));
            b.screenshot("explore-expansion-in-view-" + width + "x" + height);

            List<String> added = (List<String>) b.script("return respnet.cy.nodes().map(n => n.id()).filter(id => !arguments[0].includes(id))", before);
            // What the server lists around it, less what was drawn already.
            List<String> expected = (List<String>) b.asyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch('/api/graph?focus=' + encodeURIComponent(arguments[0]) + '&depth=1').then(r => r.json())"
                    + ".then(g => done(g.nodes.map(n => n.id).filter(id => !arguments[1].includes(id))))", top, before);
            assertThat(added).containsExactlyInAnyOrderElementsOf(expected).isNotEmpty();
            // Some of them were placed outside the first picture...
            assertThat(b.script("const [x1, y1, x2, y2] = arguments[1]; return arguments[0].some(id => {"
                    + " const p = respnet.cy.$id(id).position(); return p.x < x1 || p.x > x2 || p.y < y1 || p.y > y2; })", added, extent))
                    .isEqualTo(true);
            // ...and the view turned to them, closer than the whole city, not farther.
            added.add(top);
            assertThat(b.script(ON_SCREEN, added)).isEqualTo(true);
            assertThat(((Number) b.script("return respnet.cy.zoom()")).doubleValue()).isGreaterThan(zoomBefore);
            assertThat(URLDecoder.decode(b.driver().getCurrentUrl(), StandardCharsets.UTF_8))
                    .contains("expand=" + top.substring(top.indexOf('/') + 1));
        } finally {
            b.viewport(0, 0);
        }
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({ "1366, 768", "1920, 1080" })
    void backStepsThroughTheFocusChangesWithTheirExpansionsBeforeLeavingThePage(int width, int height) {
        Chromium b = browser();
        b.viewport(width, height);
        try {
            b.openReady("/");
            b.openReady("/explore");
            assertThat(nodeCount(b)).isEqualTo(OVERVIEW_NODES);
            // Focus 市发改委 from the search box: its 34 tasks, its group and itself.
            b.find("#nav-search").sendKeys("市发改委");
            b.until(d -> d.findElements(By.cssSelector("#site-nav .suggest-item")).stream().anyMatch(e -> e.getText().contains("市发改委")));
            b.find("#nav-search").sendKeys(org.openqa.selenium.Keys.ENTER);
            b.until(d -> "市发改委".equals(focusName(b)) && idle(b) && !d.findElements(By.cssSelector("#lead-tasks .task-item")).isEmpty());
            int fgw = nodeCount(b);
            assertThat(fgw).isEqualTo(36);
            // Task 1 expanded: 吴丕华 and 各县市区政府及管委会 join.
            b.find("#lead-tasks .task-item[data-task$='-K1']").click();
            b.until(d -> d.findElement(By.id("panel-title")).getText().startsWith("第 1 项"));
            b.find("[data-act='expand']").click();
            b.until(d -> nodeCount(b) == fgw + 2 && idle(b));
            assertThat(decodedUrl(b)).endsWith("/explore?focus=市发改委&expand=1&sel=1");
            // From task 1's panel to its leader: a second focus change.
            b.until(d -> !d.findElements(By.cssSelector("#side [data-focus='吴丕华']")).isEmpty());
            b.find("#side [data-focus='吴丕华']").click();
            b.until(d -> "吴丕华".equals(focusName(b)) && idle(b));
            assertThat(decodedUrl(b)).endsWith("/explore?focus=吴丕华");
            b.screenshot("explore-back-0-leader-" + width + "x" + height);

            b.driver().navigate().back();
            b.until(d -> "市发改委".equals(focusName(b)) && idle(b) && d.findElement(By.id("panel-title")).getText().startsWith("第 1 项"));
            b.screenshot("explore-back-1-fgw-expanded-" + width + "x" + height);
            assertThat(nodeCount(b)).isEqualTo(fgw + 2);
            assertThat(b.script("return respnet.cy.$id('L:随州/吴丕华').length")).isEqualTo(1L);
            assertThat(decodedUrl(b)).endsWith("/explore?focus=市发改委&expand=1&sel=1");

            b.driver().navigate().back();
            b.until(d -> nodeCount(b) == OVERVIEW_NODES && idle(b));
            b.screenshot("explore-back-2-overview-" + width + "x" + height);
            assertThat(focusName(b)).isNull();
            assertThat(b.driver().getCurrentUrl()).endsWith("/explore");

            b.driver().navigate().back();
            b.until(d -> d.getCurrentUrl().equals(b.url("/")));
            // Forward comes back into the page at the first picture.
            b.driver().navigate().forward();
            b.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")) && nodeCount(b) == OVERVIEW_NODES);
        } finally {
            b.viewport(0, 0);
        }
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({ "1366, 768", "1920, 1080" })
    @SuppressWarnings("unchecked")
    void aSharedLinkRestoresTheExpansions(int width, int height) {
        Chromium b = browser();
        b.viewport(width, height);
        try {
            b.openReady("/explore?focus=" + org.respnet.HttpJson.enc("市发改委"));
            b.until(d -> !d.findElements(By.cssSelector("#lead-tasks .task-item")).isEmpty());
            int fgw = nodeCount(b);
            // Task 1 by its panel's 展开邻居, then its leader 吴丕华 by a double click: his other tasks join.
            b.find("#lead-tasks .task-item[data-task$='-K1']").click();
            b.until(d -> d.findElement(By.id("panel-title")).getText().startsWith("第 1 项"));
            b.find("[data-act='expand']").click();
            b.until(d -> nodeCount(b) == fgw + 2 && idle(b));
            List<String> beforeLeader = (List<String>) b.script("return respnet.cy.nodes().map(n => n.id())");
            b.script("const n = respnet.cy.$id('L:随州/吴丕华'); n.emit('tap'); n.emit('dbltap')");
            b.until(d -> nodeCount(b) > fgw + 2 && idle(b));
            int expanded = nodeCount(b);
            String link = b.find("#share-link").getDomProperty("value");
            assertThat(link).endsWith("/explore?focus=市发改委&expand=1,吴丕华&sel=吴丕华");
            b.find("#copy-link").click();
            b.until(d -> "已复制".equals(d.findElement(By.id("copy-link")).getText()));
            Map<String, List<Number>> positions = (Map<String, List<Number>>) b.script(POSITIONS);

            b.viewport(0, 0);
            b.openReady("/");
            b.viewport(width, height);
            b.driver().get(link);
            b.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
            b.screenshot("explore-shared-link-" + width + "x" + height);
            assertThat(nodeCount(b)).isEqualTo(expanded);
            assertThat((Map<String, List<Number>>) b.script(POSITIONS)).isEqualTo(positions);
            assertThat(b.script("return respnet.state.expand")).asList().containsExactly("1", "吴丕华");
            assertThat(focusName(b)).isEqualTo("市发改委");
            b.until(d -> "吴丕华".equals(d.findElement(By.id("panel-title")).getText()));
            // What the double click added is in view, as it was then.
            List<String> added = (List<String>) b.script("return respnet.cy.nodes().map(n => n.id()).filter(id => !arguments[0].includes(id))", beforeLeader);
            assertThat(added).isNotEmpty().hasSize(expanded - fgw - 2);
            added.add("L:随州/吴丕华");
            assertThat(b.script(ON_SCREEN, added)).isEqualTo(true);
        } finally {
            b.viewport(0, 0);
        }
    }

    @Test
    void theAddressKeepsTheNoticeItWasOpenedOnThroughFocusChanges() {
        Chromium b = browser();
        b.openReady("/explore?city=" + org.respnet.HttpJson.enc("随州") + "&focus=" + org.respnet.HttpJson.enc("市发改委"));
        b.until(d -> !d.findElements(By.cssSelector("#lead-tasks .task-item")).isEmpty());
        assertThat(b.find("#share-link").getDomProperty("value")).endsWith("/explore?city=随州&focus=市发改委");
        b.find("#whole-units").click();
        b.until(d -> nodeCount(b) == OVERVIEW_NODES && idle(b));
        assertThat(decodedUrl(b)).endsWith("/explore?city=随州");
        b.driver().navigate().back();
        b.until(d -> "市发改委".equals(focusName(b)) && idle(b));
        assertThat(decodedUrl(b)).endsWith("/explore?city=随州&focus=市发改委");
    }

    @Test
    void aLivelihoodItemIsFoundByTheNumberThePagesPrint() {
        Chromium b = browser();
        b.openReady("/explore");
        b.find("#nav-search").sendKeys("民生一");
        b.until(d -> d.findElements(By.cssSelector("#site-nav .suggest-item")).size() >= 5);
        List<String> parts = b.driver().findElements(By.cssSelector("#site-nav .suggest-item .suggest-name")).stream()
                .map(WebElement::getText).filter(t -> t.startsWith("第 民生一.")).toList();
        assertThat(parts).containsExactlyInAnyOrder("第 民生一.1 项", "第 民生一.2 项", "第 民生一.3 项", "第 民生一.4 项", "第 民生一.5 项");
        b.screenshot("explore-search-livelihood-item");
        b.driver().findElements(By.cssSelector("#site-nav .suggest-item")).stream()
                .filter(e -> e.getText().contains("第 民生一.4 项")).findFirst().orElseThrow().click();
        b.until(d -> d.findElement(By.id("panel-title")).getText().startsWith("第 民生一.4 项") && idle(b));
        assertThat(decodedUrl(b)).endsWith("/explore?focus=一.4");
        // Typed as printed in the address, and the item alone: its five parts are offered.
        b.openReady("/explore?focus=" + org.respnet.HttpJson.enc("民生一.4"));
        b.until(d -> d.findElement(By.id("panel-title")).getText().startsWith("第 民生一.4 项"));
        b.openReady("/explore?focus=" + org.respnet.HttpJson.enc("民生一"));
        b.until(d -> !d.findElements(By.cssSelector("#did-you-mean a")).isEmpty());
        assertThat(b.driver().findElements(By.cssSelector("#did-you-mean a")).stream().map(WebElement::getText)
                .filter(t -> t.startsWith("第 民生一.")).toList())
                .containsExactlyInAnyOrder("第 民生一.1 项", "第 民生一.2 项", "第 民生一.3 项", "第 民生一.4 项", "第 民生一.5 项");
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

    private static String focusName(Chromium b) {
        return (String) b.script("return respnet.cy.$('node.focus').data('name') ?? null");
    }

    private static boolean idle(Chromium b) {
        return "false".equals(b.find("body").getDomAttribute("data-busy")) && Boolean.FALSE.equals(b.script("return respnet.cy.animated()"));
    }

    private static String decodedUrl(Chromium b) {
        return URLDecoder.decode(b.driver().getCurrentUrl(), StandardCharsets.UTF_8);
    }

    private static int nodeCount(Chromium b) {
        return ((Number) b.script("return respnet.cy.nodes().length")).intValue();
    }
}
