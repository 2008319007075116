package org.respnet.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.respnet.HttpJson;
import org.respnet.RespNetApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 15, finding 1: a notice with one task naming 10,000 lead units is imported, its figures are
 * computed within bounds, and the application restarts on that store and serves — also when the
 * start-up recompute fails (the city is marked for ADMINs, nothing stops).
 */
class HugeTaskNoticeIT {

    private static final int UNITS = 10_000;

    @Test
    void aTenThousandUnitTaskNeitherStopsTheImportNorARestart() {
        String store = "target/neo4j-it/huge-" + System.nanoTime();
        String units = IntStream.rangeClosed(1, UNITS).mapToObj(i -> "市测试" + i + "局").collect(Collectors.joining("、"));
        String notice = """
                巨政办发〔2025〕1号
                巨型市人民政府办公室关于分解落实《政府工作报告》的通知

                巨型市人民政府各部门：

                现将《政府工作报告》确定的工作任务进行责任分解。

                《政府工作报告》重点工作责任分解
                一、一个很大的任务

                1.所有单位共同完成的任务。（责任领导：张三；牵头单位：%s。）

                2.第二项任务。（责任领导：张三；牵头单位：市测试1局、市测试2局。）
                """.formatted(units);

        try (ConfigurableApplicationContext first = start(store)) {
            HttpJson editor = new HttpJson(port(first)).as("admin", "admin-pass");
            long started = System.nanoTime();
            HttpJson.Reply imported = editor.post("/api/documents", "text/plain; charset=UTF-8",
                    notice.getBytes(StandardCharsets.UTF_8));
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            System.out.println("10,000-unit notice imported in " + millis + " ms: " + imported.status());
            assertThat(imported.status()).as(imported.raw().substring(0, Math.min(500, imported.raw().length())))
                    .isEqualTo(201);
            assertThat(editor.get("/api/admin/figures").body().get("failed").size()).isZero();
            HttpJson.Reply unit = editor.get("/api/units/" + HttpJson.enc("市测试9999局") + "?city=" + HttpJson.enc("巨型"));
            assertThat(unit.status()).as(unit.raw()).isEqualTo(200);
            assertThat(unit.raw()).contains("\"lead\":1");
        }

        // A restart that must recompute (other weights) with no bound and a tiny time limit: it fails,
        // and the application starts and serves anyway, showing the failure to an ADMIN.
        try (ConfigurableApplicationContext second = start(store, "--respnet.bottleneck.weights.lead=0.3",
                "--respnet.figures.max-units-per-task=100000", "--respnet.figures.timeout=1s")) {
            HttpJson admin = new HttpJson(port(second)).as("admin", "admin-pass");
            assertThat(new HttpJson(port(second)).get("/api/summary").status()).isEqualTo(200);
            HttpJson.Reply figures = admin.get("/api/admin/figures");
            System.out.println("Figures after a failing start-up recompute: " + figures.raw());
            assertThat(figures.body().get("failed").toString()).contains("巨型");
            assertThat(new HttpJson(port(second)).as("viewer-less", "x").get("/api/admin/figures").status()).isEqualTo(401);
        }

        // And a plain restart computes them again and serves.
        try (ConfigurableApplicationContext third = start(store)) {
            assertThat(new HttpJson(port(third)).get("/api/summary").status()).isEqualTo(200);
            assertThat(new HttpJson(port(third)).asAdmin().get("/api/admin/figures").body().get("failed").size()).isZero();
        }
    }

    private static ConfigurableApplicationContext start(String store, String... more) {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of(
                "--server.port=0", "--respnet.neo4j.embedded.data-dir=" + store, "--respnet.import.import-on-start=false",
                "--respnet.security.admin-password=admin-pass"), java.util.stream.Stream.of(more)).toArray(String[]::new);
        return new SpringApplicationBuilder(RespNetApplication.class).run(args);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
