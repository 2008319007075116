package org.respnet.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.respnet.BrowserPageTest;
import org.respnet.Chromium;
import org.respnet.RespNetIntegrationTest;

/** Unknown addresses in a real browser: a Chinese page with the right status, never Spring's English one. */
@RespNetIntegrationTest
class ErrorPagesIT extends BrowserPageTest {

    @Test
    void anUnknownAddressIsAChinesePageWithStatus404() {
        Chromium b = browser();
        b.open("/no-such-page");
        b.until(d -> !d.findElements(By.id("error-title")).isEmpty());
        assertThat(b.script("return performance.getEntriesByType('navigation')[0].responseStatus")).isEqualTo(404L);
        assertThat(b.find("#error-title").getText()).isEqualTo("找不到这个页面");
        assertThat(b.find("main").getText()).contains("回到总览");
        assertThat(b.driver().getPageSource()).doesNotContain("Whitelabel").doesNotContain("There was an unexpected error");
        assertThat(b.driver().getTitle()).isEqualTo("找不到这个页面 · 责任网络");
        b.until(d -> d.findElement(By.cssSelector("#site-nav .navbar-brand")).isDisplayed());
        b.screenshot("error-404");
    }
}
