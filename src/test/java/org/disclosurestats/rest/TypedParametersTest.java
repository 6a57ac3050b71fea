package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A typed parameter that does not parse is the same problem+json 400 naming it, whatever its type. */
@QuarkusTest
class TypedParametersTest {

    private static void badParameter(String url, String parameter, String detail) {
        given().get(url).then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("parameter", equalTo(parameter)).body("detail", containsString(detail))
                .body("type", equalTo("urn:disclosure-stats:problem:bad-parameter"));
    }

    @Test
    void wholeNumbers() {
        badParameter("/api/v1/aggregates/totals?metric=pro.items&by=province&yearFrom=20x6", "yearFrom", "'20x6' is not a whole number");
        badParameter("/api/v1/reports?limit=ten", "limit", "'ten' is not a whole number");
        badParameter("/api/v1/reports?year=16", "year", "'16' is not a year");
    }

    @Test
    void booleansInstantsAndWords() {
        badParameter("/api/v1/aggregates/totals?metric=pro.items&by=province&yearFrom=2016&includeMissing=yes", "includeMissing", "not true or false");
        badParameter("/api/v1/reports?asOf=yesterday", "asOf", "ISO-8601");
        badParameter("/api/v1/rankings?metric=pro.items&year=2016&by=county&order=up", "order", "desc, asc");
        badParameter("/api/v1/series?metric=pro.items&division=650000&yearFrom=2016&empty=none", "empty", "include, omit");
        badParameter("/api/v1/divisions?level=city", "level", "province, prefecture, county, zone");
    }

    @Test
    void blankIsAbsent() {
        given().get("/api/v1/reports?year=&limit=").then().statusCode(200);
    }
}
