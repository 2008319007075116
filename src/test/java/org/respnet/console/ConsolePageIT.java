package org.respnet.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.respnet.BrowserPageTest;
import org.respnet.Chromium;
import org.respnet.RespNetIntegrationTest;

/** The login and console pages in a real browser: the shared stylesheet and navigation, and a refusal shown with its reason. */
@RespNetIntegrationTest
class ConsolePageIT extends BrowserPageTest {

    @Test
    void loginAndConsoleShareTheNavigationAndARefusalShowsItsReason() {
        Chromium b = browser();
        b.open("/login");
        b.until(d -> !d.findElements(By.cssSelector("#site-nav .nav-link")).isEmpty());
        assertThat(navLinks(b)).containsExactly("总览", "关系探索", "任务台账", "查询控制台");
        b.screenshot("08-login");

        b.find("#username").sendKeys("viewer");
        b.find("#password").sendKeys("viewer-pass");
        b.find("#login button[type=submit]").click();
        b.until(d -> !d.getCurrentUrl().contains("/login"));

        b.open("/console");
        b.until(d -> !d.findElements(By.cssSelector("#examples button")).isEmpty());
        assertThat(b.find("#site-nav .nav-link.active").getText()).isEqualTo("查询控制台");
        assertThat(b.find("#who").getText()).contains("viewer");
        b.find("#query").clear();
        b.find("#query").sendKeys("CREATE (n:Unit {name: 'x'})");
        b.find("#run").click();
        String error = b.until(d -> {
            WebElement e = d.findElement(By.id("error"));
            return e.isDisplayed() ? e.getText() : null;
        });
        assertThat(error).startsWith("[write]");
        b.screenshot("09-console-refused");
    }

    private static List<String> navLinks(Chromium b) {
        return b.driver().findElements(By.cssSelector("#site-nav .nav-link")).stream().map(WebElement::getText).toList();
    }
}
