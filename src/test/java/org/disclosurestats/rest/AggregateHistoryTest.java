package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Totals follow every write at once, and asOf answers as the data stood then. */
@QuarkusTest
class AggregateHistoryTest {

    // 昆都仑区 (150203) in 2022, alone in its year: its own figure is the county's total.
    static final String TOTALS = "/api/v1/aggregates/totals?metric=req.new.total&by=county&within=150200&yearFrom=2022";

    private static Map<String, Object> kundulun(int newRequests) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issuerName", "昆都仑区人民政府");
        body.put("issuerKind", "government");
        body.put("division", "150203");
        body.put("year", 2022);
        body.put("scope", "self");
        body.put("edition", "2021");
        body.put("title", "昆都仑区人民政府2022年政府信息公开工作年度报告");
        body.put("figures", List.of(Map.of("metric", "req.new.total", "value", newRequests)));
        return body;
    }

    private static Object kundulunTotal(String query) {
        return given().get(TOTALS + query).then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("items").stream().filter(r -> "150203".equals(code(r))).findFirst().orElseThrow().get("total");
    }

    @Test
    void totalsChangeRightAfterARevisionAndAsOfKeepsTheEarlierValue() throws InterruptedException {
        String etagBefore = given().get(TOTALS).getHeader("ETag");
        Response created = Tokens.asAdmin().contentType(ContentType.JSON).body(kundulun(10)).post("/api/v1/reports");
        created.then().statusCode(201);
        String location = created.getHeader("Location");
        assertEquals(10, kundulunTotal(""));
        assertNotEquals(etagBefore, given().get(TOTALS).getHeader("ETag"), "a write changes the ETag of every answer");
        Thread.sleep(5); // revisions are timestamped; asOf needs an instant strictly between them
        String firstVersion = OffsetDateTime.now().toString();
        Thread.sleep(5);

        Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", created.getHeader("ETag")).body(kundulun(14))
                .put(location).then().statusCode(200);
        assertEquals(14, kundulunTotal(""));
        assertEquals(10, kundulunTotal("&asOf=" + firstVersion));
        Thread.sleep(5);
        String secondVersion = OffsetDateTime.now().toString();
        Thread.sleep(5);

        Tokens.asAdmin().delete(location).then().statusCode(204);
        assertNull(kundulunTotal(""), "a retracted report leaves the totals at once");
        assertEquals(14, kundulunTotal("&asOf=" + secondVersion));
        given().get("/api/v1/series?metric=req.new.total&division=150203&yearFrom=2022&yearTo=2022&asOf=" + secondVersion)
                .then().statusCode(200).body("items[0].value", org.hamcrest.Matchers.equalTo(14));
    }

    /** The code of a row's division ({code, name, level}). */
    private static Object code(Map<String, Object> row) {
        return ((Map<?, ?>) row.get("division")).get("code");
    }
}
