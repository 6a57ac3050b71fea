package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Safe retries (Idempotency-Key), no duplicates, and what the API refuses to read. */
@QuarkusTest
class IdempotencyAndLimitsTest {

    private final CreatedReports created = new CreatedReports();

    @AfterEach
    void retractCreated() {
        created.retractAll();
    }

    private static Response post(Map<String, Object> body, String key) {
        return Tokens.asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/api/v1/reports");
    }

    @Test
    void aRetriedPostWithTheSameKeyReturnsTheFirstAnswerAndRecordsNothingMore() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("重试"));
        String key = UUID.randomUUID().toString();
        Response first = post(body, key);
        first.then().statusCode(201);
        long id = created.track(first.jsonPath().getLong("id"));

        Response retry = post(body, key);
        retry.then().statusCode(201).header("Location", first.header("Location")).header("ETag", first.header("ETag"))
                .header("Idempotent-Replayed", "true");
        assertEquals(first.jsonPath().getMap(""), retry.jsonPath().getMap(""));
        given().get("/api/v1/reports/" + id + "/revisions").then().body("revisions", hasSize(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("换体"));
        String key = UUID.randomUUID().toString();
        created.track(post(body, key).then().statusCode(201).extract().jsonPath().getLong("id"));
        body.put("title", "something else");
        post(body, key).then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:disclosure-stats:problem:idempotency-key-reused"));
    }

    @Test
    void aFailedPostDoesNotUseUpItsKey() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("失败"));
        String key = UUID.randomUUID().toString();
        body.put("division", "999999");
        post(body, key).then().statusCode(422);
        body.put("division", "340104");
        created.track(post(body, key).then().statusCode(201).extract().jsonPath().getLong("id"));
    }

    @Test
    void postingAReportThatExistsIs422PointingToPut() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("重复"));
        long id = created.track(Tokens.asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(201)
                .extract().jsonPath().getLong("id"));
        Tokens.asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(422)
                .body("detail", containsString("/api/v1/reports/" + id));
    }

    @Test
    void everyRuleViolationIsListedWithItsPointerAndNothingIsStored() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("规则"));
        body.put("division", "340104");
        Submissions.cells(body, "requests", "granted").put("research", -1);   // negative
        Submissions.cells(body, "appeals", "review").put("pending", 0.5);    // not a whole count
        body.put("figures", java.util.List.of(Map.of("metric", "no.such.metric", "value", 1)));
        Tokens.asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(422)
                .body("violations.pointer", hasItem("/tables/requests/granted/research"))
                .body("violations.pointer", hasItem("/tables/appeals/review/pending"))
                .body("violations.pointer", hasItem("/figures/0/metric"));
        given().queryParam("year", 2021).get("/api/v1/reports").then().body("items.issuerName", org.hamcrest.Matchers.not(hasItem(body.get("issuerName"))));
    }

    @Test
    void aValueTheDatabaseCouldNotStoreExactlyIs422NotA500() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("数值"));
        body.put("figures", java.util.List.of(
                Map.of("metric", "pro.rules.issued", "value", new java.math.BigDecimal("1000000000000000000")),   // 19 digits
                Map.of("metric", "pro.admin_fees.amount", "value", new java.math.BigDecimal("1.2345678"))));   // 7 decimals
        Tokens.asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("violations.pointer", hasItem("/figures/0/value"))
                .body("violations.pointer", hasItem("/figures/1/value"));
        given().queryParam("year", 2021).get("/api/v1/reports").then().body("items.issuerName", org.hamcrest.Matchers.not(hasItem(body.get("issuerName"))));
    }

    @Test
    void anUnknownFieldIs400NamingIt() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("字段"));
        body.put("issuer", "typo");
        Tokens.asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("detail", containsString("'issuer'")).body("violations[0].pointer", equalTo("/issuer"));
        Map<String, Object> figure = Map.of("metric", "pro.rules.issued", "value", 1, "valeu", 2);
        body.remove("issuer");
        body.put("figures", java.util.List.of(figure));
        Tokens.asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(400)
                .body("violations[0].pointer", equalTo("/figures/0/valeu"));
    }

    @Test
    void aBodyOverTheSizeLimitIs413ProblemJson() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("过大"));
        body.put("text", "公".repeat(400_000));   // 1.2 MB in UTF-8, over the test profile's 1M
        Tokens.asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(413)
                .contentType(Problem.MEDIA_TYPE).body("status", equalTo(413));
    }
}
