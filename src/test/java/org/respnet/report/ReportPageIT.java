package org.respnet.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.respnet.BrowserPageTest;
import org.respnet.Chromium;
import org.respnet.RespNetIntegrationTest;

/** 报告对照 in a real browser: the report's sentences coloured by coverage, hover shows the units behind one. */
@RespNetIntegrationTest
class ReportPageIT extends BrowserPageTest {

    @Test
    void hoveringASentenceShowsItsTasksAndTheirUnits() {
        Chromium b = browser();
        b.openReady("/report");
        assertThat(b.driver().findElements(By.cssSelector("#report-text .passage.uncovered"))).hasSize(8);
        assertThat(b.driver().findElements(By.cssSelector("#report-text .passage.covered"))).hasSize(197);
        WebElement grain = b.driver().findElements(By.cssSelector("#report-text .passage.covered")).stream()
                .filter(e -> e.getText().equals("粮食产量保持在29亿斤以上;")).findFirst().orElseThrow();
        new Actions(b.driver()).moveToElement(grain).perform();
        WebElement detail = b.until(d -> d.findElement(By.id("passage-detail")).getText().contains("第 7 项")
                ? d.findElement(By.id("passage-detail")) : null);
        b.screenshot("20-report-hover");
        assertThat(detail.findElement(By.cssSelector(".lead-units")).getText()).isEqualTo("市农业农村局");
        assertThat(detail.findElement(By.cssSelector(".responsible-units")).getText()).isEqualTo("各县市区政府及管委会");
    }

    @Test
    void anUncoveredCommitmentIsMarkedForTheSupervisionOffice() {
        Chromium b = browser();
        b.openReady("/report");
        WebElement uncovered = b.find("#report-text .passage.uncovered");
        new Actions(b.driver()).moveToElement(uncovered).perform();
        b.until(d -> d.findElement(By.id("detail-status")).getText().contains("没有分解到任何任务"));
        assertThat(b.find("#uncovered-count").getText()).isEqualTo("8 句");
        assertThat(b.find("nav a.nav-link.active").getText()).isEqualTo("报告对照");
    }

    @Test
    void theDashboardShowsTheNextReportingDate() {
        Chromium b = browser();
        b.openReady("/");
        WebElement card = b.until(d -> d.findElements(By.id("next-due")).isEmpty() ? null : d.findElement(By.id("next-due")));
        // Every 2024 date is past by now: the card shows the year's last one, 12月15日.
        assertThat(card.getDomAttribute("data-date")).isEqualTo("2024-12-15");
        assertThat(card.getText()).contains("12月15日").contains("已过");
        assertThat(Integer.parseInt(card.getDomAttribute("data-units"))).isGreaterThan(10);
    }

    @Test
    void sectionsOutsideAnySectionAreNamedForAClerkAndTheLegendChipsDoNotWrap() {
        Chromium b = browser();
        b.openReady("/report");
        java.util.List<String> rows = b.driver().findElements(By.cssSelector("#sections tbody td.section-name")).stream()
                .map(WebElement::getText).toList();
        // 15 rows: 二 (eight sections and its opening aims), 三 (five sections and its closing words).
        assertThat(rows).hasSize(15).noneMatch(r -> r.contains("未分节"))
                .contains("二、2024年工作安排（各小节之外的段落）", "三、全面加强政府自身建设（各小节之外的段落）",
                        "(一)坚持链群协同、固本兴新，加快推进新型工业化步伐");
        for (int width : new int[] {1366, 1920}) {
            b.viewport(width, width == 1366 ? 768 : 1080);
            for (WebElement chip : b.driver().findElements(By.cssSelector("#report-legend .chip"))) {
                // One line: a chip's height is one line of its text, whatever the window.
                Number lines = (Number) b.script("const r = arguments[0].getClientRects(); return r.length", chip);
                assertThat(lines.intValue()).as(chip.getText() + " at " + width).isEqualTo(1);
            }
            b.screenshot("report-legend-" + width);
        }
        b.viewport(0, 0);
    }
}
