package org.respnet.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.HttpJson.enc;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.respnet.BrowserPageTest;
import org.respnet.Chromium;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.respnet.TestUsers;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A clerk's walk through follow-up after the bundled 2024 notice's year is over (the real clock: today is past
 * 2024-12-31): the 看板 says the year is over and shows its last day, or a day the clerk picks; the ledger shows each
 * task's 灯号 as the 看板 decides it, in the list, the task dialog and the Excel export; the progress form is offered
 * only on a unit's own tasks; the 督办单 prints on A4 landscape with its columns readable. 市发改委 reports two of
 * its 21 lead tasks (已完成, 滞后); nobody else reports, so the other 165 tasks are red at the year's end (every
 * reporting date before 12月31日 passed unanswered).
 */
@RespNetIntegrationTest
@TestPropertySource(properties = "spring.application.name=respnet-year-end-page")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YearEndPageIT extends BrowserPageTest {

    private static final String FGW = TestUsers.UNIT_NAME;
    private static final int TASKS = 167;
    private static final int FGW_LEAD = 21;
    /** 21 lead, 13 responsible and 14 through 市政府各部门. */
    private static final int FGW_HELD = 48;

    private static String done;
    private static String lagging;

    private HttpJson anonymous() {
        return new HttpJson(port);
    }

    @Test
    @Order(1)
    void beforeAnyReportTheBoardSaysTheYearIsOverAndHowToStartWithoutAnApiPath() {
        Chromium b = browser();
        b.openReady("/supervise");
        assertThat(b.find("#day-text").getText()).startsWith("2024年度已结束，以下为年末（12月31日）的状态");
        String empty = b.find("#empty").getText();
        assertThat(empty).contains("还没有任何单位报送进展").contains("进展填报模板").doesNotContain("/api/").doesNotContain("{");
        assertThat(b.find("#empty-login").getText()).isEqualTo("单位登录");
        assertThat(b.find("main").getText()).doesNotContain("/api/");
    }

    @Test
    @Order(2)
    void theLedgerShowsEachTasksLightAsTheBoardDecidesIt() throws Exception {
        JsonNode lead = anonymous().get("/api/tasks?unit=" + enc(FGW) + "&role=lead").body();
        assertThat(lead).hasSize(FGW_LEAD);
        done = lead.get(0).get("id").asString();
        lagging = lead.get(1).get("id").asString();
        HttpJson editor = anonymous().as("editor", TestUsers.EDITOR_PASSWORD);
        assertThat(editor.postJson("/api/tasks/" + enc(done) + "/progress",
                Map.of("status", "已完成", "unit", FGW, "note", "年内已建成")).status()).isEqualTo(201);
        assertThat(editor.postJson("/api/tasks/" + enc(lagging) + "/progress",
                Map.of("status", "滞后", "percent", 40, "unit", FGW, "note", "资金未到位")).status()).isEqualTo(201);

        Chromium b = browser();
        b.openReady("/tasks");
        assertThat(b.find("#count").getDomAttribute("data-count")).isEqualTo(String.valueOf(TASKS));
        assertThat(b.driver().findElements(By.cssSelector("#ledger thead th")).stream().map(WebElement::getText))
                .contains("完成时限", "灯号");
        assertThat(light(b, done)).isEqualTo("GREEN");
        assertThat(light(b, lagging)).isEqualTo("YELLOW");
        assertThat(b.find("tr[data-id='" + done + "'] td.light-cell").getText()).isEqualTo("绿灯");
        Set<String> red = rows(b, "RED");
        assertThat(red).hasSize(TASKS - 2);

        // The same rule as the board: its red tasks are the ledger's red rows.
        JsonNode board = anonymous().get("/api/followup/board").body();
        assertThat(board.get("on").asString()).isEqualTo("2024-12-31");
        Set<String> overdue = new TreeSet<>();
        board.get("overdue").forEach(t -> overdue.add(t.get("id").asString()));
        assertThat(new TreeSet<>(red)).isEqualTo(overdue);

        // Sorted by 灯号, red first; the lagging task's yellow after every red one.
        b.find("#ledger th[data-sort=light]").click();
        List<String> order = b.driver().findElements(By.cssSelector("#ledger tbody td.light-cell")).stream()
                .map(td -> td.getDomAttribute("data-light")).toList();
        assertThat(order.subList(0, TASKS - 2)).containsOnly("RED");
        assertThat(order.subList(TASKS - 2, TASKS)).containsExactly("YELLOW", "GREEN");
        for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
            b.viewport(size[0], size[1]);
            b.screenshot("ledger-lights-" + size[0]);
        }
        b.viewport(0, 0);

        openTask(b, lagging);
        WebElement shown = b.find("#task-light");
        assertThat(shown.getDomAttribute("data-light")).isEqualTo("YELLOW");
        assertThat(shown.getText()).contains("黄灯").contains("报告滞后").contains("截至2024年12月31日，该年度已结束");
        b.screenshot("ledger-task-dialog-light");

        // The export is named after the filter, holds the 灯号, and its 序号 are numbers.
        b.openReady("/tasks?unit=" + enc(FGW));
        HttpResponse<byte[]> xlsx = anonymous().download(b.find("#export-xlsx").getDomAttribute("href"));
        assertThat(URLDecoder.decode(xlsx.headers().firstValue("Content-Disposition").orElseThrow(),
                StandardCharsets.UTF_8)).contains("任务台账-" + FGW + ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheet("任务台账");
            Row header = sheet.getRow(0);
            int lightColumn = header.getLastCellNum() - 1;
            assertThat(header.getCell(lightColumn).getStringCellValue()).isEqualTo("灯号");
            assertThat(sheet.getLastRowNum()).isEqualTo(FGW_HELD - 14);
            Map<String, Integer> lights = new java.util.TreeMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
                lights.merge(row.getCell(lightColumn).getStringCellValue(), 1, Integer::sum);
            }
            assertThat(lights).containsExactlyInAnyOrderEntriesOf(Map.of("红灯", FGW_HELD - 14 - 2, "黄灯", 1, "绿灯", 1));
        }
    }

    @Test
    @Order(3)
    void theBoardShowsTheYearsLastDayOrTheDayTheClerkPicks() {
        Chromium b = browser();
        b.openReady("/supervise");
        assertThat(b.find("#day-text").getText()).startsWith("2024年度已结束，以下为年末（12月31日）的状态");
        assertThat(b.find("#day-input").getDomProperty("value")).isEqualTo("2024-12-31");
        assertThat(b.find("[data-total=RED]").getText()).isEqualTo(String.valueOf(TASKS - 2));
        assertThat(b.find("[data-total=YELLOW]").getText()).isEqualTo("1");
        assertThat(b.find("[data-total=GREEN]").getText()).isEqualTo("1");
        for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
            b.viewport(size[0], size[1]);
            b.screenshot("board-year-end-" + size[0]);
        }
        b.viewport(0, 0);

        // 1月31日: no reporting date of the notice has come (the first is 2月10日), so the unreported are grey.
        b.script("""
                const i = document.getElementById('day-input'); i.value = '2024-01-31';
                i.dispatchEvent(new Event('change', { bubbles: true }));""");
        b.until(d -> d.getCurrentUrl().contains("on=2024-01-31"));
        b.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertThat(b.find("#day-text").getText()).startsWith("以下为2024年1月31日的状态");
        assertThat(b.find("[data-total=GREY]").getText()).isEqualTo(String.valueOf(TASKS - 2));
        assertThat(b.find("#day-reset").isDisplayed()).isTrue();
        b.screenshot("board-2024-01-31");
    }

    @Test
    @Order(4)
    void theProgressFormIsOfferedOnlyOnTheUnitsOwnTasks() {
        Set<String> held = new HashSet<>();
        JsonNode portfolio = anonymous().get("/api/units/" + enc(FGW)).body();
        for (String list : List.of("leadTasks", "responsibleTasks", "groupTasks")) {
            portfolio.get(list).forEach(t -> held.add(t.get("id").asString()));
        }
        assertThat(held).hasSize(FGW_HELD);
        String other = null;
        for (JsonNode t : anonymous().get("/api/tasks").body()) {
            if (!held.contains(t.get("id").asString())) {
                other = t.get("id").asString();
                break;
            }
        }
        assertThat(other).isNotNull();

        Chromium b = browser();
        b.openReady("/tasks");
        openTask(b, lagging);
        assertThat(b.driver().findElements(By.id("progress-form"))).isEmpty();
        assertThat(b.find("#progress-offer").getText()).contains("单位账号登录后");

        b.login(TestUsers.UNIT_USER, TestUsers.UNIT_PASSWORD);
        b.openReady("/tasks");
        openTask(b, lagging);
        assertThat(b.driver().findElements(By.id("progress-form"))).hasSize(1);
        b.screenshot("ledger-own-task-progress-form");
        openTask(b, other);
        assertThat(b.driver().findElements(By.id("progress-form"))).isEmpty();
        assertThat(b.find("#progress-offer").getText()).contains("不由" + FGW + "牵头或负责");
    }

    @Test
    @Order(5)
    void theSupervisionNoticePrintsOnA4LandscapeWithItsColumnsReadable() throws Exception {
        Chromium b = browser();
        b.openReady("/units/" + enc(FGW) + "/notice");
        // Its red and yellow tasks: all it holds but the one done.
        assertThat(b.driver().findElements(By.cssSelector("#items tbody tr[data-id]"))).hasSize(FGW_HELD - 1);
        assertThat(b.driver().findElements(By.cssSelector("#items tr[data-light=YELLOW]"))).hasSize(1);
        assertThat(b.find("#day-note").getText()).contains("2024年度已结束");
        assertThat(b.find("#template").getText()).isEqualTo("下载进展填报模板");

        // As on paper: A4 landscape less its margins is 273 mm, about 1032 CSS pixels; the table stays within.
        b.viewport(1032, 730);
        b.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        Number table = (Number) b.script("return document.getElementById('items').scrollWidth");
        Number page = (Number) b.script("return document.querySelector('main').clientWidth");
        Number taskColumn = (Number) b.script("return document.querySelector('#items tbody tr td:nth-child(2)').getBoundingClientRect().width");
        b.cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
        b.viewport(0, 0);
        assertThat(table.doubleValue()).isLessThanOrEqualTo(page.doubleValue());
        assertThat(taskColumn.doubleValue()).as("the task column, in CSS pixels").isGreaterThan(300);

        // Chromium's own print to PDF, with the page size the stylesheet asks for.
        Map<String, Object> printed = b.cdp("Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true));
        byte[] pdf = Base64.getDecoder().decode((String) printed.get("data"));
        java.nio.file.Files.createDirectories(Chromium.SCREENSHOTS);
        java.nio.file.Files.write(Chromium.SCREENSHOTS.resolve("supervision-notice-" + FGW + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(2);
            for (int p = 0; p < pages; p++) {
                PDRectangle box = document.getPage(p).getMediaBox();
                assertThat(Math.round(box.getWidth())).isEqualTo(Math.round(PDRectangle.A4.getHeight()));
                assertThat(Math.round(box.getHeight())).isEqualTo(Math.round(PDRectangle.A4.getWidth()));
            }
            String text = new PDFTextStripper().getText(document);
            // The header row on every page, so each page's columns are named.
            assertThat(text.split("进展记录", -1).length - 1).isEqualTo(pages);
            assertThat(text.replaceAll("\\s", "")).contains("资金未到位");
        }
        b.screenshot("supervision-notice");
    }

    private static String light(Chromium b, String id) {
        return b.find("tr[data-id='" + id + "'] td.light-cell").getDomAttribute("data-light");
    }

    private static Set<String> rows(Chromium b, String light) {
        Set<String> ids = new HashSet<>();
        b.driver().findElements(By.cssSelector("#ledger tbody tr[data-id]")).forEach(tr -> {
            if (light.equals(tr.findElement(By.cssSelector("td.light-cell")).getDomAttribute("data-light"))) {
                ids.add(tr.getDomAttribute("data-id"));
            }
        });
        return ids;
    }

    private static void openTask(Chromium b, String id) {
        b.script("document.getElementById('task-dialog').close()");
        // The row's own click handler, by a click event (a pointer click after the viewport override is restored
        // may land where the page is not laid out yet).
        b.script("arguments[0].scrollIntoView({ block: 'center', behavior: 'instant' }); arguments[0].click()",
                b.find("tr[data-id='" + id + "'] td.text"));
        b.until(d -> d.findElement(By.id("task-dialog")).isDisplayed()
                && !d.findElements(By.cssSelector("#task-dialog h5")).isEmpty());
    }
}
