package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Answers sized for charts (empty=omit, shape=columns, compression) and strict parameters, over the seed reports. */
@QuarkusTest
class ChartSizedAnswersTest {

    /** Every county of the country, two metrics, five years: 28,890 rows, three of them with a value (the seeds). */
    static final String COUNTIES = "/api/v1/aggregates/totals?metric=lreq.received&metric=pro.items&by=county&yearFrom=2014&yearTo=2018";

    private static HttpResponse<byte[]> raw(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void leavesOutRowsWithoutAValueWhenAsked() throws Exception {
        HttpResponse<byte[]> all = raw(COUNTIES);
        HttpResponse<byte[]> omitted = raw(COUNTIES + "&empty=omit");
        assertEquals(200, omitted.statusCode());
        assertTrue(all.body().length > 5_000_000, "the full answer: " + all.body().length + " bytes");
        assertTrue(omitted.body().length < 100_000, "with empty=omit: " + omitted.body().length + " bytes");
        given().get(COUNTIES + "&empty=omit").then().statusCode(200).body("items.total.every { it != null }", equalTo(true));
    }

    @Test
    void compressesJsonAndCsvWhenTheClientAcceptsGzip() throws Exception {
        HttpResponse<byte[]> plain = raw(COUNTIES);
        HttpResponse<byte[]> gzipped = raw(COUNTIES, "Accept-Encoding", "gzip");
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(gzipped.body().length * 20 < plain.body().length, gzipped.body().length + " vs " + plain.body().length);
        assertEquals(new String(plain.body(), StandardCharsets.UTF_8), gunzip(gzipped.body()));
        HttpResponse<byte[]> csv = raw(COUNTIES + "&format=csv", "Accept-Encoding", "gzip");
        assertEquals("gzip", csv.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(gunzip(csv.body()).startsWith("\uFEFFdivision.code,"));
        assertTrue(raw(COUNTIES).headers().firstValue("Content-Encoding").map(e -> e.equals("identity")).orElse(true));
    }

    @Test
    void givesTheCompressedAnswerItsOwnETagAndRevalidatesIt() throws Exception {
        String query = "/api/v1/aggregates/totals?metric=pro.items&by=province&yearFrom=2018";
        HttpResponse<byte[]> gzipped = raw(query, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> plain = raw(query);
        String tag = gzipped.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(tag, plain.headers().firstValue("ETag").orElseThrow());
        assertTrue(gzipped.headers().allValues("Vary").toString().contains("Accept-Encoding"));
        HttpResponse<byte[]> revalidated = raw(query, "Accept-Encoding", "gzip", "If-None-Match", tag);
        assertEquals(304, revalidated.statusCode());
        assertEquals(0, revalidated.body().length);
        assertEquals(200, raw(query, "If-None-Match", tag).statusCode()); // the identity answer is another representation
    }

    @Test
    void answersInColumnsForChartsAndRefusesColumnsAsCsv() {
        given().get("/api/v1/aggregates/totals?metric=pro.items&by=prefecture&within=652700&yearFrom=2018&shape=columns").then().statusCode(200)
                .body("items", equalTo(null)).body("columns.'division.code'[0]", equalTo("652700")).body("columns.total[0]", equalTo(3054))
                .body("columns.contributingUnits[0]", equalTo(1)).body("columns.expectedUnits[0]", equalTo(4));
        given().get("/api/v1/aggregates/totals?metric=pro.items&by=prefecture&within=652700&yearFrom=2018&shape=columns&format=csv").then()
                .statusCode(400).body("parameter", equalTo("shape"));
        given().get("/api/v1/aggregates/totals?metric=pro.items&by=prefecture&yearFrom=2018&shape=table").then()
                .statusCode(400).body("parameter", equalTo("shape"));
    }

    @Test
    void rejectsAnUnknownQueryParameterNamingIt() {
        given().get("/api/v1/reports?divison=650000").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("parameter", equalTo("divison")).body("detail", containsString("division"));
        given().get("/api/v1/reports?within=650000").then().statusCode(400).body("parameter", equalTo("within"));
        given().get("/api/v1/series?metric=lreq.received&division=650000&yearFrom=2016&year=2016").then().statusCode(400).body("parameter", equalTo("year"));
        given().get("/api/v1/metrics/pro.items?edition=2021").then().statusCode(400).body("parameter", equalTo("edition"));
    }

    @Test
    void rejectsAnUnknownFormatBeforeAnswering() {
        given().get("/api/v1/aggregates/totals?metric=pro.items&by=province&yearFrom=2018&format=xlsx").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("parameter", equalTo("format"));
        given().get("/api/v1/divisions?parent=652700&format=csv").then().statusCode(200).contentType(containsString("text/csv"));
    }
}
