package org.respnet.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.respnet.BrowserPageTest;
import org.respnet.Chromium;
import org.respnet.RespNetIntegrationTest;

/**
 * The login and console pages in a real browser: the shared stylesheet and navigation, the console
 * link only for logged-in users, a login prompt before anything else, an example that runs as it is,
 * and a refusal said in words that clears the old results.
 */
@RespNetIntegrationTest
class ConsolePageIT extends BrowserPageTest {

    @Test
    void anonymousUsersSeeNoConsoleLinkAndALoginPromptFirst() {
        Chromium b = browser();
        b.open("/login");
        b.driver().manage().deleteAllCookies();
        b.openReady("/console");
        assertThat(b.find("#login-first").isDisplayed()).isTrue();
        assertThat(b.find("#workspace").isDisplayed()).isFalse();
        assertThat(b.find("#login-first").getText()).contains("请先登录");
        assertThat(navLinks(b)).containsExactly("总览", "关系探索", "任务台账", "报告对照", "督办看板", "年度对比", "文件", "导入");
        b.screenshot("console-anonymous");
    }

    @Test
    void anExampleRunsAsItIsAndARefusalIsSaidInWordsAndClearsTheResults() {
        Chromium b = browser();
        b.open("/login");
        b.until(d -> !d.findElements(By.cssSelector("#site-nav .nav-link")).isEmpty());
        assertThat(navLinks(b)).containsExactly("总览", "关系探索", "任务台账", "报告对照", "督办看板", "年度对比", "文件", "导入");
        b.screenshot("08-login");

        b.find("#username").sendKeys("viewer");
        b.find("#password").sendKeys("viewer-pass");
        b.find("#login button[type=submit]").click();
        b.until(d -> !d.getCurrentUrl().contains("/login"));

        b.openReady("/console");
        b.until(d -> navLinks(b).contains("查询控制台"));
        assertThat(navLinks(b)).containsExactly("总览", "关系探索", "任务台账", "报告对照", "督办看板", "年度对比", "文件", "导入", "查询控制台");
        assertThat(b.find("#site-nav .nav-link.active").getText()).isEqualTo("查询控制台");
        assertThat(b.find("#who").getText()).contains("viewer");

        // The busiest units, as the example is: its description in Chinese, its parameters filled.
        WebElement example = b.find("#examples [data-example='unit-workload']");
        assertThat(example.getText()).startsWith("每个单位承担多少项任务");
        example.click();
        assertThat(b.find("#params").getDomProperty("value")).contains("\"city\":\"随州\"").contains("\"limit\":10");
        b.find("#run").click();
        b.until(d -> d.findElements(By.cssSelector("#result tbody tr")).size() == 10);
        assertThat(b.find("#error").isDisplayed()).isFalse();
        assertThat(b.find("#result tbody").getText()).contains("市发改委").contains("市住建局");
        b.screenshot("console-example-unit-workload");

        b.find("#query").clear();
        b.find("#query").sendKeys("CREATE (n:Unit {name: 'x'})");
        b.find("#run").click();
        String error = b.until(d -> {
            WebElement e = d.findElement(By.id("error"));
            return e.isDisplayed() ? e.getText() : null;
        });
        assertThat(error).startsWith("控制台只能读").doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z]");
        assertThat(b.driver().findElements(By.cssSelector("#result tr"))).isEmpty();

        b.find("#query").clear();
        b.find("#query").sendKeys("MATCH (u:Unit) RETURN u.name LIMIT $limit");
        b.find("#params").clear();
        b.find("#params").sendKeys("{}");
        b.find("#run").click();
        b.until(d -> d.findElement(By.id("error")).getText().startsWith("缺少参数"));
        assertThat(b.find("#error").getText()).doesNotContain("Neo.").doesNotContain("@");
        b.screenshot("09-console-refused");
    }

    private static List<String> navLinks(Chromium b) {
        return b.driver().findElements(By.cssSelector("#site-nav .nav-link")).stream().map(WebElement::getText).toList();
    }
}
