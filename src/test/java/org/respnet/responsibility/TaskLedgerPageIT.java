package org.respnet.responsibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.respnet.BrowserPageTest;
import org.respnet.Chromium;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The task ledger in a real browser: the co-led filter and the Excel export of what it shows. */
@RespNetIntegrationTest
class TaskLedgerPageIT extends BrowserPageTest {

    /** 39 key tasks plus 民生实事 parts 一.4 and 一.5 name two or more lead units in the 随州 notice. */
    private static final int CO_LED_TASKS = 41;

    @Test
    void coLedOnlyShowsExactlyTheCoLedTasksAndTheXlsxExportHoldsThem() throws Exception {
        Chromium b = browser();
        b.openReady("/tasks");
        assertThat(b.find("#count").getDomAttribute("data-count")).isEqualTo("167");

        b.find("#f-coled").click();
        b.until(d -> String.valueOf(CO_LED_TASKS).equals(d.findElement(By.id("count")).getDomAttribute("data-count")));
        b.until(d -> d.findElements(By.cssSelector("#ledger tbody tr")).size() == CO_LED_TASKS);
        b.screenshot("07-ledger-co-led-only");

        Set<String> shown = new TreeSet<>(b.driver().findElements(By.cssSelector("#ledger tbody tr")).stream()
                .map(tr -> tr.getDomAttribute("data-id")).toList());
        assertThat(shown).isEqualTo(coLedTaskIdsFromTheApi());
        List<String> numbers = b.driver().findElements(By.cssSelector("#ledger tbody td.no")).stream()
                .map(WebElement::getText).toList();
        assertThat(numbers).contains("民生一.4", "民生一.5").hasSize(CO_LED_TASKS);
        assertThat(b.driver().getCurrentUrl()).endsWith("/tasks?coLed=true");

        String href = b.find("#export-xlsx").getDomAttribute("href");
        assertThat(href).isEqualTo("/api/tasks.xlsx?coLed=true");
        List<String> exported = xlsxNumbers(download(href));
        assertThat(exported).containsExactlyInAnyOrderElementsOf(numbers);
    }

    @Test
    void aRowOpensItsTask() {
        Chromium b = browser();
        b.openReady("/tasks?q=" + HttpJson.enc("殡葬"));
        b.until(d -> d.findElements(By.cssSelector("#ledger tbody tr")).size() == 1);
        b.find("#ledger tbody tr td.text").click();
        WebElement dialog = b.until(d -> d.findElement(By.id("task-dialog")).isDisplayed() ? d.findElement(By.id("task-dialog")) : null);
        b.screenshot("08-ledger-task-dialog");
        assertThat(dialog.getText()).contains("第 89 项").contains("市委宣传部").contains("市民政局").contains("徐锋");
    }

    @Test
    void anAbbreviationFindsItsUnitASelectSetByChangeFiltersAndTheExportIsNamedAfterTheFilter() {
        Chromium b = browser();
        b.openReady("/tasks?unit=" + HttpJson.enc("发改委"));
        int all = new HttpJson(port).get("/api/tasks?unit=" + HttpJson.enc("市发改委")).body().size();
        b.until(d -> String.valueOf(all).equals(d.findElement(By.id("count")).getDomAttribute("data-count")));
        assertThat(b.driver().findElements(By.id("no-tasks"))).isEmpty();

        // A script (or a browser) that only says `change`: the ledger filters all the same.
        b.script("""
                const s = document.getElementById('f-role'); s.value = 'lead';
                s.dispatchEvent(new Event('change', { bubbles: true }));""");
        b.until(d -> "21".equals(d.findElement(By.id("count")).getDomAttribute("data-count")));
        assertThat(b.driver().getCurrentUrl()).contains("role=lead");
        assertThat(b.driver().findElements(By.cssSelector("#ledger thead th")).stream().map(WebElement::getText))
                .contains("完成时限");
        b.screenshot("25-ledger-abbreviation");

        HttpResponse<byte[]> csv = new HttpJson(port).download(b.find("#export-csv").getDomAttribute("href"));
        assertThat(java.net.URLDecoder.decode(csv.headers().firstValue("Content-Disposition").orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8)).contains("任务台账-发改委牵头.csv");
    }

    private Set<String> coLedTaskIdsFromTheApi() {
        JsonNode all = new HttpJson(port).get("/api/tasks").body();
        Set<String> ids = new TreeSet<>();
        all.forEach(t -> {
            if (t.get("leadUnits").size() >= 2) {
                ids.add(t.get("id").asString());
            }
        });
        assertThat(ids).hasSize(CO_LED_TASKS);
        return ids;
    }

    private byte[] download(String path) {
        HttpResponse<byte[]> response = new HttpJson(port).download(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        return response.body();
    }

    /** The 序号 column of the exported sheet, after checking its heading row. */
    private static List<String> xlsxNumbers(byte[] xlsx) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("任务台账");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("序号");
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("牵头单位");
            List<String> numbers = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                // A key task's 序号 is a number cell (Excel sorts 2 before 10), a 民生实事 part's text.
                numbers.add(row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? String.valueOf((int) row.getCell(0).getNumericCellValue()) : row.getCell(0).getStringCellValue());
                assertThat(row.getCell(5).getStringCellValue()).contains("、");
            }
            assertThat(numbers).hasSize(CO_LED_TASKS);
            return numbers;
        }
    }
}
