package org.disclosurestats.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: headless Chromium opens the page served by the test service, picks 新疆 and a
 * metric, and reads what ECharts drew from the chart instances (not from pixels).
 */
@QuarkusTest
class DashboardBrowserTest {

    // 政务微博公开政府信息数 in the seed reports: 乌鲁木齐市 states it for 2014, 阿拉山口市 (博尔塔拉州) for 2018,
    // the region reports its own aggregate for 2016; nothing is stated for 2015 or 2017.
    static final String METRIC = "pro.channel.weibo";
    static final String URUMQI = "650100";
    static final String BORTALA = "652700";

    static WebDriver driver;

    @TestHTTPResource("/")
    URL page;

    @BeforeAll
    static void startBrowser() {
        driver = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void pickingXinjiangAndAMetricDrawsThePrefectureTotalsWithGapsAndShowsTheSourceSentenceOfAClickedBar() throws IOException {
        HeadlessChromium.Load cold = HeadlessChromium.load(driver, page.toString());
        HeadlessChromium.Load warm = HeadlessChromium.load(driver, page.toString());
        System.out.println("Dashboard page load, seed data (the landing view: provinces, " + js("return dashboard.state.metric") + "):\n  first load (service cold): "
                + cold + "\n  second load: " + warm);
        assertTrue(warm.firstChart() > 0, "the landing view draws a chart with data");
        assertTrue(warm.ready() < 10_000, "the page is ready in seconds, not " + warm.ready() + " ms");
        List<?> nation = (List<?>) js("return echarts.getInstanceByDom(document.getElementById('series-chart')).getOption().series[0].data"
                + ".filter(d => d.value != null).map(d => d.year + ' ' + d.value)");
        assertEquals(servedNationalSeries(), nation, "the landing view draws the whole country's series as the API serves it");

        WebElement search = driver.findElement(By.id("division-search"));
        search.sendKeys("烏魯木齊");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#division-results button[data-code='" + URUMQI + "']")));
        search.clear();

        search.sendKeys("新疆");
        WebElement xinjiang = new WebDriverWait(driver, Duration.ofSeconds(10)).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#division-results button[data-code='650000']")));
        xinjiang.click();
        waitUntilReady();
        new Select(driver.findElement(By.id("metric-select"))).selectByValue(METRIC);
        waitUntilReady();
        assertTrue(driver.getCurrentUrl().contains("division=650000") && driver.getCurrentUrl().contains("metric=" + METRIC),
                "the view is in the URL: " + driver.getCurrentUrl());

        Map<String, Map<Integer, BigDecimal>> drawn = drawnBars();
        Map<String, Map<Integer, BigDecimal>> served = servedTotals(2014, 2018);
        served.forEach((name, years) -> years.forEach((year, total) ->
                assertEquals(total, drawn.get(name).get(year), "the bar of " + name + " " + year + " is the API's total")));
        drawn.forEach((name, years) -> years.forEach((year, value) -> {
            if (!served.get(name).containsKey(year)) {
                assertNull(value, name + " was no division in " + year + ": nothing is drawn");
            }
        }));
        assertEquals(new BigDecimal("1725"), drawn.get("乌鲁木齐市").get(2014));
        assertEquals(new BigDecimal("3175"), drawn.get("博尔塔拉蒙古自治州").get(2018));
        assertTrue(drawn.get("乌鲁木齐市").containsKey(2016), "the year without a figure is drawn");
        assertNull(drawn.get("乌鲁木齐市").get(2016), "a year without a figure is a gap, not a zero bar");

        WebElement gapCell = driver.findElement(By.cssSelector("#totals-table td[data-division='" + URUMQI + "'][data-year='2016']"));
        assertEquals("—", gapCell.getText());
        assertTrue(gapCell.getAttribute("class").contains("gap"));
        List<?> seriesValues = (List<?>) js("return echarts.getInstanceByDom(document.getElementById('series-chart')).getOption()"
                + ".series[0].data.map(d => d.value)");
        assertNull(seriesValues.get(1), "2015 breaks the region's line instead of dropping to zero");
        assertEquals(19063L, ((Number) seriesValues.get(2)).longValue(), "2016 is the region's own aggregate report");

        clickBar("博尔塔拉蒙古自治州", 2018);
        WebElement mark = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#report-text mark")));
        assertTrue(mark.getText().contains("政务微博公开政府信息数3175条"), "the highlighted source sentence: " + mark.getText());
        assertTrue(driver.findElement(By.id("report-title")).getText().contains("阿拉山口市"));

        driver.findElement(By.cssSelector("#totals-table tr.own td[data-year='2016']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#report-text mark"), "19063"));
        assertTrue(driver.findElement(By.id("report-title")).getText().contains("新疆维吾尔自治区"));

        js("window.scrollTo(0, 0)");
        Path shot = Path.of("target", "dashboard.png");
        Files.createDirectories(shot.getParent());
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("Dashboard screenshot: " + shot.toAbsolutePath());
    }

    @Test
    void anUnknownDivisionInTheLinkShowsTheApisErrorInsteadOfEmptyCharts() {
        driver.get(page + "?division=999999&metric=" + METRIC);
        waitUntilReady();
        WebElement message = driver.findElement(By.id("message"));
        assertTrue(message.isDisplayed());
        assertTrue(message.getText().contains("999999") && message.getText().contains("404"), message.getText());
    }

    @Test
    void aMetricNoReportStatesSaysSoInsteadOfDrawingZeros() {
        driver.get(page + "?division=650000&metric=appeal.review.total&from=2014&to=2018");
        waitUntilReady();
        WebElement message = driver.findElement(By.id("message"));
        assertTrue(message.isDisplayed());
        assertTrue(message.getText().startsWith("No report states"), message.getText());
        List<?> values = (List<?>) js("return echarts.getInstanceByDom(document.getElementById('totals-chart')).getOption()"
                + ".series.flatMap(s => s.data.map(d => d.value))");
        assertFalse(values.isEmpty());
        values.forEach(v -> assertNull(v, "nothing stated is drawn as nothing"));
    }

    private void waitUntilReady() {
        HeadlessChromium.waitUntilReady(driver);
    }

    private Object js(String script, Object... args) {
        return HeadlessChromium.js(driver, script, args);
    }

    /** "year value" of each year the national series of the landing view has a value, as the API serves it. */
    @SuppressWarnings("unchecked")
    private List<String> servedNationalSeries() {
        Map<String, Object> state = (Map<String, Object>) js("return {metric: dashboard.state.metric, from: document.getElementById('year-from').value,"
                + " to: document.getElementById('year-to').value}");
        List<Map<String, Object>> points = given().queryParam("metric", state.get("metric")).queryParam("yearFrom", state.get("from"))
                .queryParam("yearTo", state.get("to")).get("/api/v1/series/national").then().statusCode(200).extract().jsonPath().getList("items");
        return points.stream().filter(p -> p.get("value") != null).map(p -> p.get("year") + " " + p.get("value")).toList();
    }

    /** Division name → year → the bar's value (null for a gap), as the totals chart holds them. */
    @SuppressWarnings("unchecked")
    private Map<String, Map<Integer, BigDecimal>> drawnBars() {
        Map<String, Object> option = (Map<String, Object>) js("const o = echarts.getInstanceByDom(document.getElementById('totals-chart')).getOption();"
                + "return {names: o.xAxis[0].data, series: o.series.map(s => ({year: s.name, values: s.data.map(d => d.value == null ? null : String(d.value))}))};");
        List<String> names = (List<String>) option.get("names");
        Map<String, Map<Integer, BigDecimal>> bars = new HashMap<>();
        for (Map<String, Object> s : (List<Map<String, Object>>) option.get("series")) {
            int year = Integer.parseInt((String) s.get("year"));
            List<String> values = (List<String>) s.get("values");
            for (int i = 0; i < names.size(); i++) {
                bars.computeIfAbsent(names.get(i), n -> new HashMap<>()).put(year, values.get(i) == null ? null : new BigDecimal(values.get(i)));
            }
        }
        return bars;
    }

    /** The same totals as the API serves them (read the same way a dashboard does). */
    private Map<String, Map<Integer, BigDecimal>> servedTotals(int from, int to) {
        List<Map<String, Object>> rows = given().queryParam("metric", METRIC).queryParam("by", "prefecture").queryParam("within", "650000")
                .queryParam("yearFrom", from).queryParam("yearTo", to).get("/api/v1/aggregates/totals")
                .then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Map<Integer, BigDecimal>> totals = new HashMap<>();
        for (Map<String, Object> row : rows) {
            Object division = row.get("division");
            String name = division instanceof Map<?, ?> d ? (String) d.get("name") : (String) row.get("divisionName");
            Object total = row.get("total");
            totals.computeIfAbsent(name, n -> new HashMap<>()).put((Integer) row.get("year"), total == null ? null : new BigDecimal(total.toString()));
        }
        return totals;
    }

    /** Clicks the middle of the drawn bar, where a person would. */
    @SuppressWarnings("unchecked")
    private void clickBar(String division, int year) {
        Map<String, Object> box = (Map<String, Object>) js("const c = echarts.getInstanceByDom(document.getElementById('totals-chart'));"
                + "const o = c.getOption(); const s = o.series.findIndex(x => x.name === String(arguments[1]));"
                + "const i = o.xAxis[0].data.indexOf(arguments[0]);"
                + "const l = c.getModel().getSeriesByIndex(s).getData().getItemLayout(i);"
                + "const dom = c.getDom();"
                + "return {x: l.x + l.width / 2 - dom.clientWidth / 2, y: l.y + l.height / 2 - dom.clientHeight / 2};", division, year);
        assertNotNull(box, "a bar is drawn for " + division + " " + year);
        WebElement chart = driver.findElement(By.id("totals-chart"));
        new Actions(driver).scrollToElement(chart).moveToElement(chart, ((Number) box.get("x")).intValue(), ((Number) box.get("y")).intValue())
                .click().perform();
    }
}
