package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The requests that ended the JVM, scaled to the test profile's 1 MB body limit and 2 MB body budget:
 * oversized bodies declared or chunked, many large bodies at once, a huge import. Each ends in a clear
 * problem, and the service answers afterwards.
 */
@QuarkusTest
class MemoryBoundsTest {

    private static void serviceStillAnswers() {
        given().get("/api/v1/reports/1").then().statusCode(200);
    }

    @Test
    void aChunkedBodyGrowingPastTheLimitIsA413Problem() {
        byte[] body = ("{\"text\":\"" + "公".repeat(500_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        Tokens.asAdmin().contentType(ContentType.JSON).body(new ByteArrayInputStream(body)).post("/api/v1/reports").then().statusCode(413)
                .contentType(Problem.MEDIA_TYPE).body("status", equalTo(413));
        Submissions.ndjson(Tokens.asAdmin(), "x").body(new ByteArrayInputStream(body)).post("/api/v1/reports:bulk").then().statusCode(413)
                .contentType(Problem.MEDIA_TYPE);
        serviceStillAnswers();
    }

    @Test
    void aSmallChunkedBodyIsReadAsUsual() {
        byte[] body = "{\"issuerName\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        Tokens.asAdmin().contentType(ContentType.JSON).body(new ByteArrayInputStream(body)).post("/api/v1/reports").then().statusCode(422)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void manyLargeBodiesAtOnceQueueOrGet503WithRetryAfterAndTheServiceStaysUp() throws Exception {
        Map<String, Object> report = Submissions.report2021(Submissions.issuer("并发"));
        report.put("division", "not-a-division"); // refused after being read: nothing is stored
        report.put("text", "公".repeat(300_000)); // 0.9 MB
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<io.restassured.response.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> Tokens.asAdmin().contentType(ContentType.JSON).body(report).post("/api/v1/reports")));
            }
            int busy = 0;
            for (Future<io.restassured.response.Response> answer : answers) {
                io.restassured.response.Response r = answer.get();
                assertTrue(r.statusCode() == 422 || r.statusCode() == 503, "422 or 503, got " + r.statusCode());
                assertEquals(Problem.MEDIA_TYPE, r.contentType().split(";")[0]);
                if (r.statusCode() == 503) {
                    busy++;
                    assertEquals(String.valueOf(BodyBudget.RETRY_AFTER_SECONDS), r.header("Retry-After"));
                }
            }
            assertTrue(busy < 8, "at least one large body is always admitted");
        } finally {
            pool.shutdownNow();
        }
        serviceStillAnswers();
    }

    @Test
    void anImportWhoseTextIsTooLongIsA413NamingTheBody() {
        String text = "某县人民政府2021年政府信息公开工作年度报告\n" + "第一句话没有任何数字内容。".repeat(9_000); // 117,000 characters
        Tokens.asAdmin().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8)).queryParam("division", "340104")
                .queryParam("year", "2021").queryParam("scope", "self").post("/api/v1/imports").then().statusCode(413)
                .contentType(Problem.MEDIA_TYPE).body("parameter", equalTo("body"));
        serviceStillAnswers();
    }

    @Test
    void aHugeImportIsRefusedBeforeItIsRead() {
        byte[] huge = "没有数字的句子。".repeat(180_000).getBytes(StandardCharsets.UTF_8); // 4.3 MB
        Tokens.asAdmin().contentType("text/plain; charset=UTF-8").body(huge).queryParam("division", "340104").post("/api/v1/imports")
                .then().statusCode(413).contentType(Problem.MEDIA_TYPE);
        serviceStillAnswers();
    }
}
