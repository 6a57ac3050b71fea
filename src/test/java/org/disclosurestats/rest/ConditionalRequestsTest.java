package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** If-None-Match as RFC 9110 has it: weak comparison, one tag per representation, "*" only where something exists. */
@QuarkusTest
class ConditionalRequestsTest {

    static final String TOTALS = "/api/v1/aggregates/totals?metric=pro.items&by=province&yearFrom=2016";

    /** No Accept-Encoding unless the headers ask for one (the client library asks for gzip by default). */
    private static Response get(String url, String... headers) {
        var request = given().urlEncodingEnabled(false).config(io.restassured.RestAssured.config()
                .decoderConfig(io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()));
        for (int i = 0; i < headers.length; i += 2) {
            request = request.header(headers[i], headers[i + 1]);
        }
        return request.get(url);
    }

    @Test
    void aWeakTagMatchesItsStrongTwin() {
        String tag = get(TOTALS).then().statusCode(200).extract().header("ETag");
        assertTrue(tag.startsWith("\""), "the service's tags are strong: " + tag);
        get(TOTALS, "If-None-Match", "W/" + tag).then().statusCode(304);
        get(TOTALS, "If-None-Match", "\"other\", W/" + tag).then().statusCode(304);
        get(TOTALS, "If-None-Match", "W/\"other\"").then().statusCode(200);
    }

    @Test
    void eachRepresentationHasItsOwnTag() {
        Response json = get(TOTALS, "Accept", "application/json");
        Response csv = get(TOTALS, "Accept", "text/csv");
        assertTrue(csv.getContentType().startsWith("text/csv"));
        assertNotEquals(json.header("ETag"), csv.header("ETag"));

        Response preferJson = get(TOTALS, "Accept", "text/csv;q=0.5, application/json");
        assertTrue(preferJson.getContentType().startsWith("application/json"), preferJson.getContentType());
        assertEquals(json.header("ETag"), preferJson.header("ETag"), "a JSON body carries the JSON tag");
        Response preferCsv = get(TOTALS, "Accept", "application/json;q=0.4, text/csv");
        assertTrue(preferCsv.getContentType().startsWith("text/csv"), preferCsv.getContentType());
        assertEquals(csv.header("ETag"), preferCsv.header("ETag"), "a CSV body carries the CSV tag");

        get(TOTALS, "Accept", "text/csv", "If-None-Match", json.header("ETag")).then().statusCode(200);
        get(TOTALS, "Accept", "text/csv", "If-None-Match", csv.header("ETag")).then().statusCode(304);

        Response gzip = get(TOTALS, "Accept", "application/json", "Accept-Encoding", "gzip");
        assertNotEquals(json.header("ETag"), gzip.header("ETag"), "the gzip body is another representation");
        get(TOTALS, "Accept-Encoding", "gzip", "If-None-Match", json.header("ETag")).then().statusCode(200);
    }

    @Test
    void anyTagOnlyWhereTheResourceExists() {
        long id = given().get("/api/v1/reports?limit=1").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        get("/api/v1/reports/" + id, "If-None-Match", "*").then().statusCode(304);
        get("/api/v1/reports/999999", "If-None-Match", "*").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        get("/api/v1/divisions/999999", "If-None-Match", "*").then().statusCode(404);
        get(TOTALS, "If-None-Match", "*").then().statusCode(304);
    }
}
