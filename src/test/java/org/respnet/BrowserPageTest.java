package org.respnet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One headless Chromium per page test class, started on first use and pointed at the application
 * under test; the class skips (or, under CI, fails) where Chromium is not installed.
 */
public abstract class BrowserPageTest {

    private static Chromium browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    public static void browserInstalled() {
        Chromium.requireInstalled();
    }

    @AfterAll
    public static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    public Chromium browser() {
        if (browser == null) {
            browser = Chromium.start(port);
        }
        return browser;
    }
}
