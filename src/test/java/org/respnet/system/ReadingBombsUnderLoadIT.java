package org.respnet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.respnet.TestUsers;
import org.respnet.ingest.extract.FileBombs;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 25, finding 1, on the running server: the review's small files, each previewed and imported, three
 * uploads at a time. Each is refused naming the limit it hit (the whole-sheet merge is read as one range and
 * found to hold no task), nothing is written, and the server keeps answering its users meanwhile: every {@code /api/summary} asked during the attack answers within a second.
 */
@RespNetIntegrationTest
class ReadingBombsUnderLoadIT {

    private static final long ANSWER_WITHIN_MILLIS = 1_000;

    @LocalServerPort
    int port;

    @Test
    void threeBombsAtATimeAreRefusedNamingTheirLimitWhileTheServerKeepsAnswering() throws Exception {
        Map<String, byte[]> bombs = new LinkedHashMap<>();
        bombs.put("merged-whole-sheet.xlsx", FileBombs.wholeSheetMerge());
        bombs.put("last-column.xlsx", FileBombs.cellAtLastColumn(10_000));
        bombs.put("colspan.html", FileBombs.colspanTable());
        bombs.put("pages.pdf", FileBombs.pages(2_100));
        bombs.put("inflating.docx", FileBombs.inflatingDocx(40));
        bombs.forEach((name, bytes) -> assertThat(bytes.length).as(name).isLessThan(5 << 20)); // under the upload limit

        HttpJson editor = new HttpJson(port).as("editor", TestUsers.EDITOR_PASSWORD);
        HttpJson reader = new HttpJson(port);
        String documentsBefore = reader.get("/api/documents").raw();

        List<Long> answerMillis = new ArrayList<>();
        AtomicBoolean attacking = new AtomicBoolean(true);
        Thread probe = new Thread(() -> {
            while (attacking.get()) {
                long start = System.nanoTime();
                HttpJson.Reply summary = reader.get("/api/summary");
                long millis = (System.nanoTime() - start) / 1_000_000;
                synchronized (answerMillis) {
                    answerMillis.add(summary.status() == 200 ? millis : Long.MAX_VALUE);
                }
                sleep(50);
            }
        }, "summary-probe");
        probe.start();

        ExecutorService uploads = Executors.newFixedThreadPool(3);
        Map<String, Future<HttpJson.Reply>> replies = new LinkedHashMap<>();
        try {
            for (var bomb : bombs.entrySet()) {
                for (boolean dryRun : new boolean[] {true, false}) {
                    String path = "/api/documents?name=" + bomb.getKey() + "&dryRun=" + dryRun;
                    replies.put(bomb.getKey() + (dryRun ? " preview" : " import"), uploads.submit(
                            () -> editor.post(path, "application/octet-stream", bomb.getValue())));
                }
            }
            for (var reply : replies.entrySet()) {
                String name = reply.getKey();
                HttpJson.Reply answer = reply.getValue().get();
                if (name.startsWith("merged-whole-sheet")) {
                    // one range, read in bounded work: a sheet of two cells with no task, so nothing to import
                    boolean preview = name.endsWith("preview");
                    assertThat(answer.status()).as(name + ": " + answer.raw()).isEqualTo(preview ? 200 : 422);
                    if (preview) {
                        assertThat(answer.body().get("importable").asBoolean()).as(name).isFalse();
                    }
                    assertThat(answer.raw()).as(name).contains("读不出任何任务");
                    continue;
                }
                assertThat(answer.status()).as(name + ": " + answer.raw()).isEqualTo(422);
                assertThat(answer.body().get("limit").asString()).as(name).startsWith("respnet.import.limits.");
                assertThat(answer.body().get("detail").asString()).as(name).contains("上限");
            }
        } finally {
            uploads.shutdownNow();
            attacking.set(false);
            probe.join();
        }

        assertThat(reader.get("/api/documents").raw()).isEqualTo(documentsBefore);
        synchronized (answerMillis) {
            assertThat(answerMillis).hasSizeGreaterThan(3).allSatisfy(
                    millis -> assertThat(millis).isLessThan(ANSWER_WITHIN_MILLIS));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
