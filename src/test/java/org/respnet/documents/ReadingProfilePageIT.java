package org.respnet.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.respnet.BrowserPageTest;
import org.respnet.Chromium;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.respnet.TestUsers;
import org.respnet.ingest.NoticeParser;
import org.respnet.ingest.ParsedTask;
import org.respnet.ingest.UnitRef;
import org.respnet.ingest.extract.TestFiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The clerk fixes in the preview what the reader could not read, and the city's next document is read that way. A
 * Word table of 立山区's 2023 tasks (a real notice of the test corpus) heads its lead column 「主抓单位」, which the
 * reader does not know: the editor gives that column the role 牵头单位 on the 「导入」 page, imports, and the tasks carry
 * their lead units. The city's next notice with the same header is then read with the saved reading, unasked.
 */
@RespNetIntegrationTest
@TestPropertySource(properties = "spring.application.name=respnet-reading-profile-page")
class ReadingProfilePageIT extends BrowserPageTest {

    private static final Path LISHAN = Path.of("src/test/resources/notices/lishan-2023/notice.txt");

    /** The notice's tasks under 序号 | 工作任务 | 主抓单位 | 协同单位, after the given title lines. */
    private static Path table(String fileName, List<String> title) throws Exception {
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of("序号", "工作任务", "主抓单位", "协同单位"));
        for (ParsedTask task : truth()) {
            rows.add(List.of(task.no(), task.text(), names(task.leadUnits()), names(task.responsibleUnits())));
        }
        return Files.write(Files.createTempDirectory("reading").resolve(fileName), TestFiles.docxWithTable(title, rows));
    }

    private static List<ParsedTask> truth() throws Exception {
        return new NoticeParser().parse(Files.readString(LISHAN)).tasks();
    }

    private static String names(List<UnitRef> units) {
        return String.join("、", units.stream().map(UnitRef::name).toList());
    }

    private List<String> column(Chromium b, int column) {
        return b.driver().findElements(By.cssSelector("#preview-table tbody tr td:nth-child(" + column + ")")).stream()
                .map(WebElement::getText).toList();
    }

    /** Task number → its lead units, as the ledger API gives them for the notice's scope. */
    private Map<String, String> leadsInTheLedger(String scope) {
        JsonNode tasks = new HttpJson(port).get("/api/tasks?city=" + URLEncoder.encode(scope, StandardCharsets.UTF_8))
                .body();
        Map<String, String> leads = new TreeMap<>();
        for (JsonNode task : tasks) {
            List<String> units = new java.util.ArrayList<>();
            task.get("leadUnits").forEach(u -> units.add(u.get("name").asString()));
            leads.put(task.get("no").asString(), String.join("、", units));
        }
        return leads;
    }

    @Test
    void theClerkNamesTheLeadColumnAndTheCitysNextNoticeIsReadThatWay() throws Exception {
        Map<String, String> expected = new TreeMap<>();
        truth().forEach(t -> expected.put(t.no(), names(t.leadUnits())));
        assertThat(expected).hasSize(6).containsEntry("1", "区发改局").containsEntry("4", "区商务局");

        Chromium b = browser();
        b.login("editor", TestUsers.EDITOR_PASSWORD);

        b.open("/import");
        b.find("#file").sendKeys(table("立山区2023年重点工作.docx",
                List.of("立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知")).toString());
        b.until(d -> d.findElements(By.cssSelector("#preview-table tbody tr")).size() == 6);
        assertThat(column(b, 6)).as("the reader does not know 主抓单位").containsOnly("");
        WebElement leadColumn = b.find(".reading-table[data-index='0'] .column-role[data-column='2']");
        assertThat(new Select(leadColumn).getFirstSelectedOption().getText()).isEqualTo("（未读作任何角色）");
        b.screenshot("reading-01-lead-column-missed");

        new Select(leadColumn).selectByVisibleText("牵头单位");
        b.until(d -> column(b, 6).getFirst().startsWith("区发改局"));
        assertThat(column(b, 6)).containsExactlyElementsOf(expected.values().stream().toList());
        assertThat(b.find(".reading-table[data-index='0'] caption").getText()).contains("按选定的读法");
        b.screenshot("reading-02-lead-column-chosen");

        // task 1's 「全区经济运行各专班」 is no unit: the clerk drops it from the row ('改'), and the reading keeps it
        WebElement first = b.find("#preview-table tbody tr[data-no='1']");
        b.clickInView(first.findElement(By.cssSelector(".edit-row")));
        WebElement responsible = first.findElement(By.cssSelector("input[data-role=responsibleUnits]"));
        assertThat(responsible.getDomProperty("value")).isEqualTo("立山经济开发区、全区经济运行各专班");
        responsible.clear();
        responsible.sendKeys("立山经济开发区");
        b.clickInView(b.find("#reread"));
        b.until(d -> column(b, 7).getFirst().equals("立山经济开发区"));
        assertThat(b.find("#preview-table tbody tr[data-no='1']").getDomAttribute("class")).contains("table-info");
        assertThat(column(b, 6)).containsExactlyElementsOf(expected.values().stream().toList());

        b.clickInView(b.find("#confirm"));
        WebElement done = b.until(d -> d.findElements(By.id("imported")).isEmpty() ? null : d.findElement(By.id("imported")));
        assertThat(done.getText()).contains("已导入").contains("6 项任务");
        assertThat(b.find("#profile-saved").getText()).contains("立山区");
        JsonNode firstReport = new HttpJson(port).get("/api/documents").body();
        String scope2023 = scopeOf(firstReport, 2023);
        assertThat(leadsInTheLedger(scope2023)).isEqualTo(expected);

        // the city's next notice, same header: read with the saved reading before the clerk touches anything
        b.open("/import");
        b.find("#file").sendKeys(table("立山区2024年重点工作.docx",
                List.of("立山区人民政府关于印发《立山区政府2024年重点工作任务分解和责任分工方案》的通知")).toString());
        b.until(d -> d.findElements(By.cssSelector("#preview-table tbody tr")).size() == 6);
        assertThat(b.find("#profile-applied").getText()).contains("立山区").contains("序号 | 工作任务 | 主抓单位 | 协同单位");
        assertThat(column(b, 6)).containsExactlyElementsOf(expected.values().stream().toList());
        assertThat(column(b, 7).getFirst()).as("the phrase dropped from the 2023 notice is no unit in 2024 either")
                .isEqualTo("立山经济开发区");
        assertThat(b.find("#warnings").getText()).contains("「全区经济运行各专班」不是单位");
        b.screenshot("reading-03-next-notice-read-with-the-profile");
        b.clickInView(b.find("#confirm"));
        b.until(d -> d.findElements(By.id("imported")).isEmpty() ? null : d.findElement(By.id("imported")));
        String scope2024 = scopeOf(new HttpJson(port).get("/api/documents").body(), 2024);
        assertThat(leadsInTheLedger(scope2024)).isEqualTo(expected);
    }

    /**
     * 立山区's notice without its 牵头单位/责任单位 lines (and dated 2022, so it is no revision of the tables above)
     * reads no task: the preview lists its lines, the editor marks two as tasks with their units, and imports them.
     */
    @Test
    void whenNothingCanBeReadTheClerkMarksTheTasks() throws Exception {
        List<String> bare = Files.readAllLines(LISHAN).stream()
                .filter(line -> !line.startsWith("牵头单位") && !line.startsWith("责任单位"))
                .map(line -> line.replace("2023", "2022")).toList();
        Path file = Files.write(Files.createTempDirectory("marking").resolve("立山区2022年.docx"), TestFiles.docx(bare));

        Chromium b = browser();
        b.login("editor", TestUsers.EDITOR_PASSWORD);
        b.open("/import");
        // the clicks below rely on the test browser not scrolling smoothly (Chromium.start reduces motion)
        assertThat(b.script("return getComputedStyle(document.documentElement).scrollBehavior")).isEqualTo("auto");
        b.find("#file").sendKeys(file.toString());
        b.until(d -> d.findElements(By.cssSelector("#marking-lines .marking-line")).size() > 10);
        assertThat(b.find("#problems").getText()).contains("这不是任务分解通知").contains("在下面标出任务");
        assertThat(b.find("#confirm").isEnabled()).isFalse();

        mark(b, "1.努力实现地区生产总值增长6.2%左右。", "区发改局", "立山经济开发区、全区经济运行各专班");
        mark(b, "4.社会消费品零售总额增长9%左右。", "区商务局", "各街道、区市场局");
        b.screenshot("reading-04-nothing-read-marked");
        b.clickInView(b.find("#mark-read"));
        b.until(d -> d.findElements(By.cssSelector("#preview-table tbody tr")).size() == 2);
        assertThat(column(b, 1)).containsExactly("1", "4");
        assertThat(column(b, 6)).containsExactly("区发改局", "区商务局");
        assertThat(column(b, 7)).containsExactly("立山经济开发区、全区经济运行各专班", "各街道、区市场局");
        b.clickInView(b.find("#confirm"));
        WebElement done = b.until(d -> d.findElements(By.id("imported")).isEmpty() ? null : d.findElement(By.id("imported")));
        assertThat(done.getText()).contains("已导入").contains("2 项任务");
        assertThat(leadsInTheLedger(scopeOf(new HttpJson(port).get("/api/documents").body(), 2022)))
                .containsExactly(Map.entry("1", "区发改局"), Map.entry("4", "区商务局"));
    }

    private static void mark(Chromium b, String text, String lead, String responsible) {
        WebElement line = b.driver().findElements(By.cssSelector("#marking-lines .marking-line")).stream()
                .filter(l -> l.getText().endsWith(text)).findFirst().orElseThrow(() -> new AssertionError("no line " + text));
        b.clickInView(line).findElement(By.cssSelector("input.mark"));
        line.findElement(By.cssSelector("input[data-role=leadUnits]")).sendKeys(lead);
        line.findElement(By.cssSelector("input[data-role=responsibleUnits]")).sendKeys(responsible);
    }


    private static String scopeOf(JsonNode documents, int year) {
        for (JsonNode d : documents) {
            if (d.path("city").asString("").equals("立山区") && d.path("year").asInt() == year) {
                return d.get("scope").asString();
            }
        }
        throw new AssertionError("no 立山区 " + year + " document in " + documents);
    }
}
