package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportResourceTest {

    @Test
    void filtersReportsByScopeYearAndEdition() {
        // Other tests may add legacy reports of their own (a 2015 self report among them); the seeds are always among the answer.
        given().get("/api/v1/reports?scope=aggregate&edition=legacy").then().statusCode(200)
                .body("items.scope", everyItem(equalTo("aggregate"))).body("items.division.code", hasItems("650000", "340100", "652702"));
        given().get("/api/v1/reports?year=2015&scope=self&edition=legacy").then().statusCode(200)
                .body("items.issuerName", hasItems("昆都仑区人民政府")).body("items.year", everyItem(equalTo(2015)))
                .body("items.scope", everyItem(equalTo("self"))).body("items.edition", everyItem(equalTo("legacy")));
        given().get("/api/v1/reports?edition=2021&year=2016").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void pagesWithoutLosingOrRepeatingReports() {
        // Whatever reports other tests have added, pages of two give the same reports, in the same order, as one page of all.
        List<Integer> all = given().queryParam("edition", "legacy").queryParam("limit", 200).get("/api/v1/reports")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Integer.class);
        List<Integer> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response page = given().queryParam("edition", "legacy").queryParam("limit", 2)
                    .queryParam("cursor", cursor == null ? "" : cursor).get("/api/v1/reports");
            page.then().statusCode(200);
            seen.addAll(page.jsonPath().getList("items.id", Integer.class));
            cursor = page.jsonPath().getString("nextCursor");
            if (cursor != null) {
                page.then().header("Link", containsString("rel=\"next\""));
            }
            pages++;
        } while (cursor != null);
        assertTrue(all.size() >= 5, "the five seed reports are legacy reports");
        assertEquals(all, seen);
        assertEquals(all.size(), new HashSet<>(seen).size());
        assertEquals((all.size() + 1) / 2, pages);
    }

    @Test
    void answersProblemsForBadParametersAndUnknownReports() {
        given().get("/api/v1/reports/abc").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("parameter", equalTo("id")).body("type", equalTo("urn:disclosure-stats:problem:bad-parameter"));
        given().get("/api/v1/reports/999999").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("999999"));
        given().get("/api/v1/reports?year=16").then().statusCode(400).body("parameter", equalTo("year"));
        given().get("/api/v1/reports?scope=all").then().statusCode(400).body("parameter", equalTo("scope"))
                .body("detail", containsString("self, aggregate"));
        given().get("/api/v1/reports?limit=100000").then().statusCode(400).body("parameter", equalTo("limit"));
        given().get("/api/v1/reports?cursor=garbage!").then().statusCode(400).body("parameter", equalTo("cursor"));
    }

    @Test
    void answersUnknownPathsWithProblemsAndNoStackTrace() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(404)).body("instance", equalTo("/api/v1/nothing-here"))
                .body("trace", nullValue());
    }

    @Test
    void servesHealthAndTheSwaggerUi() {
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/api/v1/reports?limit=1").then().body("nextCursor", notNullValue());
    }
}
