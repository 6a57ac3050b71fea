package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every change is a new revision: PUT needs the current ETag, history and asOf show what was, retraction hides without deleting. */
@QuarkusTest
class RevisionsTest {

    private final CreatedReports created = new CreatedReports();

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void retractCreated() {
        created.retractAll();
    }

    private record Stored(long id, String etag) {
    }

    private Stored create(Map<String, Object> body) {
        Response response = Tokens.asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/reports");
        response.then().statusCode(201);
        long id = created.track(response.jsonPath().getLong("id"));
        response.then().header("Location", "/api/v1/reports/" + id).header("ETag", "\"" + id + "-1\"");
        return new Stored(id, response.header("ETag"));
    }

    /** The fixture with 2 instead of 1 rules in force (a change no identity involves). */
    private static Map<String, Object> corrected(Map<String, Object> body) {
        Submissions.cells(body, "proactive", "rules").put("in_force", 13);
        body.put("changeNote", "规章现行有效件数 corrected from 12 to 13");
        return body;
    }

    @Test
    void aPutWithoutIfMatchIs428() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("无条件"));
        Stored report = create(body);
        Tokens.asAdmin().contentType(ContentType.JSON).body(corrected(body)).put("/api/v1/reports/" + report.id()).then().statusCode(428)
                .contentType(Problem.MEDIA_TYPE).body("parameter", equalTo("If-Match"));
    }

    @Test
    void aPutWithAStaleETagIs412AndChangesNothing() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("过期"));
        Stored report = create(body);
        Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", report.etag()).body(corrected(body))
                .put("/api/v1/reports/" + report.id()).then().statusCode(200).header("ETag", "\"" + report.id() + "-2\"");
        body.put("title", "another title");
        Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", report.etag()).body(body)
                .put("/api/v1/reports/" + report.id()).then().statusCode(412).contentType(Problem.MEDIA_TYPE);
        given().get("/api/v1/reports/" + report.id() + "/revisions").then().body("revisions", hasSize(2));
    }

    @Test
    void aPutRecordsANewRevisionAndTheOldOneStaysAsItWas() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("修订"));
        Stored report = create(body);
        Tokens.as(Tokens.publisher("shushan-platform", "340104")).contentType(ContentType.JSON).header("If-Match", report.etag())
                .body(corrected(body)).put("/api/v1/reports/" + report.id()).then().statusCode(200).body("revision", equalTo(2))
                .body("observations.find { it.metric == 'pro.rules.in_force' }.value", equalTo(13));
        given().get("/api/v1/reports/" + report.id() + "/revisions").then().statusCode(200)
                .body("currentRevision", equalTo(2))
                .body("revisions[0].recordedBy", equalTo("test-admin"))
                .body("revisions[1].recordedBy", equalTo("shushan-platform"))
                .body("revisions[1].changeNote", equalTo("规章现行有效件数 corrected from 12 to 13"))
                .body("revisions[1].figuresChanged", equalTo(List.of("pro.rules.in_force")))
                .body("revisions[1].figuresAdded", hasSize(0));
        given().get("/api/v1/reports/" + report.id() + "/revisions/1").then().statusCode(200)
                .body("observations.find { it.metric == 'pro.rules.in_force' }.value", equalTo(12));
        given().get("/api/v1/reports/" + report.id() + "/revisions/3").then().statusCode(404);
    }

    @Test
    void resubmittingTheSameContentRecordsNothing() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("不变"));
        Stored report = create(body);
        Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", report.etag()).body(body)
                .put("/api/v1/reports/" + report.id()).then().statusCode(200).header("ETag", report.etag());
        given().get("/api/v1/reports/" + report.id() + "/revisions").then().body("revisions", hasSize(1));
    }

    @Test
    void theIdentityOfAReportCannotChangeByPut() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("身份"));
        Stored report = create(body);
        body.put("year", 2022);
        Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", report.etag()).body(body)
                .put("/api/v1/reports/" + report.id()).then().statusCode(422).body("violations.pointer", hasItem("/year"));
    }

    @Test
    void asOfAnswersAsTheDataStoodThen() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("时点"));
        Stored report = create(body);
        String firstRecorded = given().get("/api/v1/reports/" + report.id()).then().extract().jsonPath().getString("recordedAt");
        Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", report.etag()).body(corrected(body))
                .put("/api/v1/reports/" + report.id()).then().statusCode(200);

        given().queryParam("asOf", firstRecorded).get("/api/v1/reports/" + report.id()).then().statusCode(200)
                .header("ETag", matchesPattern("\"" + report.id() + "-1(-gzip)?\"")).body("revision", equalTo(1))
                .body("observations.find { it.metric == 'pro.rules.in_force' }.value", equalTo(12));
        given().get("/api/v1/reports/" + report.id()).then().body("observations.find { it.metric == 'pro.rules.in_force' }.value", equalTo(13));
        given().queryParam("asOf", "2000-01-01T00:00:00Z").get("/api/v1/reports/" + report.id()).then().statusCode(404);
        given().queryParam("asOf", "2000-01-01T00:00:00Z").queryParam("year", 2021).get("/api/v1/reports").then().statusCode(200)
                .body("items.id", not(hasItem((int) report.id())));
        given().queryParam("asOf", firstRecorded).queryParam("year", 2021).get("/api/v1/reports").then()
                .body("items.find { it.id == " + report.id() + " }.revision", equalTo(1));
        given().queryParam("asOf", "yesterday").get("/api/v1/reports").then().statusCode(400).body("parameter", equalTo("asOf"));
    }

    @Test
    void retractionHidesAReportFromReadsAndFiguresButKeepsItsHistory() throws SQLException {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("撤回"));
        Stored report = create(body);
        String beforeRetraction = given().get("/api/v1/reports/" + report.id()).then().extract().jsonPath().getString("recordedAt");
        // every reported cell of the fixture is projected: 3 of section 二, 25 × 7 of 三, 3 × 5 of 四
        assertEquals(3 + 25 * 7 + 3 * 5, currentFigures(report.id()));

        Tokens.asAdmin().queryParam("note", "published twice").delete("/api/v1/reports/" + report.id()).then().statusCode(204)
                .header("ETag", "\"" + report.id() + "-2\"");

        given().get("/api/v1/reports/" + report.id()).then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().queryParam("year", 2021).queryParam("limit", 200).get("/api/v1/reports").then().body("items.id", not(hasItem((int) report.id())));
        assertEquals(0, currentFigures(report.id()));
        given().get("/api/v1/reports/" + report.id() + "/revisions").then().statusCode(200)
                .body("revisions.status", equalTo(List.of("published", "retracted")))
                .body("revisions[1].changeNote", equalTo("published twice"))
                .body("revisions[1].figures", equalTo(0));
        given().queryParam("asOf", beforeRetraction).get("/api/v1/reports/" + report.id()).then().statusCode(200);
        // retracting again records nothing
        Tokens.asAdmin().delete("/api/v1/reports/" + report.id()).then().statusCode(204);
        given().get("/api/v1/reports/" + report.id() + "/revisions").then().body("revisions", hasSize(2));
    }

    @Test
    void ofTwoConcurrentPutsWithTheSameETagExactlyOneWins() throws Exception {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("并发"));
        Stored report = create(body);
        Map<String, Object> first = Submissions.report2021((String) body.get("issuerName"));
        Submissions.cells(first, "proactive", "rules").put("in_force", 20);
        Map<String, Object> second = Submissions.report2021((String) body.get("issuerName"));
        Submissions.cells(second, "proactive", "rules").put("in_force", 30);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = pool.submit(put(report, first, start));
            Future<Integer> b = pool.submit(put(report, second, start));
            start.countDown();
            List<Integer> results = List.of(a.get(), b.get()).stream().sorted().toList();
            assertEquals(List.of(200, 412), results);
        } finally {
            pool.shutdownNow();
        }
        given().get("/api/v1/reports/" + report.id() + "/revisions").then().body("revisions", hasSize(2));
    }

    private static Callable<Integer> put(Stored report, Map<String, Object> body, CountDownLatch start) {
        return () -> {
            start.await();
            return Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", report.etag()).body(body)
                    .put("/api/v1/reports/" + report.id()).then().extract().statusCode();
        };
    }

    private long currentFigures(long reportId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from current_figure where report_id = ?")) {
            s.setLong(1, reportId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void aRetractedReportCanBePublishedAgainWithPut() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("恢复"));
        Stored report = create(body);
        String retraction = Tokens.asAdmin().delete("/api/v1/reports/" + report.id()).then().statusCode(204).extract().header("ETag");
        Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", retraction).body(body)
                .put("/api/v1/reports/" + report.id()).then().statusCode(200).body("revision", equalTo(3));
        given().get("/api/v1/reports/" + report.id()).then().statusCode(200).body("title", containsString("2021"));
    }
}
