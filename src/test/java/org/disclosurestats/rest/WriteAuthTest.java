package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reads are public; writes need a valid token with the right role and, for a publisher, the right division. */
@QuarkusTest
class WriteAuthTest {

    private final CreatedReports created = new CreatedReports();

    @AfterEach
    void retractCreated() {
        created.retractAll();
    }

    private static Map<String, Object> report() {
        return Submissions.report2021(Submissions.issuer("蜀山区"));   // division 340104, a county of 合肥市 340100 in 安徽省 340000
    }

    @Test
    void aWriteWithoutATokenIs401ProblemJson() {
        given().contentType(ContentType.JSON).body(report()).post("/api/v1/reports").then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:disclosure-stats:problem:unauthorized"));
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() {
        Tokens.as(Tokens.forgedAdmin()).contentType(ContentType.JSON).body(report()).post("/api/v1/reports").then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void anExpiredTokenIs401() {
        Tokens.as(Tokens.expiredAdmin()).contentType(ContentType.JSON).body(report()).post("/api/v1/reports").then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aTokenWithoutAWritingRoleIs403ProblemJson() {
        Tokens.as(Tokens.withGroups("reader", Set.of("reader"), "340000")).contentType(ContentType.JSON).body(report())
                .post("/api/v1/reports").then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:disclosure-stats:problem:forbidden"));
    }

    @Test
    void aPublisherOfAnotherDivisionIs403() {
        Tokens.as(Tokens.publisher("urumqi-platform", "650100")).contentType(ContentType.JSON).body(report())
                .post("/api/v1/reports").then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("340104"));
    }

    @Test
    void aPublisherOfAPrefectureWritesForItsCountiesAndIsRecordedAsTheAuthor() {
        long id = created.track(Tokens.as(Tokens.publisher("hefei-platform", "340100")).contentType(ContentType.JSON).body(report())
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath().getLong("id"));
        given().get("/api/v1/reports/" + id + "/revisions").then().statusCode(200)
                .body("revisions[0].recordedBy", equalTo("hefei-platform"));
    }

    @Test
    void aPublisherOfTheProvinceWritesForItsCountiesToo() {
        created.track(Tokens.as(Tokens.publisher("anhui-office", "340000")).contentType(ContentType.JSON).body(report())
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath().getLong("id"));
    }

    @Test
    void onlyAnAdminRetracts() {
        long id = created.track(Tokens.asAdmin().contentType(ContentType.JSON).body(report())
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath().getLong("id"));
        Tokens.as(Tokens.publisher("hefei-platform", "340100")).delete("/api/v1/reports/" + id).then().statusCode(403)
                .contentType(Problem.MEDIA_TYPE);
        given().get("/api/v1/reports/" + id).then().statusCode(200);
    }

    @Test
    void readsStayPublicAndIgnoreBadTokens() {
        given().get("/api/v1/reports").then().statusCode(200);
        Tokens.as(Tokens.forgedAdmin()).get("/api/v1/reports").then().statusCode(200);
        Tokens.as("not-a-jwt").get("/api/v1/divisions/650000").then().statusCode(200);
    }
}
