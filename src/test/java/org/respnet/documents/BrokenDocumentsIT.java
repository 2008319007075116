package org.respnet.documents;

import org.respnet.SeedDocuments;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Documents in every state, through {@code POST /api/documents} and the start-up import. Own context
 * and store: the start-up folder holds the seed notice encoded in GBK beside broken files, and some
 * tests here add documents that other test classes must not see.
 */
@RespNetIntegrationTest
@DirtiesContext
class BrokenDocumentsIT {

    private static final Path SEED = SeedDocuments.NOTICE;
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** The line of task 11, whose 牵头单位 key the broken copy misspells. */
    private static final int TASK_11_LINE = 53;

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @DynamicPropertySource
    static void startupFolder(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory(Path.of("target"), "startup-import-");
        Files.write(dir.resolve("000_seed_gbk.txt"), seedText().getBytes(GBK));
        Files.write(dir.resolve("001_broken.txt"), brokenCopy().getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("002_binary.txt"), binary());
        Files.write(dir.resolve("003_empty.txt"), new byte[0]);
        Files.copy(Path.of("import/units.csv"), dir.resolve("units.csv"));
        registry.add("respnet.import.dir", dir::toString);
    }

    private static String seedText() {
        try {
            return Files.readString(SEED, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String brokenCopy() {
        List<String> lines = new ArrayList<>(seedText().lines().toList());
        String line = lines.get(TASK_11_LINE - 1);
        assertThat(line).startsWith("11.").contains("牵头单位：市经信局");
        lines.set(TASK_11_LINE - 1, line.replace("牵头单位：市经信局", "牵头单住：市经信局"));
        return String.join("\n", lines);
    }

    private static byte[] binary() {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 % 256);
        }
        return bytes;
    }

    private HttpJson editor() {
        return new HttpJson(port).as("editor", org.respnet.TestUsers.EDITOR_PASSWORD);
    }

    @Test
    void startupImportDecodesGbkAndSkipsBrokenFiles() {
        try (Session session = driver.session()) {
            var docs = session.run("MATCH (d:Document) RETURN d.title AS title, d.city AS city,"
                    + " COUNT { (d)-[:HAS_TASK]->() } AS tasks").list();
            assertThat(docs).hasSize(1);
            assertThat(docs.getFirst().get("city").asString()).isEqualTo("随州");
            assertThat(docs.getFirst().get("tasks").asInt()).isEqualTo(167);
            assertThat(docs.getFirst().get("title").asString()).contains("政府工作报告");
        }
    }

    @Test
    void decodesEveryEncodingOfTheSeedToTheSameDocument() {
        String utf8Id = idOf(editor().post("/api/documents", "text/plain", seedText().getBytes(StandardCharsets.UTF_8)));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = seedText().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = Arrays.copyOf(bom, bom.length + utf8.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
        for (byte[] encoded : List.of(withBom, seedText().getBytes(GBK), seedText().getBytes(GB18030))) {
            HttpJson.Reply reply = editor().post("/api/documents", "application/octet-stream", encoded);
            assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
            assertThat(reply.body().get("alreadyImported").asBoolean()).isTrue();
            assertThat(reply.body().get("documentId").asString()).isEqualTo(utf8Id);
            assertThat(reply.body().get("tasks").asInt()).isEqualTo(167);
        }
    }

    @Test
    void importsAModifiedGbkCopyAsANewDocument() {
        String other = seedText().replace("随州", "荆门").replace("随政办发", "荆政办发");
        HttpJson.Reply reply = editor().post("/api/documents?name=jingmen.txt", "text/plain", other.getBytes(GBK));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        assertThat(reply.body().get("city").asString()).isEqualTo("荆门");
        assertThat(reply.body().get("tasks").asInt()).isEqualTo(167);
    }

    @Test
    void refusesEmptyBinaryAndNonNoticeInputWithAClearMessage() {
        assertRejected(new byte[0], "文件是空的");
        assertRejected(binary(), "既不是UTF-8也不是GB18030/GBK编码的文本");
        assertRejected("PK\u0003\u0004\u0000\u0000word/document.xml\u0000\u0000".getBytes(StandardCharsets.UTF_8),
                "损坏或不完整的 zip 压缩包");
        assertRejected("会议纪要\n今天天气很好，大家讨论了午餐。\n".getBytes(StandardCharsets.UTF_8), "这不是任务分解通知");
    }

    @Test
    void refusesOneUnreadableAssignmentNamingItsLineAndWritesNothing() {
        long[] before = counts();
        HttpJson.Reply reply = editor().post("/api/documents", "text/plain", brokenCopy().getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().get("problems")).hasSize(1);
        assertThat(reply.body().get("problems").get(0).get("line").asInt()).isEqualTo(TASK_11_LINE);
        assertThat(reply.body().get("problems").get(0).get("message").asString()).contains("牵头单住");
        assertThat(counts()).containsExactly(before);
    }

    /** Issue 25, finding 1: a 28 KB page of colspan=1000 cells took 194 s and 6.6 GB; preview and import refuse it alike. */
    @Test
    void refusesAPreviewAndAnImportOverTheCellLimitWith422NamingIt() {
        String row = "<td colspan=1000>市发改委</td>".repeat(600);
        byte[] bomb = ("<html><body><p>关于分解落实2024年《政府工作报告》的通知</p><table><tr>" + row + "</tr></table>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
        long[] before = counts();

        for (String path : List.of("/api/documents?dryRun=true", "/api/documents")) {
            HttpJson.Reply reply = editor().post(path, "text/html", bomb);

            assertThat(reply.status()).as(path + ": " + reply.raw()).isEqualTo(422);
            assertThat(reply.body().get("limit").asString()).isEqualTo("respnet.import.limits.cells");
            assertThat(reply.body().get("detail").asString())
                    .startsWith("文件超出导入限制 respnet.import.limits.cells：表格单元格超过上限 500000 个");
        }
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void refusesRawBodiesAndFilesOverTheSizeLimitWith413() {
        long[] before = counts();
        byte[] huge = new byte[5 * 1024 * 1024 + 1024];
        Arrays.fill(huge, (byte) 'x');
        HttpJson.Reply raw = editor().post("/api/documents", "text/plain", huge);
        assertThat(raw.status()).as(raw.raw()).isEqualTo(413);
        assertThat(raw.body().get("error").asString()).contains("文件过大", "respnet.import.max-document-size");

        String boundary = "----respnet-test";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] multipart = new byte[head.length + huge.length + tail.length];
        System.arraycopy(head, 0, multipart, 0, head.length);
        System.arraycopy(huge, 0, multipart, head.length, huge.length);
        System.arraycopy(tail, 0, multipart, head.length + huge.length, tail.length);
        HttpJson.Reply file = editor().post("/api/documents", "multipart/form-data; boundary=" + boundary, multipart);
        assertThat(file.status()).as(file.raw()).isEqualTo(413);
        assertThat(counts()).containsExactly(before);
    }

    @Test
    void importsTheSameDocumentUploadedTwiceAtOnceExactlyOnce() throws Exception {
        byte[] doc = seedText().replace("随州", "孝感").replace("随政办发", "孝政办发").getBytes(StandardCharsets.UTF_8);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<HttpJson.Reply> upload = () -> {
                start.await();
                return HttpJson.send(editor().request("/api/documents").header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(doc)).build());
            };
            Future<HttpJson.Reply> first = pool.submit(upload);
            Future<HttpJson.Reply> second = pool.submit(upload);
            start.countDown();
            List<Integer> statuses = List.of(first.get().status(), second.get().status());
            assertThat(statuses).as(first.get().raw() + " / " + second.get().raw()).containsExactlyInAnyOrder(201, 200);
        } finally {
            pool.shutdown();
        }
        try (Session session = driver.session()) {
            assertThat(session.run("MATCH (d:Document {city: '孝感'}) RETURN count(d) AS n").single().get("n").asInt())
                    .isEqualTo(1);
            assertThat(session.run("MATCH (t:Task {city: '孝感'}) RETURN count(t) AS n").single().get("n").asInt())
                    .isEqualTo(167);
        }
    }

    private void assertRejected(byte[] body, String message) {
        HttpJson.Reply reply = editor().post("/api/documents", "application/octet-stream", body);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(422);
        assertThat(reply.body().get("problems").get(0).get("message").asString()).contains(message);
    }

    private static String idOf(HttpJson.Reply reply) {
        assertThat(reply.status()).as(reply.raw()).isIn(200, 201);
        return reply.body().get("documentId").asString();
    }

    private long[] counts() {
        try (Session session = driver.session()) {
            return new long[] {
                    session.run("MATCH (n) RETURN count(n) AS c").single().get("c").asLong(),
                    session.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong()};
        }
    }
}
