package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.disclosurestats.fixtures.JinchangFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 金昌市 series of JinchangFixture (every value, change and reason is in its table). */
@QuarkusTest
class SeriesAcrossEditionsTest {

    @Inject
    JinchangFixture fixture;

    @BeforeEach
    void load() {
        fixture.load(); // idempotent
    }

    private static JsonPath series(String query) {
        return given().get("/api/v1/series?" + query).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> point(JsonPath series, int year) {
        return series.<Map<String, Object>>getList("items").stream().filter(p -> Integer.valueOf(year).equals(p.get("year")))
                .findFirst().orElseThrow(() -> new AssertionError("no point " + year));
    }

    @Test
    void aFamilySeriesRunsFrom2012To2024OverLegacyAnd2021ReportsWithTheBreakMarked() {
        JsonPath s = series("metric=family.requests_received&division=620300&yearFrom=2012&yearTo=2024");
        assertEquals(13, s.getList("items").size());
        assertEquals("family.requests_received", s.getString("metric"));
        assertEquals(List.of(2012, 2013, 2016, 2024), s.<Map<String, Object>>getList("items").stream()
                .filter(p -> "no report".equals(p.get("gap"))).map(p -> p.get("year")).toList());
        assertEquals("lreq.received", point(s, 2018).get("metricUsed"));
        assertEquals("req.new.total", point(s, 2019).get("metricUsed"));
        assertEquals("req.new.total", point(s, 2021).get("metricUsed"));
        assertEquals(List.of(2019), s.<Map<String, Object>>getList("items").stream()
                .filter(p -> Boolean.TRUE.equals(p.get("break"))).map(p -> p.get("year")).toList());
        assertTrue(((String) point(s, 2019).get("breakNote")).startsWith("From 2019 the tables count the requests newly received"));
    }

    @Test
    void givesAChangeOnlyBetweenComparableValuesAndSaysWhyOtherwise() {
        JsonPath s = series("metric=family.requests_received&division=620300&yearFrom=2012&yearTo=2024");
        assertEquals(10, point(s, 2015).get("change"));                     // 50 - 40, both reported
        assertEquals(25, point(s, 2015).get("changePercent"));
        assertEquals(10, point(s, 2017).get("change"));                     // 60 - 50 across the 2016 gap
        assertEquals(2015, point(s, 2017).get("changeFrom"));
        assertNull(point(s, 2018).get("change"));
        assertEquals("method changed: reported in 2017, computed in 2018", point(s, 2018).get("notComparable"));
        assertNull(point(s, 2019).get("change"));
        assertTrue(((String) point(s, 2019).get("notComparable")).startsWith("edition break"));
        assertNull(point(s, 2020).get("change"));                           // 1 of 2 units, then 2 of 2
        assertEquals("coverage changed: 1 of 2 units without the division's own organs in 2019, 2 of 2 units without the division's own organs in 2020",
                point(s, 2020).get("notComparable"));                      // 金昌's own departments report nothing from 2019
        assertEquals(0, point(s, 2020).get("ownFigures"));
        assertEquals(10, point(s, 2021).get("change"));                     // 70 - 60, the same 2 units, neither with own organs
        assertEquals(2, point(s, 2021).get("contributingUnits"));
        assertEquals(2, point(s, 2021).get("expectedUnits"));
        assertNull(point(s, 2022).get("change"));                           // 2 of 2, then 1 of 2
        assertEquals(5, point(s, 2023).get("change"));                      // 55 - 50, the same unit (金川区) both years
        assertNull(point(s, 2023).get("notComparable"));
    }

    @Test
    void aPrefectureSummedFromAllItsUnitsButNoneOfItsOwnOrgansIsNotRankedBesideCompleteTotals() {
        JsonPath ranking = given().get("/api/v1/rankings?metric=family.requests_received&year=2021&within=620000&by=prefecture")
                .then().statusCode(200).extract().jsonPath();
        assertFalse(ranking.getList("items.division.code").contains("620300"));
        assertEquals("incomplete: computed from all 2 units and no figure of the division's own organs, not comparable with complete totals",
                ranking.getString("unranked.find { it.division.code == '620300' }.reason"));
    }

    @Test
    void aPlainMetricStaysWithinItsEditionAndNamesItsFamily() {
        JsonPath s = series("metric=req.new.total&division=620300&yearFrom=2017&yearTo=2019");
        assertEquals("no report", point(s, 2017).get("gap"));              // the legacy figure is another metric
        assertEquals(35, point(s, 2019).get("value"));
        assertFalse((Boolean) point(s, 2019).get("break"));
        assertEquals("family.requests_received", s.getString("family"));
    }

    @Test
    void totalsOfAFamilyMarkTheEditionBreakOnTheRowWhereTheDefinitionChanges() {
        JsonPath t = given().get("/api/v1/aggregates/totals?metric=family.requests_received&by=prefecture&within=620300&yearFrom=2017&yearTo=2020")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(60, 30, 35, 60), t.getList("items.total"));
        assertEquals(List.of("lreq.received", "lreq.received", "req.new.total", "req.new.total"), t.getList("items.metricUsed"));
        assertEquals(List.of(false, false, true, false), t.getList("items.editionBreak"));
        assertEquals(List.of("reported", "computed", "computed", "computed"), t.getList("items.method"));
        given().get("/api/v1/aggregates/totals?metric=family.requests_received&by=prefecture&within=620300&yearFrom=2017&yearTo=2020&period=range")
                .then().statusCode(400).body("parameter", org.hamcrest.Matchers.equalTo("period"));
    }

    @Test
    void leavesOutEmptyPointsAndAnswersInColumnsWhenAsked() {
        JsonPath s = series("metric=family.requests_received&division=620300&yearFrom=2012&yearTo=2024&empty=omit&shape=columns");
        assertNull(s.get("items"));
        assertEquals(List.of(2014, 2015, 2017, 2018, 2019, 2020, 2021, 2022, 2023), s.getList("columns.year"));
        assertEquals(List.of(40, 50, 60, 30, 35, 60, 70, 50, 55), s.getList("columns.value"));
    }

    @Test
    void listsTheFamiliesWithTheirMembersAndDefinitions() {
        JsonPath families = given().get("/api/v1/metrics/families").then().statusCode(200).extract().jsonPath();
        Map<String, Object> received = families.<Map<String, Object>>getList("items").stream()
                .filter(f -> "family.requests_received".equals(f.get("code"))).findFirst().orElseThrow();
        assertEquals("件", received.get("unit"));
        assertEquals(List.of("lreq.received", "req.new.total"), ((List<Map<String, Object>>) received.get("members")).stream().map(m -> m.get("metric")).toList());
    }
}
