package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.disclosurestats.fixtures.ShandongFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Totals, rankings and series over the Shandong fixture (see ShandongFixture for every sum) and the seeds. */
@QuarkusTest
class AggregateResourceTest {

    static final String TOTALS = "/api/v1/aggregates/totals";

    @Inject
    ShandongFixture fixture;

    @BeforeEach
    void loadFixture() {
        fixture.load(); // idempotent: unchanged reports record nothing
    }

    private static Map<String, Object> row(JsonPath totals, String division, int year, String metric) {
        return totals.<Map<String, Object>>getList("items").stream()
                .filter(r -> division.equals(code(r)) && Integer.valueOf(year).equals(r.get("year")) && metric.equals(r.get("metric")))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + division + " " + year + " " + metric));
    }

    private static JsonPath totals(String query) {
        return given().get(TOTALS + "?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void totalsByPrefectureUseAReportedAggregateAndShowItsDiscrepancy() {
        JsonPath t = totals("metric=req.new.total&by=prefecture&within=370000&yearFrom=2020");
        Map<String, Object> jinan = row(t, "370100", 2020, "req.new.total");
        assertEquals("reported", jinan.get("method"));
        assertEquals(500, jinan.get("total"));
        assertEquals(500, jinan.get("reportedTotal"));
        assertEquals(155, jinan.get("computedTotal"));   // 60 + 30 + 40 + 25
        assertEquals(345, jinan.get("discrepancy"));     // 500 - 155
        assertEquals(3, jinan.get("contributingUnits"));
        assertEquals(12, jinan.get("expectedUnits"));
        assertEquals("件", t.getString("units.'req.new.total'"));
        assertTrue(t.getString("datasetVersion").matches("\\d+\\.[0-9a-f]{8}"));
    }

    @Test
    void totalsByPrefectureSumWhatIsBelowWhenThereIsNoAggregateReport() {
        JsonPath t = totals("metric=req.new.total&by=prefecture&within=370000&yearFrom=2020&includeMissing=true");
        Map<String, Object> zibo = row(t, "370300", 2020, "req.new.total");
        assertEquals("computed", zibo.get("method"));
        assertEquals(155, zibo.get("total"));            // 50 + 70 + 35
        assertEquals(true, zibo.get("approximate"));     // 张店区 stated about 35
        assertEquals(2, zibo.get("contributingUnits"));
        assertEquals(8, zibo.get("expectedUnits"));
        assertEquals(List.of("370304", "370305", "370306", "370321", "370322", "370323"), zibo.get("missing"));
        Map<String, Object> weifang = row(t, "370700", 2020, "req.new.total");
        assertEquals(null, weifang.get("total"));
        assertTrue(((String) weifang.get("note")).startsWith("no report states it"));
    }

    @Test
    void totalsByProvinceNeverAddAnAggregateReportToWhatItContains() {
        Map<String, Object> shandong = row(totals("metric=req.new.total&by=province&within=370000&yearFrom=2020"), "370000", 2020, "req.new.total");
        assertEquals(775, shandong.get("total"));        // 100 + 20 + 500 (济南 reported, not 60+30+40+25 again) + 155
        assertEquals("computed", shandong.get("method"));
        assertEquals(true, shandong.get("approximate"));
        assertEquals(2, shandong.get("contributingUnits"));
        assertEquals(16, shandong.get("expectedUnits"));
    }

    @Test
    void resolvesARecodedCountyToItsParentOfThatYear() {
        JsonPath y2019 = totals("metric=req.new.total&by=prefecture&within=370000&yearFrom=2019");
        Map<String, Object> laiwu = row(y2019, "371200", 2019, "req.new.total");
        assertEquals(22, laiwu.get("total"));            // 钢城区 as 371203 under 莱芜 in 2019
        assertEquals(1, laiwu.get("contributingUnits"));
        assertEquals(2, laiwu.get("expectedUnits"));
        assertEquals(83, row(y2019, "370100", 2019, "req.new.total").get("computedTotal")); // 55 + 28
        assertEquals(592, row(totals("metric=req.new.total&by=province&within=370000&yearFrom=2019"), "370000", 2019, "req.new.total").get("total"));
        given().get(TOTALS + "?metric=req.new.total&by=prefecture&within=370000&yearFrom=2020").then()
                .body("items.division.code", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("371200"))); // 莱芜 is gone in 2020
        Map<String, Object> gangcheng = row(totals("metric=req.new.total&by=county&within=370100&yearFrom=2020"), "370117", 2020, "req.new.total");
        assertEquals(25, gangcheng.get("total"));
    }

    @Test
    void recomputesRatiosFromTheAggregatedPartsInsteadOfAddingThem() {
        JsonPath t = totals("metric=ratio.disclosure_rate&by=prefecture&within=370000&yearFrom=2020");
        assertEquals(62.5, ((Number) row(t, "370300", 2020, "ratio.disclosure_rate").get("total")).doubleValue(), 1e-9); // (60 + 15) / 120
        assertEquals(72.9166, ((Number) row(t, "370100", 2020, "ratio.disclosure_rate").get("total")).doubleValue(), 1e-3); // 350 / 480
        assertEquals("derived", row(t, "370300", 2020, "ratio.disclosure_rate").get("method"));
        Map<String, Object> province = row(totals("metric=ratio.disclosure_rate&by=province&within=370000&yearFrom=2020"), "370000", 2020, "ratio.disclosure_rate");
        assertEquals(70.8333, ((Number) province.get("total")).doubleValue(), 1e-3); // 425 / 600
        Map<String, Object> shizhong = row(totals("metric=ratio.disclosure_rate&by=county&within=370100&yearFrom=2020"), "370103", 2020, "ratio.disclosure_rate");
        assertEquals(null, shizhong.get("total"));
        assertEquals("denominator is zero", shizhong.get("note"));
    }

    @Test
    void neverAddsAStockAcrossYears() {
        JsonPath range = totals("metric=req.new.total&metric=req.carried_over.total&by=county&within=370100&yearFrom=2019&yearTo=2020&period=range");
        Map<String, Object> lixiaNew = range.<Map<String, Object>>getList("items").stream()
                .filter(r -> "370102".equals(code(r)) && "req.new.total".equals(r.get("metric"))).findFirst().orElseThrow();
        Map<String, Object> lixiaCarried = range.<Map<String, Object>>getList("items").stream()
                .filter(r -> "370102".equals(code(r)) && "req.carried_over.total".equals(r.get("metric"))).findFirst().orElseThrow();
        assertEquals(58, lixiaNew.get("total"));          // 28 + 30
        assertEquals("summed_over_years", lixiaNew.get("method"));
        assertEquals(6, lixiaCarried.get("total"));       // the 2020 level, not 4 + 6
        assertEquals("end_of_period", lixiaCarried.get("method"));
        assertEquals("2019-2020", lixiaCarried.get("period"));
    }

    @Test
    void answersTheSeedQuestionsWithTheRightMethodAndCoverage() {
        Map<String, Object> xinjiang = row(totals("metric=pro.channel.website&by=province&within=650000&yearFrom=2016"), "650000", 2016, "pro.channel.website");
        assertEquals("reported", xinjiang.get("method"));
        assertEquals(376420, xinjiang.get("total"));
        Map<String, Object> bortala = row(totals("metric=pro.items&by=prefecture&within=652700&yearFrom=2018"), "652700", 2018, "pro.items");
        assertEquals("computed", bortala.get("method"));
        assertEquals(3054, bortala.get("total"));         // 阿拉山口市's aggregate report
        assertEquals(1, bortala.get("contributingUnits"));
        assertEquals(4, bortala.get("expectedUnits"));
    }

    @Test
    void ranksOnlyComparableTotalsAndNamesEveryUnrankedDivisionWithItsReason() {
        JsonPath ranking = given().get("/api/v1/rankings?metric=req.new.total&year=2020&within=370100&by=county&order=desc")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("370103", "370102", "370117"), ranking.getList("items.division.code"));
        assertEquals(List.of(1, 2, 3), ranking.getList("items.rank"));
        assertEquals(3, ranking.getInt("rankedUnits"));
        assertEquals(9, ranking.getList("unranked").size()); // 12 counties, 3 with a figure
        assertEquals("county", ranking.getString("unranked[0].division.level"));
        assertEquals("no report states it", ranking.getString("unranked[0].reason"));
        // 济南 reports its aggregate (complete); 淄博's computed 155 covers 2 of 8 counties: listed, not ranked.
        JsonPath byPrefecture = given().get("/api/v1/rankings?metric=req.new.total&year=2020&within=370000&by=prefecture")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("370100"), byPrefecture.getList("items.division.code"));
        Map<String, Object> zibo = byPrefecture.<Map<String, Object>>getList("unranked").stream().filter(u -> "370300".equals(code(u))).findFirst().orElseThrow();
        assertEquals("淄博市", ((Map<?, ?>) zibo.get("division")).get("name"));
        assertEquals("incomplete: computed from 2 of 8 units, not comparable with complete totals", zibo.get("reason"));
    }

    @Test
    void seriesGiveOneValuePerYearWithExplicitGaps() {
        JsonPath jinan = given().get("/api/v1/series?metric=req.new.total&division=370100&yearFrom=2018&yearTo=2020")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("no report", jinan.getString("items[0].gap"));
        assertEquals(480, jinan.getInt("items[1].value"));
        assertEquals(500, jinan.getInt("items[2].value"));
        assertEquals(20, jinan.getInt("items[2].change"));
        assertEquals(4.1666, jinan.getDouble("items[2].changePercent"), 1e-3);
        JsonPath gangcheng = given().get("/api/v1/series?metric=req.new.total&division=370117&yearFrom=2019&yearTo=2020")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("no report", gangcheng.getString("items[0].gap")); // in 2019 钢城区 reported under 371203
        assertEquals(25, gangcheng.getInt("items[1].value"));
        given().get("/api/v1/series?metric=lreq.received&division=650000&yearFrom=2016").then().statusCode(200)
                .body("items", hasSize(1)) // yearTo defaults to yearFrom, as for totals
                .body("items[0].value", equalTo(768)).body("items[0].method", equalTo("reported"));
    }

    @Test
    void seriesGiveNoChangeBetweenAReportedAggregateAndAThinlyCoveredSum() {
        // The seeds: 新疆 reports its 2016 aggregate (768); in 2018 only 阿拉山口市 reports below it, and states 0.
        JsonPath xinjiang = given().get("/api/v1/series?metric=lreq.received&division=650000&yearFrom=2014&yearTo=2018")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("reported", xinjiang.getString("items[2].method"));
        assertEquals(768, xinjiang.getInt("items[2].value"));
        assertEquals("no report", xinjiang.getString("items[3].gap"));
        assertEquals(0, xinjiang.getInt("items[4].value"));
        assertEquals("computed", xinjiang.getString("items[4].method"));
        assertEquals(1, xinjiang.getInt("items[4].contributingUnits"));
        assertEquals(15, xinjiang.getInt("items[4].expectedUnits"));
        assertNull(xinjiang.get("items[4].change"));
        assertNull(xinjiang.get("items[4].changePercent"));
        assertEquals(2016, xinjiang.getInt("items[4].changeFrom"));
        assertEquals("method changed: reported in 2016, computed in 2018", xinjiang.getString("items[4].notComparable"));
        assertEquals("family.requests_received", xinjiang.getString("family"));
    }

    @Test
    void servesCsvWithAByteOrderMarkAndStableHeaders() {
        String csv = given().get(TOTALS + "?metric=req.new.total&by=prefecture&within=370000&yearFrom=2020&format=csv")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFFdivision.code,division.name,division.level,year,period,metric,metricUsed,editionBreak,unit,aggregation,"
                + "total,method,reportedTotal,computedTotal,discrepancy,approximate,contributingUnits,expectedUnits,missing,note,territory,ownFigures\r\n"), csv.substring(0, 80));
        assertTrue(csv.contains("\r\n370100,济南市,prefecture,2020,2020,req.new.total,req.new.total,false,件,sum,500,reported,500,155,345,false,3,12,,,,\r\n"), csv);
        given().accept("text/csv").get("/api/v1/divisions?parent=652700&year=2018").then().statusCode(200)
                .body(startsWith("\uFEFFcode,name,level,parent"));
    }

    @Test
    void answersAMatchingETagWithNotModified() {
        Response first = given().get(TOTALS + "?metric=req.new.total&by=province&within=370000&yearFrom=2020");
        first.then().statusCode(200).header("ETag", notNullValue()).header("Cache-Control", equalTo("public, max-age=60"))
                .header("Vary", containsString("Accept")).header("Last-Modified", notNullValue()).header("Dataset-Version", notNullValue());
        String etag = first.getHeader("ETag");
        given().header("If-None-Match", etag).get(TOTALS + "?metric=req.new.total&by=province&within=370000&yearFrom=2020")
                .then().statusCode(304).header("ETag", equalTo(etag));
        String csvTag = given().get(TOTALS + "?metric=req.new.total&by=province&within=370000&yearFrom=2020&format=csv").getHeader("ETag");
        assertTrue(!etag.equals(csvTag), "the CSV representation has its own ETag");
    }

    @Test
    void allowsAnyOriginToReadEvenErrors() {
        given().header("Origin", "https://dashboard.example").get("/api/v1/nothing-here").then().statusCode(404)
                .header("Access-Control-Allow-Origin", notNullValue());
        given().header("Origin", "https://dashboard.example").get(TOTALS + "?metric=req.new.total&by=province&yearFrom=2020")
                .then().statusCode(200).header("Access-Control-Allow-Origin", notNullValue());
    }

    @Test
    void rejectsBadQuestionsNamingTheParameter() {
        given().get(TOTALS + "?metric=no.such&by=province&yearFrom=2020").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("parameter", equalTo("metric"));
        given().get(TOTALS + "?metric=req.new.total&by=province&yearFrom=2021&yearTo=2019").then().statusCode(400)
                .body("parameter", equalTo("yearFrom"));
        given().get(TOTALS + "?metric=req.new.total&by=province&within=370100&yearFrom=2020").then().statusCode(400)
                .body("parameter", equalTo("by"));
        given().get(TOTALS + "?metric=req.new.total&by=county&within=999999&yearFrom=2020").then().statusCode(404)
                .body("parameter", equalTo("within"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            many.append("metric=req.new.total&");
        }
        given().get(TOTALS + "?" + many + "by=province&yearFrom=2020").then().statusCode(400).body("parameter", equalTo("metric"));
        given().get(TOTALS + "?metric=req.new.total&by=province").then().statusCode(400).body("parameter", equalTo("yearFrom"));
        // every county, two metrics, 18 years: about 100,000 rows, more than one answer may hold in the deployment's heap
        given().get(TOTALS + "?metric=lreq.received&metric=pro.items&by=county&yearFrom=2008&yearTo=2025").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("parameter", equalTo("by")).body("detail", containsString("at most 30000"));
        given().get(TOTALS + "?metric=req.new.total&by=province&yearFrom=2020&asOf=yesterday").then().statusCode(400)
                .body("parameter", equalTo("asOf"));
    }

    @Test
    void pagesObservationsWithoutLosingOrRepeatingRows() {
        List<Integer> all = given().get("/api/v1/observations?within=370000&yearFrom=2019&yearTo=2020&limit=1000")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Integer.class);
        assertEquals(32, all.size()); // the fixture's figures: 2020 has 1+1+4+1+2+4+1+4+4+4 = 26, 2019 has 1+1+1+2+1 = 6
        List<Integer> paged = new ArrayList<>();
        String cursor = "";
        while (cursor != null) {
            Response page = given().queryParam("cursor", cursor).get("/api/v1/observations?within=370000&yearFrom=2019&yearTo=2020&limit=4");
            page.then().statusCode(200);
            paged.addAll(page.jsonPath().getList("items.id", Integer.class));
            cursor = page.jsonPath().getString("nextCursor");
        }
        assertEquals(all, paged);
        assertEquals(all.size(), new HashSet<>(paged).size());
        given().get("/api/v1/observations?metric=req.new.total&division=370303&yearFrom=2020&yearTo=2020").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].qualifier", equalTo("approximate")).body("items[0].unit", equalTo("件"))
                .body("items[0].value", equalTo(35)).body("items[0].breakdown", nullValue());
    }

    /** The code of a row's division ({code, name, level}). */
    private static Object code(Map<String, Object> row) {
        return ((Map<?, ?>) row.get("division")).get("code");
    }
}
