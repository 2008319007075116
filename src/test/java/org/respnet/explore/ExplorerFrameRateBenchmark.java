package org.respnet.explore;

import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.respnet.RespNetIntegrationTest;
import org.respnet.Chromium;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Not a test: measures requestAnimationFrame frames per second while the explorer pans and zooms the
 * whole city graph in headless Chromium, and prints the figures. Its name matches neither the unit
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

    @LocalServerPort
    int port;

    @Test
    void panAndZoomTheWholeCity() {
        try (Chromium browser = Chromium.start(port)) {
            measure(browser, "全市网络（单位、领导、任务）", "/explore");
            measure(browser, "全市单位网络（汇总任务）", "/explore?view=units");
        }
    }

    private static void measure(Chromium browser, String label, String path) {
        browser.openReady(path);
        browser.until(d -> "false".equals(browser.script("return document.body.dataset.busy")));
        browser.screenshot("09-benchmark-" + (path.contains("units") ? "units" : "whole"));
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
