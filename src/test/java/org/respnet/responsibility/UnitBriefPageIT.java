package org.respnet.responsibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.respnet.BrowserPageTest;
import org.respnet.Chromium;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import tools.jackson.databind.JsonNode;

/** The unit brief in a real browser: printed by Chromium, the busiest unit's brief is one A4 page; an unknown unit is a 404. */
@RespNetIntegrationTest
class UnitBriefPageIT extends BrowserPageTest {

    /**
     * The busiest unit of the bundled notice (市发改委: 21 lead, 13 responsible and 14 tasks through 市政府各部门, the
     * most task text of any unit; groups aside) and the one with the most tasks but one (市住建局: 18, 14 and 16)
     * print on one A4 page, every task's text whole, group tasks with their text, the notice's 文号, year and page
     * number at the foot.
     */
    @ParameterizedTest
    @CsvSource({"市发改委, 21, 13, 14", "市住建局, 18, 14, 16"})
    void theBriefPrintsOnOneA4PageWithEveryTaskWhole(String unit, int lead, int responsible, int viaGroup)
            throws Exception {
        Chromium b = browser();
        b.openReady("/units/" + URLEncoder.encode(unit, StandardCharsets.UTF_8));
        assertThat(b.find("#unit-name").getText()).isEqualTo(unit);
        assertThat(b.driver().findElements(By.cssSelector("#lead-table tbody tr"))).hasSize(lead);
        assertThat(b.driver().findElements(By.cssSelector("#resp-table tbody tr"))).hasSize(responsible);
        assertThat(b.driver().findElements(By.cssSelector("#group-table tbody tr"))).hasSize(viaGroup);
        assertThat(b.find("#brief-source").getText()).contains("随政办发〔2024〕2号").contains("2024年度");

        JsonNode portfolio = new HttpJson(port).get("/api/units/" + HttpJson.enc(unit)).body();
        List<String> texts = new ArrayList<>();
        for (String list : List.of("leadTasks", "responsibleTasks", "groupTasks")) {
            portfolio.get(list).forEach(t -> texts.add(t.get("text").asString()));
        }
        assertThat(texts).hasSize(lead + responsible + viaGroup);

        Pdf pdf = ((PrintsPage) b.driver()).print(a4());
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        java.nio.file.Files.createDirectories(Chromium.SCREENSHOTS);
        java.nio.file.Files.write(Chromium.SCREENSHOTS.resolve("unit-brief-" + unit + ".pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getHeight()).isGreaterThan(document.getPage(0).getMediaBox().getWidth());
            String paper = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            // Every task's text on paper, whole: no task cut short with …
            for (String text : texts) {
                assertThat(paper).as("on paper: " + text).contains(text.replaceAll("\\s", ""));
            }
            assertThat(paper).contains("随政办发〔2024〕2号").contains("2024年度").contains("第1页，共1页");
        }

        for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
            b.viewport(size[0], size[1]);
            b.screenshot("unit-brief-" + unit + "-" + size[0]);
        }
        b.viewport(0, 0);
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
