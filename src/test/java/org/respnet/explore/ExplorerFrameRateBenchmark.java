package org.respnet.explore;

import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.respnet.RespNetIntegrationTest;
import org.respnet.Chromium;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Not a test: measures, in headless Chromium, how long the explorer takes to fetch and draw a view
 * (the issue 11 budgets: a unit at depth 1 within 1.0 s, the city overview within 2.0 s) and the
 * requestAnimationFrame frames per second and slowest frame while it pans and zooms (budget: no frame
 * over 100 ms), and prints the figures. Its name matches neither the unit
 * nor the integration test patterns, so {@code verify} never runs it; run it with
 * {@code ./mvnw verify -Dit.test=ExplorerFrameRateBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@RespNetIntegrationTest
class ExplorerFrameRateBenchmark {

    private static final int SECONDS = 5;

    /** Pans in a circle and zooms in and out every frame for the given time; answers frames, seconds and the slowest frame. */
    private static final String PAN_AND_ZOOM = """
            const done = arguments[arguments.length - 1];
            const cy = respnet.cy;
            cy.fit();
            const zoom0 = cy.zoom(), start = performance.now();
            let frames = 0, last = start, worst = 0;
            function step(now) {
              frames++;
              worst = Math.max(worst, now - last);
              last = now;
              const t = (now - start) / 1000;
              cy.viewport({ zoom: zoom0 * (1.2 + 0.8 * Math.sin(t * 2)),
                            pan: { x: 300 + 200 * Math.cos(t * 3), y: 300 + 150 * Math.sin(t * 3) } });
              if (now - start < arguments[0] * 1000) requestAnimationFrame(step);
              else done({ frames, seconds: (now - start) / 1000, worstMs: worst,
                          nodes: cy.nodes().length, edges: cy.edges().length });
            }
            requestAnimationFrame(step);
            """;

    /** Loads the view the address names again and answers the milliseconds until it is on screen (two frames later). */
    private static final String DRAW = """
            const done = arguments[arguments.length - 1];
            const t0 = performance.now();
            Promise.resolve(respnet.load()).then(() => requestAnimationFrame(() => requestAnimationFrame(() =>
              done({ ms: performance.now() - t0, nodes: respnet.cy.nodes().length, edges: respnet.cy.edges().length }))));
            """;

    private static final int DRAWS = 3;

    @LocalServerPort
    int port;

    @Test
    void drawTimes() {
        try (Chromium browser = Chromium.start(port)) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1920, 1080));
            draw(browser, "打开 /explore（默认视图）", "/explore");
            draw(browser, "全市单位网络", "/explore?view=units");
            draw(browser, "全市网络（全部节点）", "/explore?view=all");
            draw(browser, "市发改委 1 层", "/explore?focus=" + enc("市发改委"));
            draw(browser, "市发改委 3 层", "/explore?focus=" + enc("市发改委") + "&depth=3");
        }
    }

    @Test
    void panAndZoomTheWholeCity() {
        try (Chromium browser = Chromium.start(port)) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1920, 1080));
            measure(browser, "全市单位网络（汇总任务）", "/explore?view=units");
            measure(browser, "全市网络（单位、领导、任务）", "/explore?view=all");
            measure(browser, "市发改委 3 层", "/explore?focus=" + enc("市发改委") + "&depth=3");
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void draw(Chromium browser, String label, String path) {
        browser.openReady(path);
        browser.until(d -> "false".equals(browser.script("return document.body.dataset.busy")));
        StringBuilder times = new StringBuilder();
        Object nodes = null;
        double worst = 0;
        for (int i = 0; i < DRAWS; i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) browser.asyncScript(DRAW);
            double ms = ((Number) r.get("ms")).doubleValue();
            worst = Math.max(worst, ms);
            times.append(times.isEmpty() ? "" : ", ").append(Math.round(ms));
            nodes = r.get("nodes");
        }
        System.out.printf("DRAW %s: %s ms (slowest %.0f ms; %s nodes)%n", label, times, worst, nodes);
    }

    private static void measure(Chromium browser, String label, String path) {
        browser.openReady(path);
        browser.until(d -> "false".equals(browser.script("return document.body.dataset.busy")));
        browser.screenshot("09-benchmark-" + (path.contains("units") ? "units" : path.contains("all") ? "whole" : "depth3"));
        // Warm up so the first texture cache and JIT are not counted.
        browser.asyncScript(PAN_AND_ZOOM.replace("arguments[0]", "1"));
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) browser.asyncScript(PAN_AND_ZOOM.replace("arguments[0]", "" + SECONDS));
        double fps = ((Number) r.get("frames")).doubleValue() / ((Number) r.get("seconds")).doubleValue();
        System.out.printf("FPS %s: %.1f frames/s over %.1f s (%s nodes, %s edges, slowest frame %.0f ms)%n", label, fps,
                ((Number) r.get("seconds")).doubleValue(), r.get("nodes"), r.get("edges"),
                ((Number) r.get("worstMs")).doubleValue());
    }
}
