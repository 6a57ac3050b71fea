package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A totals answer served from the cache is the very body the service wrote for that question at that
 * dataset version, with the same headers; a new revision is a new version, so the next answer is computed
 * afresh and states the new figure (never the kept one).
 */
@QuarkusTest
class CachedAnswersTest {

    /** 合肥市 (340100) and the other prefectures of 安徽 in 2021: the reports created below are of 蜀山区, under 合肥. */
    static final String TOTALS = "/api/v1/aggregates/totals?metric=pro.rules.in_force&by=prefecture&within=340000&yearFrom=2021";
    static final String SAME_QUESTION_REORDERED = "/api/v1/aggregates/totals?yearFrom=2021&within=340000&by=prefecture&metric=pro.rules.in_force";

    @Inject
    AnswerCache cache;

    private final CreatedReports created = new CreatedReports();

    @AfterEach
    void retractCreated() {
        created.retractAll();
    }

    /** No Accept-Encoding (the client library asks for gzip by default, and compressed answers are not kept). */
    private static io.restassured.specification.RequestSpecification plain() {
        return given().urlEncodingEnabled(false).config(io.restassured.RestAssured.config()
                .decoderConfig(io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()));
    }

    private static Response get(String url) {
        return plain().get(url).then().statusCode(200).extract().response();
    }

    private static Number hefei(byte[] body) {
        return JsonPath.from(new String(body, StandardCharsets.UTF_8)).get("items.find { it.division.code == '340100' }.total");
    }

    @Test
    void aKeptAnswerIsTheWrittenOneUntilANewRevisionChangesIt() {
        Map<String, Object> report = Submissions.report2021(Submissions.issuer("缓存"));
        Response posted = Tokens.asAdmin().contentType(ContentType.JSON).body(report).post("/api/v1/reports");
        posted.then().statusCode(201);
        long id = created.track(posted.jsonPath().getLong("id"));

        long hits = cache.hits();
        Response written = get(TOTALS);
        assertEquals(hits, cache.hits(), "the first answer is computed and written");
        Response kept = get(TOTALS);
        assertEquals(hits + 1, cache.hits(), "the same question at the same version is answered from the cache");
        assertArrayEquals(written.asByteArray(), kept.asByteArray());
        for (String header : new String[] {"Content-Type", "Content-Length", "ETag", "Dataset-Version", "Cache-Control", "Last-Modified", "Vary"}) {
            assertEquals(written.header(header), kept.header(header), header);
        }
        // the same question with its parameters in another order (its ETag names its own URL)
        assertArrayEquals(written.asByteArray(), get(SAME_QUESTION_REORDERED).asByteArray());
        assertEquals(hits + 2, cache.hits());
        plain().header("If-None-Match", kept.header("ETag")).get(TOTALS).then().statusCode(304);

        Submissions.cells(report, "proactive", "rules").put("in_force", 13);
        Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", "\"" + id + "-1\"").body(report).put("/api/v1/reports/" + id)
                .then().statusCode(200);
        long hitsBefore = cache.hits();
        Response revised = get(TOTALS);
        assertEquals(hitsBefore, cache.hits(), "a new revision is a new dataset version: nothing kept answers it");
        assertNotEquals(written.header("Dataset-Version"), revised.header("Dataset-Version"));
        assertFalse(java.util.Arrays.equals(written.asByteArray(), revised.asByteArray()));
        assertEquals(hefei(written.asByteArray()).intValue() + 1, hefei(revised.asByteArray()).intValue(),
                "the revised figure (12 → 13) is in the new answer");
        assertArrayEquals(revised.asByteArray(), get(TOTALS).asByteArray(), "and that answer is kept in turn");
    }

    @Test
    void aKeptAnswerOfManyChunksGoesOutWholeWithItsLength() {
        String counties = "/api/v1/aggregates/totals?metric=pro.rules.in_force&by=county&within=340000&yearFrom=2010&yearTo=2025";
        Response written = get(counties);
        long hits = cache.hits();
        Response kept = get(counties);
        assertEquals(hits + 1, cache.hits(), "answered from the cache");
        byte[] body = kept.asByteArray();
        assertTrue(body.length > 4 * AnswerStream.WINDOW, "larger than the stream's window, so sent in many views of the kept bytes: " + body.length);
        assertArrayEquals(written.asByteArray(), body);
        assertEquals(String.valueOf(body.length), kept.header("Content-Length"), "not chunked: its length is known");
        assertEquals(written.header("Content-Length"), kept.header("Content-Length"));
    }

    @Test
    void aCompressedAnswerIsStillCompressedAfterTheSameQuestionWasKept() {
        get(TOTALS);
        get(TOTALS);
        long hits = cache.hits();
        given().header("Accept-Encoding", "gzip").get(TOTALS).then().statusCode(200).header("Content-Encoding", "gzip");
        assertEquals(hits, cache.hits(), "compressed answers are not served from the cache");
    }

    @Test
    void answersAsOfAnInstantOrInCsvAreNotKept() {
        long hits = cache.hits();
        get(TOTALS + "&asOf=2030-01-01T00:00:00Z");
        get(TOTALS + "&asOf=2030-01-01T00:00:00Z");
        plain().accept("text/csv").get(TOTALS).then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"));
        plain().accept("text/csv").get(TOTALS).then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"));
        assertEquals(hits, cache.hits());
    }

    @Test
    void aBadQuestionIsNeverAnsweredFromTheCache() {
        get(TOTALS);
        plain().get(TOTALS + "&divison=340000").then().statusCode(400);
    }
}
