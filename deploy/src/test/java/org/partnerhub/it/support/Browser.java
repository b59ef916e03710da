package org.partnerhub.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium on a phone-sized screen (375 × 812 CSS pixels), speaking the language a test asks for. Uses the
 * machine's Chromium and ChromeDriver ({@code CHROME_BIN}, {@code CHROMEDRIVER}; Debian's paths by default) and never
 * downloads a browser.
 */
public final class Browser {

    public static final int PHONE_WIDTH = 375;
    public static final int PHONE_HEIGHT = 812;

    private Browser() {}

    /**
     * Whether Chromium and ChromeDriver are installed. Without them the browser tests are skipped with a message on a
     * developer's machine, and fail where {@code PARTNERHUB_REQUIRE_BROWSER=true} (CI sets it, after installing them).
     */
    public static void assumeAvailable() {
        boolean available = Files.isExecutable(Path.of(binary())) && Files.isExecutable(Path.of(driver()));
        String message = "Chromium and ChromeDriver are needed for the browser tests: "
                + "apt-get install -y chromium chromium-driver fonts-noto-cjk (or set CHROME_BIN and CHROMEDRIVER)";
        if (!available && Boolean.parseBoolean(System.getenv("PARTNERHUB_REQUIRE_BROWSER"))) {
            throw new IllegalStateException(message);
        }
        Assumptions.assumeTrue(available, message);
    }

    public static ChromeDriver phone(String acceptLanguage) {
        String binary = binary();
        String driver = driver();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=" + acceptLanguage);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 2.0, "touch", true)));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(driver).toFile())
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /**
     * A wait for a state of the page (an element, a text, an address), never for a time. While a click's answer replaces
     * the page, reading an element of the old one fails with a stale reference or ChromeDriver's "Node with given id
     * does not belong to the document" (an unknown error): those only mean "not there yet", so the wait asks again
     * until the new page shows the state or the time is up. 30 s leaves room for a loaded build machine.
     */
    public static WebDriverWait waiting(ChromeDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(NoSuchElementException.class);
        wait.ignoring(StaleElementReferenceException.class);
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /** Saves what the browser shows under {@code target/screenshots/}. */
    public static Path screenshot(ChromeDriver browser, String name) throws IOException {
        Path dir = Path.of(System.getProperty("partnerhub.it.work", "target/it")).getParent().resolve("screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** Whether the page is wider than the screen (it must never scroll sideways on a phone). */
    public static boolean overflowsHorizontally(ChromeDriver browser) {
        Object width = browser.executeScript("return document.documentElement.scrollWidth;");
        return ((Number) width).intValue() > PHONE_WIDTH;
    }

    private static String binary() {
        return env("CHROME_BIN", "/usr/bin/chromium");
    }

    private static String driver() {
        return env("CHROMEDRIVER", "/usr/bin/chromedriver");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
