package org.respnet;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Debian Chromium driven through its own chromedriver, headless, with a fresh profile. Nothing is
 * downloaded: without /usr/bin/chromium the browser tests skip ({@link ChromiumInstalled}), except
 * under CI=true, where they fail. {@code -Dchromium.binary=} and {@code -Dchromium.driver=} point
 * elsewhere (a path that does not exist shows what a machine without Chromium does).
 */
public final class Chromium implements AutoCloseable {

    // Where Debian's chromium and chromium-driver install them: a browser on the machine, not a file the tests read.
    /** Where Debian's chromium and chromium-driver put the browser and its driver. */
    static final String BINARY_DEFAULT = "/usr/bin/chromium";
    static final String DRIVER_DEFAULT = "/usr/bin/chromedriver";
    public static final Path BINARY = Path.of(System.getProperty("chromium.binary", BINARY_DEFAULT));
    public static final Path DRIVER = Path.of(System.getProperty("chromium.driver", DRIVER_DEFAULT));

    /** The one line a run without Chromium prints, and the reason its browser tests are skipped. */
    static final String NOT_INSTALLED = "Browser tests skipped: no " + BINARY + " or " + DRIVER
            + "; to run them: apt-get install chromium chromium-driver";
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final int port;

    private Chromium(ChromeDriver driver, Path profile, int port) {
        this.driver = driver;
        this.profile = profile;
        this.port = port;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips (or under CI fails) the calling test when the Debian Chromium is not installed. */
    public static void requireInstalled() {
        if (!installed() && underCi()) {
            fail("CI=true but " + BINARY + " or " + DRIVER + " is missing: apt-get install chromium chromium-driver");
        }
        assumeTrue(installed(), NOT_INSTALLED);
    }

    public static Chromium start(int port) {
        requireInstalled();
        // Point Selenium at the installed driver so Selenium Manager never looks for (or fetches) one.
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        try {
            Path profile = Files.createTempDirectory("respnet-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BINARY.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--window-size=1440,1000", "--lang=zh-CN", "--user-data-dir=" + profile,
                    // Bootstrap scrolls smoothly unless motion is reduced; the driver clicks where it scrolled to
                    "--force-prefers-reduced-motion");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new Chromium(driver, profile, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public void open(String path) {
        driver.get(url(path));
    }

    /** Logs in on the login page as a user would, and waits until it has left for the page it sends to. */
    public void login(String user, String password) {
        open("/login");
        find("#username").sendKeys(user);
        find("#password").sendKeys(password);
        find("#login button[type=submit]").click();
        until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Opens a page and waits until its script marks the body ready (data loaded, drawn). */
    public void openReady(String path) {
        open(path);
        until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    public <T> T until(Function<WebDriver, T> condition) {
        // A page that re-renders a panel while the condition reads it leaves a stale element: read again.
        return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /**
     * Scrolls the element to the middle of the view and clicks it. The scroll is instant: Bootstrap makes the page's
     * scrolling smooth, and a click during the animation lands on whatever passes under the pointer.
     */
    public WebElement clickInView(WebElement element) {
        inView(element).click();
        return element;
    }

    public WebElement inView(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        return element;
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    public Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /**
     * Makes the page's viewport exactly {@code width × height} CSS pixels (a screen of that size, less
     * nothing for browser chrome); {@code 0, 0} restores the window's own size.
     */
    public void viewport(int width, int height) {
        if (width == 0) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
            return;
        }
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /**
     * A Chrome DevTools command and its answer: what Selenium does not offer, such as printing with the page size
     * the stylesheet asks for ({@code Page.printToPDF} with {@code preferCSSPageSize}) or print media on screen.
     */
    public java.util.Map<String, Object> cdp(String command, java.util.Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /** Saves what the browser shows now as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A profile left in /tmp is harmless.
        }
    }
}
