package org.respnet.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.respnet.BrowserPageTest;
import org.respnet.Chromium;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.respnet.TestUsers;
import org.respnet.ingest.extract.TestFiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The import page in a real browser: an editor picks a Word file of a real notice of another city,
 * sees its tasks in the preview (writing nothing), confirms, and finds the tasks in the ledger.
 * Its own database, since it imports.
 */
@RespNetIntegrationTest
@TestPropertySource(properties = "spring.application.name=respnet-import-page")
class ImportPageIT extends BrowserPageTest {

    /** 立山区 2023 (鞍立政发〔2023〕2号): six tasks under 牵头单位:/责任单位: lines, corpus lishan-2023. */
    private static final Path LISHAN = Path.of("src/test/resources/notices/lishan-2023/notice.txt");

    @Test
    void aWordFileIsPreviewedThenImportedAndItsTasksAreInTheLedger() throws Exception {
        byte[] docx = TestFiles.docx(TestFiles.paragraphs(Files.readString(LISHAN)));
        Path file = Files.write(Files.createTempDirectory("import-page").resolve("立山区重点工作.docx"), docx);
        long documentsBefore = new HttpJson(port).get("/api/summary").body().get("documents").asLong();

        Chromium b = browser();
        b.login("editor", TestUsers.EDITOR_PASSWORD);
        b.open("/import");
        b.find("#file").sendKeys(file.toAbsolutePath().toString());
        b.until(d -> d.findElements(By.cssSelector("#preview-table tbody tr")).size() == 6);
        b.screenshot("09-import-preview");

        List<String> leads = b.driver().findElements(By.cssSelector("#preview-table tbody tr td:nth-child(6)"))
                .stream().map(WebElement::getText).toList();
        assertThat(leads.getFirst()).isEqualTo("区发改局");
        assertThat(b.find("#summary").getText()).contains("docx").contains("鞍立政发〔2023〕2号");
        assertThat(new HttpJson(port).get("/api/summary").body().get("documents").asLong())
                .as("a preview writes nothing").isEqualTo(documentsBefore);

        b.find("#confirm").click();
        WebElement done = b.until(d -> d.findElements(By.id("imported")).isEmpty() ? null : d.findElement(By.id("imported")));
        assertThat(done.getText()).contains("已导入").contains("6 项任务");

        b.find("#imported-tasks").click();
        b.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        b.until(d -> d.findElements(By.cssSelector("#ledger tbody tr")).size() == 6);
        assertThat(b.find("#ledger tbody").getText()).contains("区发改局", "区工信局");
        b.screenshot("10-import-tasks-in-ledger");

        JsonNode summary = new HttpJson(port).get("/api/summary").body();
        assertThat(summary.get("documents").asLong()).isEqualTo(documentsBefore + 1);
    }

    @Test
    void theImportPageNeedsAnEditor() {
        assertThat(new HttpJson(port).get("/import").status()).isIn(302, 401);
    }
}
