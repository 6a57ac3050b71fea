package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** POST /api/v1/reports:bulk: NDJSON, one transaction per line, every line's outcome reported. */
@QuarkusTest
class BulkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CreatedReports created = new CreatedReports();

    @AfterEach
    void retractCreated() {
        created.retractAll();
    }

    private static String ndjson(Object... lines) throws Exception {
        StringBuilder out = new StringBuilder();
        for (Object line : lines) {
            out.append(line instanceof String s ? s : JSON.writeValueAsString(line)).append('\n');
        }
        return out.toString();
    }

    private JsonPath bulk(String token, String body) {
        return Submissions.ndjson(Tokens.as(token), body).post("/api/v1/reports:bulk")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void oneBadLineAmongGoodOnesIsRejectedAloneAndTheOthersAreRecorded() throws Exception {
        Map<String, Object> good1 = Submissions.report2021(Submissions.issuer("批量甲"));
        Map<String, Object> bad = Submissions.report2021(Submissions.issuer("批量乙"));
        Submissions.cells(bad, "appeals", "review").put("total", 2);           // I4: 1 + 0 + 0 + 0 ≠ 2
        Map<String, Object> good2 = Submissions.report2021(Submissions.issuer("批量丙"));
        String body = ndjson(good1, bad, "", "{\"issuerName\": \"broken", good2);

        JsonPath result = bulk(Tokens.admin(), body);
        result.getList("lines.id", Long.class).stream().filter(java.util.Objects::nonNull).forEach(created::track);
        org.junit.jupiter.api.Assertions.assertEquals(List.of("created", "rejected", "rejected", "created"), result.getList("lines.outcome"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(1, 2, 4, 5), result.getList("lines.line"));
        org.junit.jupiter.api.Assertions.assertEquals(2, result.getInt("created"));
        org.junit.jupiter.api.Assertions.assertEquals("I4", result.getString("lines[1].problem.violations[0].identity"));
        org.junit.jupiter.api.Assertions.assertEquals(400, result.getInt("lines[2].problem.status"));

        given().get(result.getString("lines[0].location")).then().statusCode(200).body("issuerName", equalTo(good1.get("issuerName")));
        given().get(result.getString("lines[3].location")).then().statusCode(200).body("issuerName", equalTo(good2.get("issuerName")));
        given().queryParam("year", 2021).queryParam("limit", 200).get("/api/v1/reports").then()
                .body("items.issuerName", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(bad.get("issuerName"))));
    }

    @Test
    void resendingAnUploadRecordsNothingNew() throws Exception {
        String body = ndjson(Submissions.report2021(Submissions.issuer("批量重发")));
        JsonPath first = bulk(Tokens.admin(), body);
        created.track(first.getLong("lines[0].id"));
        JsonPath again = bulk(Tokens.admin(), body);
        org.junit.jupiter.api.Assertions.assertEquals("unchanged", again.getString("lines[0].outcome"));
        org.junit.jupiter.api.Assertions.assertEquals(1, again.getInt("lines[0].revision"));
    }

    @Test
    void aLineForAnotherDivisionIsRejectedWith403AndAnUnknownFieldWith400() throws Exception {
        Map<String, Object> mine = Submissions.report2021(Submissions.issuer("批量权限"));
        Map<String, Object> notMine = Submissions.report2021(Submissions.issuer("批量越权"));
        notMine.put("division", "650100");
        notMine.put("year", 2021);
        Map<String, Object> typo = Submissions.report2021(Submissions.issuer("批量字段"));
        typo.put("titel", "x");
        JsonPath result = bulk(Tokens.publisher("hefei-platform", "340100"), ndjson(mine, notMine, typo));
        created.track(result.getLong("lines[0].id"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("created", "rejected", "rejected"), result.getList("lines.outcome"));
        org.junit.jupiter.api.Assertions.assertEquals(403, result.getInt("lines[1].problem.status"));
        org.junit.jupiter.api.Assertions.assertEquals("/titel", result.getString("lines[2].problem.violations[0].pointer"));
    }

    @Test
    void theColonPathRoutesAndNeedsAToken() {
        Submissions.ndjson(given(), "\n").post("/api/v1/reports:bulk").then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
        Submissions.ndjson(Tokens.asAdmin(), "\n").post("/api/v1/reports:bulk").then().statusCode(200)
                .body("lines.size()", equalTo(0));
    }

    @Test
    void anUploadOverTheLineLimitIs413() {
        String body = "{}\n".repeat(1001);
        Submissions.ndjson(Tokens.asAdmin(), body).post("/api/v1/reports:bulk").then().statusCode(413)
                .contentType(Problem.MEDIA_TYPE).body("detail", containsString("1000"));
    }
}
