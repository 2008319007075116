package org.respnet.explore;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One headless Chromium per page test class, started on first use and pointed at the application
 * under test; the class skips (or, under CI, fails) where Chromium is not installed.
 */
abstract class BrowserPageTest {

    private static Chromium browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void browserInstalled() {
        Chromium.requireInstalled();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    Chromium browser() {
        if (browser == null) {
            browser = Chromium.start(port);
        }
        return browser;
    }
}
