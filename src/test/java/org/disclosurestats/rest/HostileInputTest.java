package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Years, control characters, ids, malformed bodies, origins and tokens: refused with a problem naming the field, nothing stored. */
@QuarkusTest
class HostileInputTest {

    private final CreatedReports created = new CreatedReports();

    @AfterEach
    void retractCreated() {
        created.retractAll();
    }

    private static io.restassured.response.ValidatableResponse post(Object body) {
        return Tokens.asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().contentType(Problem.MEDIA_TYPE);
    }

    private static long reportsOf(String issuer) {
        return given().get("/api/v1/reports?division=340104&year=2021&limit=100").then().statusCode(200).extract().jsonPath()
                .getList("items.issuerName").stream().filter(issuer::equals).count();
    }

    @ParameterizedTest
    @ValueSource(ints = {67557, -63515, 1999, 2101, -5, 32767, 2007})
    void aYearOutsideTheEditionsIsA422NamingTheYearAndStoresNothing(int year) {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("年份"));
        body.put("year", year);
        post(body).statusCode(422).body("violations.pointer", hasItem("/year"));
        org.junit.jupiter.api.Assertions.assertEquals(0, reportsOf((String) body.get("issuerName")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021.5", "\"2021\"", "2.021e3", "[]", "{}", "true"})
    void aYearThatIsNotWrittenAsAWholeNumberIsA400NamingTheYear(String year) {
        String body = "{\"issuerName\":\"x\",\"year\":" + year + "}";
        post(body).statusCode(400).body("violations.pointer", hasItem("/year"));
    }

    @Test
    void anImportForAYearOutsideTheEditionsIsA422() {
        Tokens.asAdmin().contentType("text/plain; charset=UTF-8").body("某县人民政府1999年政府信息公开工作年度报告。全年共受理申请12件。".getBytes(StandardCharsets.UTF_8))
                .queryParam("division", "340104").queryParam("year", "1999").queryParam("scope", "self").post("/api/v1/imports")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE).body("violations.pointer", hasItem("/year"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/divisions?q=%00", "/api/v1/reports?division=%00", "/api/v1/metrics?section=%01x",
            "/api/v1/aggregates/totals?metric=lreq.received%00", "/api/v1/reports/%00", "/api/v1/divisions/65%000"})
    void aControlCharacterInAParameterOrPathIsA400(String url) {
        given().urlEncodingEnabled(false).get(url).then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("detail", containsString("U+00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"issuerName", "title", "text", "sourceUrl"})
    void aNulInASubmittedTextIsRefusedNamingTheField(String field) {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("控制"));
        body.put(field, "前\u0000后");
        post(body).statusCode(400).body("violations.pointer", hasItem("/" + field));
        org.junit.jupiter.api.Assertions.assertEquals(0, reportsOf((String) body.get("issuerName")));
    }

    @Test
    void aNulOnABulkLineRejectsThatLineOnly() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("批量控制"));
        body.put("title", "a\u0000b");
        String line = toJson(body);
        Submissions.ndjson(Tokens.asAdmin(), line + "\n").post("/api/v1/reports:bulk").then().statusCode(200)
                .body("rejected", equalTo(1)).body("lines[0].problem.violations[0].pointer", equalTo("/title"))
                .body("lines[0].problem.detail", not(containsString("java")));
    }

    @Test
    void aNulInImportedTextIsA422() {
        Tokens.asAdmin().contentType("text/plain; charset=UTF-8").body("某县人民政府2021年政府信息公开工作年度报告。\u0000全年共受理申请12件。".getBytes(StandardCharsets.UTF_8))
                .queryParam("division", "340104").queryParam("year", "2021").queryParam("scope", "self").post("/api/v1/imports")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE).body("violations.message", hasItem(containsString("U+0000")));
    }

    @Test
    void aTokenWhoseSubjectHoldsAControlCharacterIsRefused() {
        Tokens.as(Tokens.adminNamed("evil\u0000admin")).contentType(ContentType.JSON).body(Submissions.report2021(Submissions.issuer("主体")))
                .post("/api/v1/reports").then().statusCode(401).contentType(Problem.MEDIA_TYPE).body("detail", containsString("U+0000"));
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        Tokens.as(Tokens.adminIssuedIn(3600)).contentType(ContentType.JSON).body(Submissions.report2021(Submissions.issuer("未来")))
                .post("/api/v1/reports").then().statusCode(401).contentType(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%D9%A1", "%EF%BC%91", "+1", "01", "00001", "0", "-1", "99999999999999999999"})
    void aNonCanonicalIdNamesNothing(String id) {
        given().urlEncodingEnabled(false).get("/api/v1/reports/" + id).then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("parameter", equalTo("id"));
        given().get("/api/v1/reports/1").then().statusCode(200);
    }

    @Test
    void theRevisionsOfAReportThatIsOnlyADraftAreAsUnknownAsThoseOfNoReport() {
        long reportId = Tokens.asAdmin().contentType("text/plain; charset=UTF-8")
                .body(("某区人民政府2021年政府信息公开工作年度报告(草稿测试)。全年共受理申请12件。").getBytes(StandardCharsets.UTF_8))
                .queryParam("division", "110108").queryParam("year", "2021").queryParam("scope", "self").post("/api/v1/imports")
                .then().statusCode(201).extract().jsonPath().getLong("reportId");
        given().get("/api/v1/reports/" + reportId + "/revisions").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().get("/api/v1/reports/" + reportId + "/revisions/1").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", not(containsString("revisions 1 to")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"year\":[}", "{\"year\":2021,", "{\"issuerKind\":\"emperor\"}", "{\"figures\":{}}", "{\"publishedOn\":\"yesterday\"}", "[1]", "nul"})
    void aBodyJacksonCannotReadIsAProblemWithoutJavaNames(String body) {
        post(body).statusCode(400).body("detail", notNullValue()).body("detail", not(containsString("java")))
                .body("detail", not(containsString("org.disclosurestats")));
    }

    @Test
    void aTruncatedMultipartUploadIsA400() {
        byte[] truncated = "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhello wor"
                .getBytes(StandardCharsets.UTF_8);
        Tokens.asAdmin().contentType("multipart/form-data; boundary=XX").body(truncated).post("/api/v1/imports").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void writesAreAcceptedFromTheOwnAndConfiguredOriginsOnly() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("来源"));
        Tokens.asAdmin().header("Origin", "https://evil.example").contentType(ContentType.JSON).body(body).post("/api/v1/reports")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE).body("parameter", equalTo("Origin"));
        org.junit.jupiter.api.Assertions.assertEquals(0, reportsOf((String) body.get("issuerName")));
        created.track(Tokens.asAdmin().header("Origin", "https://dashboard.example").contentType(ContentType.JSON).body(body).post("/api/v1/reports")
                .then().statusCode(201).header("Access-Control-Allow-Origin", "https://dashboard.example").extract().jsonPath().getLong("id"));
        String self = "http://localhost:" + io.restassured.RestAssured.port;
        Tokens.asAdmin().header("Origin", self).contentType(ContentType.JSON).body("{}").post("/api/v1/reports").then().statusCode(422);
        given().header("Origin", "https://evil.example").get("/api/v1/metrics").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/metrics", "/api/v1/reports/999999", "/nowhere", "/q/health/ready"})
    void everyAnswerCarriesTheSecurityHeaders(String url) {
        given().get(url).then().header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer").header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/metrics", "/api/v1/reports/999999", "/q/health/ready"})
    void theApiMayLoadNothing(String url) {
        given().get(url).then().header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    @Test
    void theDashboardMayRunItsOwnScriptsButNoInlineOnes() {
        given().get("/").then().statusCode(200).header("Content-Security-Policy", containsString("script-src 'self';"));
    }

    @Test
    void swaggerUiGetsAPolicyThatLetsItRun() {
        given().get("/q/swagger-ui/").then().statusCode(200).header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("X-Content-Type-Options", "nosniff");
    }

    private static String toJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
