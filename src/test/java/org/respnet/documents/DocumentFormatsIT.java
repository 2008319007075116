package org.respnet.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.respnet.SeedDocuments;
import org.respnet.TestUsers;
import org.respnet.ingest.extract.TestFiles;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The bundled notice uploaded again as Word and as PDF is the same notice: answered 200 already
 * imported with the text's document id, nothing doubled; a preview (dry run) shows what would be
 * imported and writes nothing.
 */
@RespNetIntegrationTest
class DocumentFormatsIT {

    @LocalServerPort
    int port;

    private HttpJson editor() {
        return new HttpJson(port).as("editor", TestUsers.EDITOR_PASSWORD);
    }

    private String seedId() {
        return editor().post("/api/documents", "text/plain", SeedDocuments.bytes(SeedDocuments.NOTICE)).body()
                .get("documentId").asString();
    }

    @Test
    void theSeedNoticeAsWordAndAsPdfIsAlreadyImported() {
        String id = seedId();
        JsonNode before = new HttpJson(port).get("/api/summary").body();
        List<String> lines = TestFiles.paragraphs(SeedDocuments.noticeText());
        for (byte[] file : List.of(TestFiles.docx(lines), TestFiles.pdf(lines))) {
            HttpJson.Reply reply = editor().post("/api/documents", "application/octet-stream", file);
            assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
            assertThat(reply.body().get("alreadyImported").asBoolean()).isTrue();
            assertThat(reply.body().get("documentId").asString()).isEqualTo(id);
            assertThat(reply.body().get("tasks").asInt()).isEqualTo(167);
        }
        assertThat(new HttpJson(port).get("/api/summary").body()).isEqualTo(before);
    }

    @Test
    void aPreviewListsTasksWithTheirPlacesAndWritesNothing() {
        JsonNode before = new HttpJson(port).get("/api/summary").body();
        String notice = "某某市人民政府办公室关于分解落实2025年重点工作任务的通知\n"
                + "1.推进甲项目建设。\n牵头单位：市发改委\n责任单位：市财政局、市住建局\n"
                + "2.推进乙项目建设。\n责任单位：市交通运输局\n";
        HttpJson.Reply reply = editor().post("/api/documents?dryRun=true", "text/plain",
                notice.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        JsonNode preview = reply.body();
        assertThat(preview.get("importable").asBoolean()).isTrue();
        assertThat(preview.get("tasks")).hasSize(2);
        assertThat(preview.get("tasks").get(0).get("where").asString()).isEqualTo("第2行");
        assertThat(preview.get("tasks").get(0).get("leadUnits").get(0).asString()).isEqualTo("市发改委");
        assertThat(preview.get("tasks").get(1).get("leadUnits")).isEmpty();
        assertThat(preview.get("warnings")).extracting(w -> w.get("line").asInt()).contains(5);
        assertThat(new HttpJson(port).get("/api/summary").body()).isEqualTo(before);
    }

    @Test
    void aPreviewOfABrokenFileSaysWhyAndIsNotImportable() {
        HttpJson.Reply reply = editor().post("/api/documents?dryRun=true", "application/octet-stream",
                "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("importable").asBoolean()).isFalse();
        assertThat(reply.body().get("problems").get(0).get("message").asString()).contains("zip");
    }

    @Test
    void aDocumentThatNamesRolesButYieldsNoTaskIsRefusedNotStoredEmpty() {
        JsonNode before = new HttpJson(port).get("/api/summary").body();
        String roleWordsOnly = "关于做好2025年重点工作的通知\n各牵头单位、责任单位要加强协调，积极配合。\n督查室要跟踪督办。\n";
        HttpJson.Reply reply = editor().post("/api/documents", "text/plain",
                roleWordsOnly.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(422);
        assertThat(new HttpJson(port).get("/api/summary").body()).isEqualTo(before);
    }
}
