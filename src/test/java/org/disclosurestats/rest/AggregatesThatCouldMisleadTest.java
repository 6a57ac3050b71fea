package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.math.BigDecimal;
import java.util.ArrayList;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.IssuerKind;
import org.disclosurestats.domain.Qualifier;
import org.disclosurestats.domain.ReportSubmission;
import org.disclosurestats.domain.Scope;
import org.disclosurestats.fixtures.XiningFixture;
import org.disclosurestats.service.ReportService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An adversarial audit of the aggregates: each test asks what a researcher could misread, over XiningFixture (every
 * expected figure is worked out there). The cases already covered elsewhere (a parent's aggregate with its children's
 * self reports, approximate parts, recoded counties, rankings of incomplete totals) are not repeated here.
 */
@QuarkusTest
class AggregatesThatCouldMisleadTest {

    static final String TOTALS = "/api/v1/aggregates/totals";

    @Inject
    XiningFixture fixture;
    @Inject
    ReportService reports;

    @BeforeEach
    void loadFixture() {
        fixture.load(); // idempotent; also puts back 城东区's 2020 figure after the revision test
    }

    /**
     * 吐鲁番 became a city in 2015: 吐鲁番地区 652100 → 吐鲁番市 650400, 鄯善县 652122 → 650421; the code list keeps the
     * old and the new codes valid in 2015. M = resp.online_interviews (legacy tables).
     * <pre>
     * 2014  652100 吐鲁番地区行政公署 aggregate 100;  652122 鄯善县人民政府 self 30
     * 2015  650400 吐鲁番市人民政府   aggregate 120;  鄯善县人民政府 self 35, still filed under 652122
     * </pre>
     * 2015: 新疆 counts 吐鲁番 once, 120 (鄯善's 35 is inside it), not 120 + 35 under two prefectures; the series of 650400
     * from 2014 continues through 652100 (100, then 120: +20), and that of 鄯善县 650421 through 652122 (30, then 35).
     */
    private void loadTurpan() {
        turpan(2014, "652100", "吐鲁番地区行政公署", Scope.AGGREGATE, 100);
        turpan(2014, "652122", "鄯善县人民政府", Scope.SELF, 30);
        turpan(2015, "650400", "吐鲁番市人民政府", Scope.AGGREGATE, 120);
        turpan(2015, "652122", "鄯善县人民政府", Scope.SELF, 35);
    }

    private void turpan(int year, String division, String issuer, Scope scope, long interviews) {
        reports.createOrRevise(new ReportSubmission(issuer, IssuerKind.GOVERNMENT, division, year, scope, Edition.LEGACY, issuer + year + "年政府信息公开工作年度报告",
                null, null, null, new ArrayList<>(List.of(new ReportSubmission.Figure("resp.online_interviews", null, null, BigDecimal.valueOf(interviews),
                        Qualifier.EXACT, null, null)))), "fixture", null);
    }

    @Test
    void aCodeChangeIsOneSeriesWithoutAGapAndItsYearOfChangeCountsOnce() {
        loadTurpan();
        String m = "metric=resp.online_interviews";
        for (String by : List.of("prefecture", "county")) { // stored rows at prefecture level, the in-memory roll-up at county level
            JsonPath t = totals(m + "&by=" + by + "&within=650000&yearFrom=2015&includeMissing=" + "county".equals(by));
            List<Object> codes = t.getList("items.division.code");
            assertFalse(codes.contains("county".equals(by) ? "652122" : "652100"), by + ": the old code is counted as its successor in 2015");
            if ("prefecture".equals(by)) {
                Map<String, Object> turpan = row(t, "650400", "resp.online_interviews");
                assertEquals(120, turpan.get("total"));
                assertEquals(35, turpan.get("computedTotal"));     // 鄯善县 under its old code, counted once, in 650400
            } else {
                assertEquals(35, row(t, "650421", "resp.online_interviews").get("total"));
            }
        }
        Map<String, Object> xinjiang = row(totals(m + "&by=province&within=650000&yearFrom=2015"), "650000", "resp.online_interviews");
        assertEquals(120, xinjiang.get("total"));                  // not 120 + 35
        assertEquals(row(totals(m + "&by=province&within=650000&yearFrom=2014"), "650000", "resp.online_interviews").get("expectedUnits"),
                xinjiang.get("expectedUnits"), "吐鲁番 is one unit in 2015, as in 2014");
        JsonPath city = given().get("/api/v1/series?" + m + "&division=650400&yearFrom=2014&yearTo=2015").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(100, 120), city.getList("items.value"));
        assertEquals(20, city.getInt("items[1].change"));
        assertEquals(List.of("652100", "650400"), city.getList("items.reportedUnder"), "each point names the code its figures were reported under");
        JsonPath shanshan = given().get("/api/v1/series?" + m + "&division=650421&yearFrom=2014&yearTo=2015").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(30, 35), shanshan.getList("items.value"));
        JsonPath old = given().get("/api/v1/series?" + m + "&division=652100&yearFrom=2014&yearTo=2016").then().statusCode(200).extract().jsonPath();
        assertEquals(100, old.getInt("items[0].value"));
        assertEquals(120, old.getInt("items[1].value"));          // 2015: counted as 650400
        assertEquals("division 652100 not valid in 2016", old.getString("items[2].gap"));
        List<Object> filed = given().get("/api/v1/observations?metric=resp.online_interviews&within=650400&yearFrom=2015&yearTo=2015").then()
                .statusCode(200).extract().jsonPath().getList("items.value");
        assertEquals(2, filed.size(), "the figures of both codes lie within 650400 in 2015: " + filed);
    }

    private static JsonPath totals(String query) {
        return given().get(TOTALS + "?" + query).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath totals, String division, String metric) {
        return totals.<Map<String, Object>>getList("items").stream()
                .filter(r -> division.equals(((Map<?, ?>) r.get("division")).get("code")) && metric.equals(r.get("metric")))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + division + " " + metric));
    }

    @Test
    void aDepartmentsSelfReportIsNeverAddedToItsGovernmentsAggregate() {
        Map<String, Object> xining = row(totals("metric=req.new.total&by=prefecture&within=630000&yearFrom=2019"), "630100", "req.new.total");
        assertEquals(200, xining.get("total"));
        assertEquals("reported", xining.get("method"));
        assertEquals(27, xining.get("computedTotal"));   // 西宁市教育局 15 + 城东区 12
        assertEquals(173, xining.get("discrepancy"));
        Map<String, Object> qinghai = row(totals("metric=req.new.total&by=province&within=630000&yearFrom=2019"), "630000", "req.new.total");
        assertEquals(200, qinghai.get("total"));          // not 200 + 15 + 12
    }

    @Test
    void aSumSaysWhoContributedAndABlankCellIsNeitherAFigureNorZero() {
        for (String by : List.of("prefecture", "county")) { // the stored rows and the in-memory roll-up
            JsonPath t = totals("metric=req.new.total&by=" + by + "&within=" + ("county".equals(by) ? "630100" : "630000") + "&yearFrom=2020");
            if ("prefecture".equals(by)) {
                Map<String, Object> xining = row(t, "630100", "req.new.total");
                assertEquals(10, xining.get("total"));    // 10 + a stated 0
                assertEquals("computed", xining.get("method"));
                assertEquals(2, xining.get("contributingUnits"));
                assertEquals(7, xining.get("expectedUnits"));
            } else {
                assertEquals(0, row(t, "630103", "req.new.total").get("total"));   // 城中区 stated 0
                Map<String, Object> chengxi = row(t, "630104", "req.new.total");   // 城西区 left the cell blank
                assertNull(chengxi.get("total"));
                assertEquals(0, chengxi.get("contributingUnits"));
                assertEquals("no report states it", chengxi.get("note"));
            }
        }
        List<?> missing = (List<?>) row(totals("metric=req.new.total&by=prefecture&within=630000&yearFrom=2020&includeMissing=true"), "630100",
                "req.new.total").get("missing");
        assertEquals(List.of("630104", "630105", "630106", "630121", "630123"), missing);
    }

    @Test
    void whatNoUnitStatesIsNullWithNoContributorsNeverZero() {
        JsonPath t = totals("metric=req.new.research&by=prefecture&within=630000&yearFrom=2020");
        assertFalse(t.getList("items").isEmpty());
        for (Map<String, Object> r : t.<Map<String, Object>>getList("items")) {
            assertNull(r.get("total"), r.toString());
            assertEquals(0, r.get("contributingUnits"));
            assertTrue(((String) r.get("note")).startsWith("no report states it"), r.toString());
        }
        Map<String, Object> province = row(totals("metric=req.new.research&by=province&within=630000&yearFrom=2020"), "630000", "req.new.research");
        assertNull(province.get("total"));
        given().get("/api/v1/series?metric=req.new.research&division=630100&yearFrom=2020").then().statusCode(200)
                .body("items[0].value", equalTo(null)).body("items[0].gap", equalTo("no report"));
    }

    @Test
    void aRateIsNeverDerivedFromPartsThatCoverDifferentUnits() {
        JsonPath byCounty = totals("metric=ratio.disclosure_rate&by=county&within=630100&yearFrom=2020");
        assertEquals(50, row(byCounty, "630102", "ratio.disclosure_rate").get("total"));        // (4 + 1) / 10
        assertEquals("part not reported: req.granted.total", row(byCounty, "630103", "ratio.disclosure_rate").get("note"));
        for (String query : List.of("by=prefecture&within=630000&yearFrom=2020", "by=prefecture&within=630000&yearFrom=2020&includeMissing=true",
                "by=prefecture&within=630000&yearFrom=2019&yearTo=2020&period=range")) {
            Map<String, Object> xining = row(totals("metric=ratio.disclosure_rate&" + query), "630100", "ratio.disclosure_rate");
            assertNull(xining.get("total"), query + ": (4 + 1) / 30 would mislead");
            assertTrue(((String) xining.get("note")).startsWith("parts cover different units: req.granted.total "), query + ": " + xining.get("note"));
        }
        Map<String, Object> chengdongPeriod = row(totals("metric=ratio.disclosure_rate&by=county&within=630100&yearFrom=2019&yearTo=2020&period=range"),
                "630102", "ratio.disclosure_rate");
        assertEquals(50, chengdongPeriod.get("total"));                                         // parts stated in the same year
    }

    @Test
    void aPeriodSumNamesTheYearsItLacksAndAStockIsTheLevelAtItsEnd() {
        JsonPath t = totals("metric=req.new.total&metric=req.carried_over.total&by=prefecture&within=630000&yearFrom=2019&yearTo=2020&period=range");
        Map<String, Object> sum = row(t, "630100", "req.new.total");
        assertEquals(210, sum.get("total"));                  // 200 reported in 2019 + 10 computed in 2020
        assertEquals("summed_over_years", sum.get("method"));
        assertNull(sum.get("contributingUnits"), "years are not units");
        assertEquals("summed over the years with a figure; 2020 computed from 2 of 7 units", sum.get("note"));
        Map<String, Object> stock = row(t, "630100", "req.carried_over.total");
        assertEquals(3, stock.get("total"));                  // the 2020 level, not 2 + 3
        assertEquals("end_of_period", stock.get("method"));
        assertEquals(1, stock.get("contributingUnits"));
        assertEquals(7, stock.get("expectedUnits"));
        assertEquals("a stock: the level at the end of the period (2020), never a sum of years", stock.get("note"));
        JsonPath counties = totals("metric=req.new.total&by=county&within=630100&yearFrom=2019&yearTo=2020&period=range");
        assertEquals(22, row(counties, "630102", "req.new.total").get("total"));
        assertNull(row(counties, "630102", "req.new.total").get("note"));                      // both years stated
        assertEquals("summed over the years with a figure; no figure in 2019", row(counties, "630103", "req.new.total").get("note"));
        assertNull(row(counties, "630104", "req.new.total").get("total"));
        assertEquals("no figure in any year of the period", row(counties, "630104", "req.new.total").get("note"));
    }

    @Test
    void fifteenDigitFiguresAddExactlyAndAreWrittenAsPlainIntegers() {
        String expected = "2999999999999997"; // 3 × 999999999999999: a double would give 2999999999999997.0 or lose digits
        for (String query : List.of("by=prefecture&within=630000", "by=province&within=630000", "by=county&within=630100&includeMissing=true")) {
            String json = given().get(TOTALS + "?metric=pro.items&yearFrom=2020&" + query).then().statusCode(200).extract().asString();
            if (!query.startsWith("by=county")) {
                assertTrue(json.contains("\"total\":" + expected + ","), query + ": " + json);
            } else {
                assertTrue(json.contains("\"total\":" + XiningFixture.BIG + ","), json);
            }
            assertFalse(json.contains("E+"), json);
        }
        String csv = given().get(TOTALS + "?metric=pro.items&yearFrom=2020&by=prefecture&within=630000&format=csv").then().statusCode(200).extract().asString();
        assertTrue(csv.contains(",sum," + expected + ",computed,"), csv);
        String series = given().get("/api/v1/series?metric=pro.items&division=630000&yearFrom=2020").then().statusCode(200).extract().asString();
        assertTrue(series.contains("\"value\":" + expected + ","), series);
    }

    @Test
    void aCorrectionReplacesTheFigureInEveryAnswerAndItsTag() {
        String query = TOTALS + "?metric=req.new.total&by=prefecture&within=630000&yearFrom=2020";
        Response before = given().get(query);
        assertEquals(10, row(before.jsonPath(), "630100", "req.new.total").get("total"));
        String tag = before.getHeader("ETag");
        given().get(query).then().statusCode(200).header("ETag", tag); // now kept in the answer cache
        try {
            fixture.chengdong2020(13);
            Response after = given().header("If-None-Match", tag).get(query);
            after.then().statusCode(200);
            assertNotEquals(tag, after.getHeader("ETag"));
            assertEquals(13, row(after.jsonPath(), "630100", "req.new.total").get("total")); // 13 + 0, never 10 + 13
            assertEquals(13, row(totals("metric=req.new.total&by=county&within=630100&yearFrom=2020"), "630102", "req.new.total").get("total"));
            given().get("/api/v1/rankings?metric=req.new.total&year=2020&within=630100&by=county").then().statusCode(200)
                    .body("items[0].division.code", equalTo("630102")).body("items[0].total", equalTo(13));
        } finally {
            fixture.chengdong2020(10);
        }
    }

    @Test
    void badQuestionsOnEveryEndpointAreProblemsThatChangeNothing() {
        String version = given().get(TOTALS + "?metric=req.new.total&by=province&within=630000&yearFrom=2020").getHeader("Dataset-Version");
        List<List<Object>> questions = List.of( // path and query, status, the parameter the problem names
                List.of("/api/v1/series?metric=no.such&division=630100&yearFrom=2020", 404, "metric"),
                List.of("/api/v1/series?metric=req.new.total&division=999999&yearFrom=2020", 404, "division"),
                List.of("/api/v1/series?metric=req.new.total&division=630100&yearFrom=2020&yearTo=2019", 400, "yearFrom"),
                List.of("/api/v1/observations?division=999999", 404, "division"),
                List.of("/api/v1/observations?within=999999", 404, "within"),
                List.of("/api/v1/rankings?metric=req.new.total&year=2020&within=999999&by=county", 404, "within"),
                List.of("/api/v1/rankings?metric=no.such&year=2020&within=630100&by=county", 404, "metric"),
                List.of("/api/v1/rankings?metric=req.new.total&within=630100&by=county", 400, "year"),
                List.of(TOTALS + "?metric=family.requests_received&by=prefecture&within=630000&yearFrom=2018&yearTo=2019&period=range", 400, "period"),
                List.of(TOTALS + "?metric=req.new.total&by=prefecture&within=630000&yearFrom=20&yearTo=2020", 400, "yearFrom"));
        for (List<Object> q : questions) {
            given().get((String) q.get(0)).then().statusCode((Integer) q.get(1)).contentType(Problem.MEDIA_TYPE).body("parameter", equalTo(q.get(2)));
        }
        given().get((String) questions.get(8).get(0)).then().body("detail", containsString("different definitions"));
        assertEquals(version, given().get(TOTALS + "?metric=req.new.total&by=province&within=630000&yearFrom=2020").getHeader("Dataset-Version"));
    }
}
