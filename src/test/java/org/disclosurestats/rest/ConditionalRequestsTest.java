package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** If-None-Match as RFC 9110 has it: weak comparison, one tag per representation, "*" only where something exists. */
@QuarkusTest
class ConditionalRequestsTest {

    static final String TOTALS = "/api/v1/aggregates/totals?metric=pro.items&by=province&yearFrom=2016";

    private final CreatedReports created = new CreatedReports();

    @AfterEach
    void retractCreated() {
        created.retractAll();
    }

    /** A report of its own at revision 1; its id. */
    private long createReport(Map<String, Object> body) {
        Response response = Tokens.asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/reports");
        response.then().statusCode(201);
        return created.track(response.jsonPath().getLong("id"));
    }

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

    @Test
    void aReportAnswersIfNoneMatchWithItsRevisionTagPerCoding() {
        long id = createReport(Submissions.report2021(Submissions.issuer("条件读取")));
        String url = "/api/v1/reports/" + id;
        String plain = get(url).then().statusCode(200).extract().header("ETag");
        assertEquals("\"" + id + "-1\"", plain, "the identity body carries the revision's own tag, the one PUT takes");
        String gzip = get(url, "Accept-Encoding", "gzip").then().statusCode(200).header("Content-Encoding", "gzip").extract().header("ETag");
        assertEquals("\"" + id + "-1-gzip\"", gzip, "the gzip body is other bytes, so another strong tag");

        get(url, "If-None-Match", plain).then().statusCode(304).header("ETag", plain).header("Cache-Control", "public, max-age=60");
        get(url, "If-None-Match", "W/" + plain).then().statusCode(304);
        get(url, "If-None-Match", "\"other\", " + plain).then().statusCode(304);
        get(url, "If-None-Match", "\"other\"").then().statusCode(200);
        get(url, "Accept-Encoding", "gzip", "If-None-Match", gzip).then().statusCode(304).header("ETag", gzip);
        get(url, "Accept-Encoding", "gzip", "If-None-Match", plain).then().statusCode(200);
        get(url, "If-None-Match", gzip).then().statusCode(200);
    }

    @Test
    void eitherCodingsTagIsAnIfMatchForPutAndGoesStaleWithTheRevision() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("条件改写"));
        long id = createReport(body);
        String url = "/api/v1/reports/" + id;
        String gzip = get(url, "Accept-Encoding", "gzip").then().statusCode(200).extract().header("ETag");
        Submissions.cells(body, "proactive", "rules").put("in_force", 13);
        Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", gzip).body(body).put(url)
                .then().statusCode(200).header("ETag", "\"" + id + "-2\"");

        get(url, "If-None-Match", "\"" + id + "-1\"").then().statusCode(200).header("ETag", "\"" + id + "-2\"");
        get(url, "Accept-Encoding", "gzip", "If-None-Match", gzip).then().statusCode(200);
        get(url, "If-None-Match", "\"" + id + "-2\"").then().statusCode(304);
        Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", gzip).body(body).put(url).then().statusCode(412);
        Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", "\"" + id + "-2-br\"").body(body).put(url).then().statusCode(412);
    }
}
