package org.respnet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One headless Chromium per page test class, started on first use and pointed at the application
 * under test; the class skips before its application starts (or, under CI, fails) where Chromium is
 * not installed.
 */
@ExtendWith(ChromiumInstalled.class)
public abstract class BrowserPageTest {

    private static Chromium browser;

    @LocalServerPort
    protected int port;

    /** Under CI a missing Chromium fails the class here, once, rather than each test. */
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
