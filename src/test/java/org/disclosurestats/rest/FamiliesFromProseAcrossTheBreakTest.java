package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.disclosurestats.fixtures.BaiyinFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Session 7's prose metrics carry the legacy rows' series past 2018 (白银市 620400 of BaiyinFixture, sums in its table). */
@QuarkusTest
class FamiliesFromProseAcrossTheBreakTest {

    @Inject
    BaiyinFixture fixture;

    @BeforeEach
    void load() {
        fixture.load(); // idempotent
    }

    private static Map<String, Object> point(JsonPath series, int year) {
        return series.<Map<String, Object>>getList("items").stream().filter(p -> Integer.valueOf(year).equals(p.get("year")))
                .findFirst().orElseThrow(() -> new AssertionError("no point " + year));
    }

    @Test
    void onlineRequestsRunFromTheLegacyRowToThe2019ProseCountWithTheBreakMarked() {
        JsonPath s = given().get("/api/v1/series?metric=family.requests_online&division=620400&yearFrom=2017&yearTo=2020")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(4, 7, 10, 13), s.getList("items.value"));
        assertEquals(List.of("lreq.received.online", "lreq.received.online", "req.channel.online", "req.channel.online"),
                s.getList("items.metricUsed"));
        assertEquals(List.of(false, false, true, false), s.getList("items.break"));
        assertTrue(((String) point(s, 2019).get("breakNote")).startsWith("From 2019 no table counts requests by channel"));
        assertEquals(2, point(s, 2019).get("contributingUnits"));         // 白银区 + 靖远县, not 会宁县's late legacy report
        assertEquals(5, point(s, 2019).get("expectedUnits"));
        assertEquals(3, point(s, 2018).get("change"));                    // 7 - 4, the same two units
        assertNull(point(s, 2019).get("change"));
        assertTrue(((String) point(s, 2019).get("notComparable")).startsWith("edition break"));
        assertEquals(3, point(s, 2020).get("change"));                    // 13 - 10, the same definition and units
    }

    @Test
    void lawsuitTotalsMarkTheBreakOnTheFirstYearOfTheNewDefinition() {
        JsonPath t = given().get("/api/v1/aggregates/totals?metric=family.lawsuits&by=prefecture&within=620400&yearFrom=2018&yearTo=2019")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(1, 3), t.getList("items.total"));
        assertEquals(List.of("lappeal.suit", "appeal.suit.total"), t.getList("items.metricUsed"));
        assertEquals(List.of(false, true), t.getList("items.editionBreak"));
    }

    @Test
    void listsTheNewFamiliesAndLeavesTheRedrawnDenialsOut() {
        JsonPath families = given().get("/api/v1/metrics/families").then().statusCode(200).extract().jsonPath();
        Map<String, List<String>> members = new java.util.HashMap<>();
        families.<Map<String, Object>>getList("items").forEach(f -> members.put((String) f.get("code"),
                ((List<Map<String, Object>>) f.get("members")).stream().map(m -> (String) m.get("metric")).toList()));
        assertEquals(List.of("lappeal.suit", "appeal.suit.total"), members.get("family.lawsuits"));
        assertEquals(List.of("lreq.received.in_person", "req.channel.in_person"), members.get("family.requests_in_person"));
        assertEquals(List.of("lreq.received.online", "req.channel.online"), members.get("family.requests_online"));
        assertEquals(List.of("lreq.received.letter", "req.channel.letter"), members.get("family.requests_letter"));
        assertTrue(members.values().stream().flatMap(List::stream)
                .noneMatch(m -> m.equals("req.denied.total") || m.equals("lreq.answered.denied") || m.equals("interact.letters.received")));
    }
}
