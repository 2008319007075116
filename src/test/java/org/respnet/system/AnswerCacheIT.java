package org.respnet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.respnet.HttpJson.enc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.respnet.HttpJson;
import org.respnet.RespNetIntegrationTest;
import org.respnet.TestUsers;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14: an answer is served again, with its ETag, until the graph's change marker changes; an import is
 * seen by the very next answer, and a city's answers outlive another city's import.
 */
@RespNetIntegrationTest
// Imports a second city: a database of its own, so no other test sees it.
@TestPropertySource(properties = "spring.application.name=respnet-answer-cache")
class AnswerCacheIT {

    /** 鞍山市立山区 2023: 6 tasks (src/test/resources/notices/lishan-2023, counted by hand in expected.tsv). */
    private static final Path LISHAN = Path.of("src/test/resources/notices/lishan-2023/notice.txt");

    @LocalServerPort
    int port;

    @Test
    void servesAnAnswerAgainUntilAnImportChangesItAndKeepsOtherCitiesAnswers() throws IOException {
        HttpJson http = new HttpJson(port);
        String suizhouUnits = "/api/units?city=" + enc("随州") + "&limit=5";

        HttpResponse<byte[]> first = http.download("/api/summary");
        HttpResponse<byte[]> again = http.download("/api/summary");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue(AnswerCache.STATUS_HEADER)).hasValue("hit");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(tasks(again)).isEqualTo(167);
        HttpResponse<String> revalidated = http.exchange(http.request("/api/summary").header("If-None-Match", etag)
                .GET().build());
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();

        HttpResponse<byte[]> cityBefore = http.download(suizhouUnits);
        assertThat(http.download(suizhouUnits).headers().firstValue(AnswerCache.STATUS_HEADER)).hasValue("hit");

        HttpJson.Reply imported = http.as("editor", TestUsers.EDITOR_PASSWORD).post("/api/documents?name=lishan.txt",
                "text/plain;charset=UTF-8", Files.readAllBytes(LISHAN));
        assertThat(imported.status()).isEqualTo(201);

        HttpResponse<byte[]> after = http.download("/api/summary");
        assertThat(after.headers().firstValue(AnswerCache.STATUS_HEADER)).hasValue("miss");
        assertThat(tasks(after)).isEqualTo(167 + 6);
        assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        // The ETag the browser holds no longer matches: it gets the new answer, not 304.
        assertThat(http.exchange(http.request("/api/summary").header("If-None-Match", etag).GET().build())
                .statusCode()).isEqualTo(200);

        // 立山区's import renewed only its own city's marker (and the whole graph's): 随州's answer is served again.
        HttpResponse<byte[]> cityAfter = http.download(suizhouUnits);
        assertThat(cityAfter.headers().firstValue(AnswerCache.STATUS_HEADER)).hasValue("hit");
        assertThat(cityAfter.body()).isEqualTo(cityBefore.body());
    }

    @Test
    void neverKeepsAnswersThatDependOnTheCallerNorGivesAnErrorAnETag() {
        HttpJson http = new HttpJson(port);
        HttpResponse<byte[]> unknown = http.download("/api/units/" + enc("不存在的单位"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("ETag")).isEmpty();
        assertThat(http.download("/api/session").headers().firstValue(AnswerCache.STATUS_HEADER)).isEmpty();
        assertThat(http.asAdmin().download("/api/admin/audit").headers().firstValue(AnswerCache.STATUS_HEADER)).isEmpty();
    }

    @Test
    void sendsALargeAnswerGzippedToClientsThatAcceptGzipAndAsItIsToOthers() throws IOException {
        HttpJson http = new HttpJson(port);
        // 随州's 85 units with their workloads: well over the size from which answers are kept gzipped too
        String units = "/api/units?city=" + enc("随州") + "&limit=100";
        HttpResponse<byte[]> plain = http.download(units);
        assertThat(plain.body().length).isGreaterThan(AnswerCache.COMPRESS_FROM);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.headers().allValues("Vary")).anyMatch(vary -> vary.contains("Accept-Encoding"));

        for (int call = 0; call < 2; call++) {
            HttpResponse<byte[]> gzipped = http.download(http.request(units).header("Accept-Encoding", "gzip, deflate, br")
                    .GET().build());
            assertThat(gzipped.headers().firstValue(AnswerCache.STATUS_HEADER)).hasValue("hit");
            assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(gzipped.body().length).isLessThan(plain.body().length / 3);
            try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
                assertThat(in.readAllBytes()).isEqualTo(plain.body());
            }
        }
        // refused by q=0, or a small answer: as it is
        HttpResponse<byte[]> refused = http.download(http.request(units).header("Accept-Encoding", "gzip;q=0, identity")
                .GET().build());
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.body()).isEqualTo(plain.body());
        HttpResponse<byte[]> summary = http.download(http.request("/api/summary").header("Accept-Encoding", "gzip")
                .GET().build());
        assertThat(summary.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(tasks(summary)).isPositive();
    }

    private static int tasks(HttpResponse<byte[]> summary) {
        return JsonMapper.builder().build().readTree(summary.body()).get("tasks").asInt();
    }
}
