package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.disclosurestats.fixtures.ChaohuFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A researcher reading totals, series and rankings across a boundary change (fixture {@link ChaohuFixture}: 巢湖市 341400
 * abolished after 2010 and split between 合肥, 芜湖 and 马鞍山; every figure is worked out there).
 */
@QuarkusTest
class AggregatesAcrossBoundaryChangesTest {

    static final String HEFEI_JOINED = "joined 340124 庐江县 (2010: 341421 庐江县 of 341400 巢湖市), 340181 巢湖市 (2010: 341402 居巢区 of 341400 巢湖市)";
    static final String WUHU_JOINED = "joined 340225 无为县 (2010: 341422 无为县 of 341400 巢湖市)";

    @Inject
    ChaohuFixture fixture;

    @BeforeEach
    void loadFixture() {
        fixture.load(); // idempotent
    }

    @Test
    void aTotalWhoseLandDiffersFromTheNeighbouringYearsSaysWhatJoinedFromWhereAndWhen() {
        for (String extra : List.of("", "&includeMissing=true")) { // the stored rows and the in-memory roll-up
            JsonPath t = totals("by=prefecture&within=340000&yearFrom=2010&yearTo=2011" + extra);
            assertEquals("territory changes in 2011: " + HEFEI_JOINED, row(t, "340100", 2010).get("territory"), extra);
            assertEquals("territory changed in 2011: " + HEFEI_JOINED, row(t, "340100", 2011).get("territory"), extra);
            assertEquals("territory changed in 2011: " + WUHU_JOINED, row(t, "340200", 2011).get("territory"), extra);
            Map<String, Object> chaohu = row(t, "341400", 2010);
            assertEquals(95, chaohu.get("total"));          // 5 + 20 + 30 + 40
            assertEquals("341400 巢湖市 ends after 2010; its land went to 340100 合肥市 (341421 庐江县 as 340124 庐江县, 341402 居巢区 as 340181 巢湖市), "
                    + "340200 芜湖市 (341422 无为县 as 340225 无为县), 340500 马鞍山市 (341423 含山县 as 340522 含山县, 341424 和县 as 340523 和县)",
                    chaohu.get("territory"), extra);
            assertNull(row(t, "340300", 2011).get("territory"), "蚌埠's land did not change");
        }
        Map<String, Object> period = row(totals("by=prefecture&within=340000&yearFrom=2010&yearTo=2011&period=range"), "340100", null);
        assertEquals(260, period.get("total"));              // 100 + 160, over different land: said
        assertEquals("territory changed in 2011: " + HEFEI_JOINED, period.get("territory"));
        String csv = given().get("/api/v1/aggregates/totals?metric=" + ChaohuFixture.R + "&by=prefecture&within=340000&yearFrom=2011&format=csv").then().statusCode(200).extract().asString();
        assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",note,territory,ownFigures"), csv);
    }

    @Test
    void aSeriesGivesNoChangeAcrossAChangeOfLandAndAnAbolishedDivisionsSeriesSaysWhereItWent() {
        JsonPath hefei = series("division=340100&yearFrom=2010&yearTo=2011");
        assertEquals(List.of(100, 160), hefei.getList("items.value"));
        assertNull(hefei.get("items[1].change"), "160 − 100 would count 庐江 and 居巢 as growth");
        assertEquals("territory changed between 2010 and 2011: " + HEFEI_JOINED, hefei.getString("items[1].notComparable"));
        assertEquals(List.of("340100", "340100"), hefei.getList("items.reportedUnder"));
        assertNull(hefei.get("boundaries"));
        JsonPath chaohu = series("division=341400&yearFrom=2010&yearTo=2012");
        assertEquals(95, chaohu.getInt("items[0].value"));
        assertEquals("division 341400 not valid in 2011", chaohu.getString("items[1].gap"));
        assertTrue(chaohu.getString("items[1].territory").startsWith("341400 巢湖市 ends after 2010; its land went to 340100 合肥市 ("), chaohu.prettify());
        assertEquals(chaohu.getString("items[0].territory"), chaohu.getString("items[2].territory"));
        JsonPath county = series("division=340181&yearFrom=2010&yearTo=2011");
        assertEquals("340181 first valid in 2011; in 2010 its land was 341402 居巢区 of 341400 巢湖市", county.getString("items[0].territory"));
        assertEquals("division 340181 not valid in 2010", county.getString("items[0].gap"));
    }

    @Test
    void aSeriesRestatedOnOneYearsBoundariesAddsTheUnitsThatJoinedAndNamesItsBasis() {
        JsonPath hefei = series("division=340100&yearFrom=2010&yearTo=2011&boundaries=2011");
        assertEquals(2011, hefei.getInt("boundaries"));
        assertEquals(List.of(150, 160), hefei.getList("items.value"));   // 100 + 庐江 20 + 居巢 30; 160
        assertEquals("restated on 2011's boundaries: added 341421 庐江县, 341402 居巢区", hefei.getString("items[0].restated"));
        assertNull(hefei.get("items[1].restated"));
        String csv = given().get("/api/v1/series?metric=" + ChaohuFixture.R + "&division=340100&yearFrom=2010&yearTo=2011&boundaries=2011&format=csv")
                .then().statusCode(200).extract().asString();
        assertTrue(csv.contains("restated on 2011's boundaries: added 341421 庐江县, 341402 居巢区"), csv);
        assertEquals("reported", hefei.getString("items[0].method"));    // every unit added has a figure
        assertEquals(10, hefei.getInt("items[1].change"));
        JsonPath wuhu = series("division=340200&yearFrom=2010&yearTo=2011&boundaries=2011");
        assertEquals(List.of(290, 300), wuhu.getList("items.value"));    // 250 + 无为 40; 300
        JsonPath county = series("division=340181&yearFrom=2010&yearTo=2011&boundaries=2011");
        assertEquals(List.of(30, 33), county.getList("items.value"));    // 居巢区's land before the code existed
        assertEquals(3, county.getInt("items[1].change"));
        JsonPath backwards = series("division=340100&yearFrom=2010&yearTo=2011&boundaries=2010");
        assertEquals(List.of(100, 105), backwards.getList("items.value")); // 160 − 庐江 22 − 巢湖 33
        assertEquals("restated on 2010's boundaries: took out 340124 庐江县, 340181 巢湖市", backwards.getString("items[1].restated"));
        given().get("/api/v1/series?metric=" + ChaohuFixture.R + "&division=341400&yearFrom=2010&boundaries=2011").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("parameter", equalTo("boundaries")).body("detail", containsString("341400"));
    }

    @Test
    void aRankingInAYearOfChangeSaysSoForTheRowsConcerned() {
        JsonPath ranking = given().get("/api/v1/rankings?metric=" + ChaohuFixture.R + "&year=2011&within=340000&by=prefecture").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("340200", "340100"), ranking.getList("items.division.code"));
        assertEquals("territory changed in 2011: " + WUHU_JOINED, ranking.getString("items[0].territory"));
        assertEquals("territory changed in 2011: " + HEFEI_JOINED, ranking.getString("items[1].territory"));
        List<Map<String, Object>> unranked = ranking.getList("unranked");
        assertTrue(unranked.stream().filter(u -> "340300".equals(((Map<?, ?>) u.get("division")).get("code"))).allMatch(u -> u.get("territory") == null));
    }

    private static JsonPath totals(String query) {
        return given().get("/api/v1/aggregates/totals?metric=" + ChaohuFixture.R + "&" + query).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath series(String query) {
        return given().get("/api/v1/series?metric=" + ChaohuFixture.R + "&" + query).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath totals, String division, Integer year) {
        return totals.<Map<String, Object>>getList("items").stream()
                .filter(r -> division.equals(((Map<?, ?>) r.get("division")).get("code")) && java.util.Objects.equals(year, r.get("year")))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + division + " " + year));
    }
}
