package org.disclosurestats.dashboard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * Page load of a dashboard that is already running somewhere, e.g. the packaged service on the synthetic national
 * dataset: {@code ./mvnw test -Dtest=DashboardLoadTimeTest -Ddashboard.url=http://127.0.0.1:8097/}. Without that
 * property it is skipped (the build's own browser test times the page on the seed data). Each view is opened twice:
 * with an empty browser cache, then again with the page, scripts and answers cached.
 */
class DashboardLoadTimeTest {

    static final String URL = System.getProperty("dashboard.url");
    /** The landing view, a province (its prefectures), a prefecture (its counties) and a family over every edition. */
    static final List<String> VIEWS = List.of("", "?division=440000", "?division=440300", "?division=650000&metric=family.requests_received");

    static WebDriver driver;

    @BeforeAll
    static void startBrowser() {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(), "Skipped: set -Ddashboard.url=http://host:port/ to time a running dashboard.");
        driver = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void everyViewDrawsItsFirstChartWithDataAndReportsHowLongItTook() {
        for (String view : VIEWS) {
            HeadlessChromium.Load cold = HeadlessChromium.load(driver, URL + view);
            HeadlessChromium.Load warm = HeadlessChromium.load(driver, URL + view);
            System.out.println("Dashboard " + URL + view + "\n  first load: " + cold + "\n  second load: " + warm);
            assertTrue(cold.firstChart() > 0 && warm.firstChart() > 0, "a chart with data is drawn for " + view);
            assertTrue(warm.ready() < 10_000, "the page is ready in seconds, not " + warm.ready() + " ms");
            ((org.openqa.selenium.chromium.ChromiumDriver) driver).executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
        }
    }
}
