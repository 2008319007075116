package org.respnet.responsibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.respnet.BrowserPageTest;
import org.respnet.Chromium;
import org.respnet.RespNetIntegrationTest;

/** The unit brief in a real browser: printed by Chromium, the busiest unit's brief is one A4 page; an unknown unit is a 404. */
@RespNetIntegrationTest
class UnitBriefPageIT extends BrowserPageTest {

    @Test
    void theBriefOfTheHousingBureauPrintsOnOneA4Page() throws Exception {
        Chromium b = browser();
        b.openReady("/units/" + URLEncoder.encode("市住建局", StandardCharsets.UTF_8));
        assertThat(b.find("#unit-name").getText()).isEqualTo("市住建局");
        // 32 tasks: the unit with the most tasks but one, and the longest texts.
        assertThat(b.driver().findElements(By.cssSelector("#lead-table tbody tr, #resp-table tbody tr"))).hasSize(32);

        Pdf pdf = ((PrintsPage) b.driver()).print(a4());
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        java.nio.file.Files.createDirectories(Chromium.SCREENSHOTS);
        java.nio.file.Files.write(Chromium.SCREENSHOTS.resolve("unit-brief-市住建局.pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    /** A4 portrait (21 × 29.7 cm), as a clerk's printer. */
    private static PrintOptions a4() {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setBackground(true);
        return options;
    }

    @Test
    void anUnknownUnitIsAChinese404WithSuggestions() {
        Chromium b = browser();
        b.open("/units/" + URLEncoder.encode("市住建", StandardCharsets.UTF_8));
        b.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertThat(b.script("return performance.getEntriesByType('navigation')[0].responseStatus")).isEqualTo(404L);
        assertThat(b.find("#error-title").getText()).isEqualTo("找不到这个页面");
        b.until(d -> !d.findElement(By.id("did-you-mean")).getText().isEmpty());
        assertThat(b.find("#did-you-mean").getText()).contains("您是不是要找").contains("市住建局");
        b.screenshot("unit-unknown-404");

        b.open("/units/" + URLEncoder.encode("不存在", StandardCharsets.UTF_8));
        b.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertThat(b.script("return performance.getEntriesByType('navigation')[0].responseStatus")).isEqualTo(404L);
        assertThat(b.driver().getPageSource()).doesNotContain("not found").doesNotContain("Whitelabel");
    }
}
