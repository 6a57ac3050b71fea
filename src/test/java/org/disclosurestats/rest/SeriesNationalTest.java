package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurestats.fixtures.JinchangFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole country's series. Every expected value is read from the provinces' totals the totals endpoint serves
 * (by=province, no within) and added here, so the test holds whatever other fixtures share the database. It loads
 * JinchangFixture as SeriesAcrossEditionsTest does; the tests about the seed reports pick them out by issuer, so the
 * order in which the classes run does not matter.
 */
@QuarkusTest
class SeriesNationalTest {

    @Inject
    JinchangFixture fixture;

    @BeforeEach
    void load() {
        fixture.load(); // idempotent: 金昌 states requests from 2012 to 2024, legacy then 2021 tables
    }

    /** What one year of the provinces' totals adds up to. */
    record Added(BigDecimal sum, int provincesWithAValue, int provinces, List<String> metricsUsed) {
    }

    private static Map<Integer, Added> provincesAdded(String metric, int from, int to) {
        List<Map<String, Object>> rows = given().queryParam("metric", metric).queryParam("by", "province").queryParam("yearFrom", from)
                .queryParam("yearTo", to).get("/api/v1/aggregates/totals").then().statusCode(200).extract().jsonPath().getList("items");
        Map<Integer, Added> added = new HashMap<>();
        for (Map<String, Object> row : rows) {
            Added a = added.getOrDefault((Integer) row.get("year"), new Added(BigDecimal.ZERO, 0, 0, List.of()));
            Object total = row.get("total");
            added.put((Integer) row.get("year"), total == null ? new Added(a.sum, a.provincesWithAValue, a.provinces + 1, a.metricsUsed)
                    : new Added(a.sum.add(new BigDecimal(total.toString())), a.provincesWithAValue + 1, a.provinces + 1,
                    java.util.stream.Stream.concat(a.metricsUsed.stream(), java.util.stream.Stream.of((String) row.get("metricUsed"))).distinct().toList()));
        }
        return added;
    }

    private static JsonPath national(String query) {
        return given().get("/api/v1/series/national?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void eachYearAddsTheProvincesTotalsWithTheirCoverageAndAYearWithoutAnyIsAGap() {
        JsonPath s = national("metric=pro.channel.weibo&yearFrom=2014&yearTo=2018");
        assertNull(s.get("division"), "the nation has no division code");
        assertNull(s.getString("division.code"));
        Map<Integer, Added> expected = provincesAdded("pro.channel.weibo", 2014, 2018);
        List<Map<String, Object>> points = s.getList("items");
        assertEquals(5, points.size());
        int values = 0;
        int gaps = 0;
        for (Map<String, Object> p : points) {
            Added a = expected.get((Integer) p.get("year"));
            if (a.provincesWithAValue == 0) {
                assertNull(p.get("value"), "no province states it in " + p.get("year") + ": a gap, not 0");
                assertEquals("no province states it", p.get("gap"));
                gaps++;
            } else {
                assertEquals(0, a.sum.compareTo(new BigDecimal(p.get("value").toString())), "the provinces added in " + p.get("year"));
                assertEquals("computed", p.get("method"));
                assertEquals(a.provincesWithAValue, p.get("contributingUnits"));
                assertEquals(a.provinces, p.get("expectedUnits"));
                values++;
            }
        }
        // the seed reports: 新疆 alone states 政务微博 (2014 from 乌鲁木齐, 2016 its own report, 2018 from 阿拉山口); 2015 and 2017 nothing
        assertTrue(values >= 3 && gaps >= 1, values + " values, " + gaps + " gaps");
    }

    @Test
    void aChangeIsGivenOnlyWhereTheProvincesInputsCompare() {
        JsonPath s = national("metric=pro.channel.weibo&yearFrom=2014&yearTo=2018");
        Map<String, Object> y2016 = s.<Map<String, Object>>getList("items").stream().filter(p -> Integer.valueOf(2016).equals(p.get("year"))).findFirst().orElseThrow();
        // 新疆 2014 is computed from 1 of its prefectures, 2016 its own report: the national sums do not compare
        assertNull(y2016.get("change"));
        assertTrue(((String) y2016.get("notComparable")).startsWith("coverage changed"), (String) y2016.get("notComparable"));
    }

    @Test
    void aFamilyAddsOneDefinitionPerYearAndMarksTheEditionBreak() {
        JsonPath s = national("metric=family.requests_received&yearFrom=2012&yearTo=2024");
        Map<Integer, Added> expected = provincesAdded("family.requests_received", 2012, 2024);
        Boolean previousLegacy = null;
        boolean sawBreak = false;
        for (Map<String, Object> p : s.<Map<String, Object>>getList("items")) {
            Added a = expected.get((Integer) p.get("year"));
            if (p.get("value") == null) {
                continue;
            }
            boolean legacy = ((String) p.get("metricUsed")).startsWith("lreq.");
            if (a.metricsUsed.stream().allMatch(m -> m.startsWith("lreq.") == legacy)) {
                assertEquals(0, a.sum.compareTo(new BigDecimal(p.get("value").toString())), "one definition in " + p.get("year") + ": every province added");
            }
            boolean expectBreak = previousLegacy != null && previousLegacy != legacy;
            assertEquals(expectBreak, p.get("break"), "break in " + p.get("year"));
            if (expectBreak) {
                assertNull(p.get("change"));
                assertTrue(((String) p.get("notComparable")).startsWith("edition break"));
                sawBreak = true;
            }
            previousLegacy = legacy;
        }
        assertTrue(sawBreak, "金昌 moves from the legacy table to the 2019+ one");
    }

    @Test
    void columnsAndEmptyOmitGiveTheSamePointsInChartShape() {
        List<Map<String, Object>> all = national("metric=pro.channel.weibo&yearFrom=2014&yearTo=2018").getList("items");
        JsonPath columns = national("metric=pro.channel.weibo&yearFrom=2014&yearTo=2018&empty=omit&shape=columns");
        List<Object> withValue = all.stream().filter(p -> p.get("value") != null).map(p -> p.get("year")).toList();
        assertEquals(withValue, columns.getList("columns.year"));
        assertFalse(columns.getMap("").containsKey("items"));
        String csv = given().get("/api/v1/series/national?metric=pro.channel.weibo&yearFrom=2014&yearTo=2018&format=csv").then().statusCode(200)
                .extract().asString();
        assertEquals(6, csv.strip().split("\r\n").length, "a header and one line per year");
    }

    @Test
    void badInputIsAProblemNamingTheParameter() {
        given().get("/api/v1/series/national?yearFrom=2018").then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("parameter", equalTo("metric"));
        given().get("/api/v1/series/national?metric=pro.items").then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("parameter", equalTo("yearFrom"));
        given().get("/api/v1/series/national?metric=no.such.metric&yearFrom=2018").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("parameter", equalTo("metric"));
        given().get("/api/v1/series/national?metric=pro.items&yearFrom=20x8").then().statusCode(400).body("parameter", equalTo("yearFrom"));
        given().get("/api/v1/series/national?metric=pro.items&yearFrom=2018&yearTo=2016").then().statusCode(400).body("parameter", equalTo("yearFrom"));
        given().get("/api/v1/series/national?metric=pro.items&yearFrom=2018&division=650000").then().statusCode(400).body("parameter", equalTo("division"));
        given().get("/api/v1/series/national?metric=pro.items&yearFrom=2018&shape=columns&format=csv").then().statusCode(400).body("parameter", equalTo("shape"));
        given().get("/api/v1/series/national?metric=pro.items&yearFrom=2018&empty=none").then().statusCode(400).body("parameter", equalTo("empty"));
    }
}
