package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** POST /api/v1/reports:bulk: NDJSON, lines checked one by one and recorded in groups, every line's outcome reported. */
@QuarkusTest
class BulkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CreatedReports created = new CreatedReports();
    @Inject
    EntityManager em;

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
    void aReportAndItsRevisionInOneUploadComeOutAsIfSentOneAfterTheOther() throws Exception {
        String issuer = Submissions.issuer("批量修订");
        Map<String, Object> first = Submissions.report2021(issuer);
        Map<String, Object> revised = Submissions.report2021(issuer);
        Submissions.cells(revised, "proactive", "rules").put("in_force", 13);   // was 12

        JsonPath result = bulk(Tokens.admin(), ndjson(first, revised, revised));
        created.track(result.getLong("lines[0].id"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("created", "revised", "unchanged"), result.getList("lines.outcome"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(1, 2, 2), result.getList("lines.revision"));
        org.junit.jupiter.api.Assertions.assertEquals(1, result.getList("lines.id").stream().distinct().count(), "one report");
        given().get(result.getString("lines[0].location") + "/revisions").then().statusCode(200)
                .body("revisions.size()", equalTo(2))
                .body("revisions[1].figuresChanged", equalTo(List.of("pro.rules.in_force")));
    }

    @Test
    void aLineThatFailsAtTheDatabaseIsRejectedAloneAndTheRestOfItsGroupIsRecorded() throws Exception {
        // The database itself refuses one report (a trigger standing in for any failure past validation):
        // its group is rolled back and replayed line by line, so only that line is lost.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("create function refuse_for_test() returns trigger language plpgsql as"
                    + " $$ begin raise exception 'refused by the test trigger'; end $$").executeUpdate();
            em.createNativeQuery("create trigger refuse_for_test before insert on report for each row"
                    + " when (new.issuer_name like '%拒收%') execute function refuse_for_test()").executeUpdate();
        });
        try {
            Map<String, Object> before = Submissions.report2021(Submissions.issuer("批量前"));
            Map<String, Object> refused = Submissions.report2021(Submissions.issuer("批量拒收"));
            Map<String, Object> after = Submissions.report2021(Submissions.issuer("批量后"));

            JsonPath result = bulk(Tokens.admin(), ndjson(before, refused, after));
            result.getList("lines.id", Long.class).stream().filter(java.util.Objects::nonNull).forEach(created::track);
            org.junit.jupiter.api.Assertions.assertEquals(List.of("created", "rejected", "created"), result.getList("lines.outcome"));
            org.junit.jupiter.api.Assertions.assertEquals(500, result.getInt("lines[1].problem.status"));
            given().get(result.getString("lines[0].location")).then().statusCode(200).body("issuerName", equalTo(before.get("issuerName")));
            given().get(result.getString("lines[2].location")).then().statusCode(200).body("issuerName", equalTo(after.get("issuerName")));
            given().queryParam("year", 2021).queryParam("limit", 200).get("/api/v1/reports").then()
                    .body("items.issuerName", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(refused.get("issuerName"))));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("drop trigger refuse_for_test on report").executeUpdate();
                em.createNativeQuery("drop function refuse_for_test()").executeUpdate();
            });
        }
    }

    @Test
    void figuresAreStoredExactlyAsSentEvenWithTabsLineBreaksAndBackslashes() throws Exception {
        String quote = "收到\t申请\\共5件\n（含电话）";
        Map<String, Object> report = new java.util.LinkedHashMap<>(Map.of("issuerName", Submissions.issuer("批量原样"), "issuerKind", "government",
                "division", "340104", "year", 2018, "scope", "self", "edition", "legacy"));
        report.put("title", report.get("issuerName") + "2018年政府信息公开工作年度报告");
        report.put("figures", List.of(
                Map.of("metric", "lreq.received", "value", 5, "qualifier", "approximate", "quote", quote, "writtenAs", "5\\件"),
                Map.of("metric", "lreq.received", "value", 2, "subject", Map.of("name", "区政府\t办公室", "division", "340104"))));

        JsonPath result = bulk(Tokens.admin(), ndjson(report));
        created.track(result.getLong("lines[0].id"));
        JsonPath stored = given().get(result.getString("lines[0].location")).then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(quote, stored.getString("observations.find { it.subject == null }.provenance.quote"));
        org.junit.jupiter.api.Assertions.assertEquals("5\\件", stored.getString("observations.find { it.subject == null }.provenance.writtenAs"));
        org.junit.jupiter.api.Assertions.assertEquals("approximate", stored.getString("observations.find { it.subject == null }.qualifier"));
        org.junit.jupiter.api.Assertions.assertEquals("区政府\t办公室", stored.getString("observations.find { it.subject != null }.subject.name"));
        org.junit.jupiter.api.Assertions.assertEquals(2, stored.getInt("observations.find { it.subject != null }.value"));
        org.junit.jupiter.api.Assertions.assertEquals("unchanged", bulk(Tokens.admin(), ndjson(report)).getString("lines[0].outcome"));
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
