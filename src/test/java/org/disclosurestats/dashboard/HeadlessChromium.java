package org.disclosurestats.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The headless Chromium the dashboard tests drive, and how they time a page load. */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** A started browser; skips the calling test only where no Chromium or chromedriver is installed. */
    static WebDriver start() {
        Optional<Path> browser = firstExecutable("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
        Optional<Path> chromedriver = firstExecutable("CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        // Only a machine without a browser skips: where one is installed, a browser that fails to start fails the test.
        Assumptions.assumeTrue(browser.isPresent() && chromedriver.isPresent(),
                "Skipped: no Chromium or chromedriver on this machine (apt-get install -y chromium chromium-driver; .ci/run installs them). "
                        + "Set CHROME_BIN and CHROMEDRIVER to use others.");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,2600",
                "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.get().toFile()).build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return driver;
    }

    private static Optional<Path> firstExecutable(String variable, String... candidates) {
        return Stream.concat(Stream.ofNullable(System.getenv(variable)), Stream.of(candidates))
                .map(Path::of).filter(Files::isExecutable).findFirst();
    }

    static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static void waitUntilReady(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "ready".equals(js(d, "return document.documentElement.dataset.state")));
    }

    /** What one page load cost, in ms from the navigation's start, as the browser measured it. */
    record Load(long firstChart, long ready, long domContentLoaded, String requests, String steps) {

        @Override
        public String toString() {
            return "first chart drawn with data at " + firstChart + " ms, every panel at " + ready + " ms (scripts run by " + domContentLoaded
                    + " ms); drawing (start+duration ms): " + steps + "; requests (start-end ms, body bytes on the wire or 'cached' / unpacked): " + requests;
        }
    }

    /** Opens a page of the dashboard and waits until every panel is drawn. */
    static Load load(WebDriver driver, String url) {
        driver.get(url);
        waitUntilReady(driver);
        Number firstChart = (Number) js(driver, "return window.dashboardFirstChartMs");
        return new Load(firstChart == null ? -1 : Math.round(firstChart.doubleValue()),
                ((Number) js(driver, "return Math.round(window.dashboardFirstReadyMs)")).longValue(),
                ((Number) js(driver, "return Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd)")).longValue(),
                (String) js(driver, "return performance.getEntriesByType('resource').map(e => `${decodeURIComponent(e.name.replace(location.origin, ''))} "
                        + "${Math.round(e.startTime)}-${Math.round(e.responseEnd)} ${e.transferSize ? e.encodedBodySize : 'cached'}/${e.decodedBodySize}`).join('; ')"),
                (String) js(driver, "return performance.getEntriesByType('measure').map(e => `${e.name} ${Math.round(e.startTime)}+${Math.round(e.duration)}`).join(', ')"));
    }
}
