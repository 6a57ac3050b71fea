package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The identities I1–I4 of the standard tables, on the consistent fixture of {@link Submissions#report2021}
 * with one thing broken at a time: a violation is a 422 naming identity, column or row, and both
 * sides; acceptInconsistent stores the report and its validation shows the violation.
 */
@QuarkusTest
class TableIdentitiesTest {

    private final CreatedReports created = new CreatedReports();

    @AfterEach
    void retractCreated() {
        created.retractAll();
    }

    @Test
    void aConsistentReportIsStoredAndEveryIdentityHolds() {
        long id = create(Submissions.report2021(Submissions.issuer("一致")), false);
        // 2021: I1 and I2 on 7 columns, I3 on 25 rows, I4 on 3 rows
        given().get("/api/v1/reports/" + id + "/validation").then().statusCode(200)
                .body("edition", equalTo("2021"))
                .body("summary.held", equalTo(7 + 7 + 25 + 3)).body("summary.violated", equalTo(0)).body("summary.notCheckable", equalTo(0));
    }

    @Test
    void i1NewPlusCarriedOverMustEqualHandledPlusCarriedForward() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("I1"));
        // carried forward 2 instead of 1 (its row still adds up: 2 + 0 = 2)
        Submissions.cells(body, "requests", "carried_forward").putAll(Submissions.row(2, 0, 2));
        // natural_person: 3 + 1 = 4, but 3 + 2 = 5; total: 4 + 1 = 5, but 4 + 2 = 6
        JsonPath problem = rejected(body);
        assertViolations(problem, List.of("I1 natural_person 4 5", "I1 total 5 6"));
        acceptedAndShown(body, "I1", "natural_person", null);
    }

    @Test
    void i2HandlingRowsMustAddUpToTheTotal() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("I2"));
        // granted 1 natural person instead of 2 (its row still adds up: 1 + 1 = 2)
        Submissions.cells(body, "requests", "granted").putAll(Submissions.row(1, 1, 2));
        // natural_person: granted 1 + not_held 1 = 2, but （七）总计 3; total: 2 + 1 = 3, but 4
        JsonPath problem = rejected(body);
        assertViolations(problem, List.of("I2 natural_person 2 3", "I2 total 3 4"));
        assertTrue(problem.getList("violations.pointer").contains("/tables/requests/total/natural_person"));
        acceptedAndShown(body, "I2", "total", null);
    }

    @Test
    void i3ApplicantColumnsMustAddUpToTheTotalColumn() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("I3"));
        // granted commercial 2 instead of 1, total left at 3: 2 + 2 = 4 ≠ 3; and the commercial column's
        // handling rows now add up to 2 against （七）总计's 1 (I2)
        Submissions.cells(body, "requests", "granted").put("commercial", 2);
        JsonPath problem = rejected(body);
        assertViolations(problem, List.of("I3 total 4 3", "I2 commercial 2 1"));
        // located at the stated total of the row
        assertTrue(problem.getList("violations.pointer").contains("/tables/requests/granted/total"));
        acceptedAndShown(body, "I3", "total", "granted");
    }

    @Test
    void i4OutcomesMustAddUpToTheirTotal() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("I4"));
        // 行政复议: 1 + 0 + 0 + 0 = 1, stated total 2
        Submissions.cells(body, "appeals", "review").put("total", 2);
        JsonPath problem = rejected(body);
        assertViolations(problem, List.of("I4 total 1 2"));
        assertTrue(problem.getList("violations.pointer").contains("/tables/appeals/review/total"));
        acceptedAndShown(body, "I4", "total", "review");
    }

    @Test
    void aBlankCellIsNotZeroSoItsIdentitiesAreNotCheckable() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("空白"));
        // granted natural persons left blank: taken as 0 it would break I3 (0 + 1 ≠ 3) and I2 (0 + 1 ≠ 3)
        Submissions.cells(body, "requests", "granted").put("natural_person", null);
        long id = create(body, false);
        JsonPath validation = given().get("/api/v1/reports/" + id + "/validation").then().statusCode(200)
                .body("summary.violated", equalTo(0)).body("summary.notCheckable", equalTo(2)).extract().jsonPath();
        Map<String, Object> i3 = validation.getMap("identities.find { it.identity == 'I3' && it.row == 'granted' }");
        assertEquals("not_checkable", i3.get("status"));
        assertEquals(List.of("req.granted.natural_person"), i3.get("missing"));
        given().get("/api/v1/reports/" + id).then()
                .body("observations.find { it.metric == 'req.granted.natural_person' }.status", equalTo("blank"))
                .body("observations.find { it.metric == 'req.granted.natural_person' }.value", nullValue())
                .body("observations.find { it.metric == 'req.granted.natural_person' }.provenance.table.row", equalTo("（一）予以公开"))
                .body("observations.find { it.metric == 'req.granted.natural_person' }.provenance.table.column", equalTo("自然人"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void unknownCellsAndCellsOfAnotherEditionAreRejectedWithTheirPointers() {
        Map<String, Object> body = Submissions.report2021(Submissions.issuer("格式"));
        // the 2019 format's single （六） row is not a row of the 2021 tables; "granted.everyone" is no cell at all
        Submissions.cells(body, "requests", "new").put("everyone", 1);
        ((Map<String, Object>) ((Map<String, Object>) body.get("tables")).get("requests")).put("other_processing", Submissions.row(0, 0, 0));
        Tokens.asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(422)
                .body("violations.pointer", hasItem("/tables/requests/new/everyone"))
                .body("violations.pointer", hasItem("/tables/requests/other_processing/natural_person"))
                .body("violations.message", hasItem(containsString("not part of the 2021 tables")));
    }

    /** Each expected violation as "identity column-or-row expected actual"; exactly these, no others. */
    private static void assertViolations(JsonPath problem, List<String> expected) {
        List<Map<String, Object>> violations = problem.getList("violations");
        List<String> found = violations.stream().map(v -> v.get("identity") + " " + v.get("column") + " " + v.get("expected") + " " + v.get("actual")).toList();
        org.hamcrest.MatcherAssert.assertThat(found, containsInAnyOrder(expected.toArray()));
    }

    private static JsonPath rejected(Map<String, Object> body) {
        return Tokens.asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(422)
                .contentType(Problem.MEDIA_TYPE).body("detail", containsString("acceptInconsistent=true")).extract().jsonPath();
    }

    private long create(Map<String, Object> body, boolean acceptInconsistent) {
        return created.track(Tokens.asAdmin().contentType(ContentType.JSON).body(body).queryParam("acceptInconsistent", acceptInconsistent)
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath().getLong("id"));
    }

    /** Stored with acceptInconsistent=true; the validation and the history both show the violation. */
    private void acceptedAndShown(Map<String, Object> body, String identity, String column, String row) {
        long id = create(body, true);
        List<Map<String, Object>> violated = given().get("/api/v1/reports/" + id + "/validation").then().statusCode(200)
                .extract().jsonPath().getList("identities.findAll { it.status == 'violated' }");
        assertTrue(violated.stream().anyMatch(v -> identity.equals(v.get("identity")) && column.equals(v.get("column"))
                && (row == null || row.equals(v.get("row")))), "validation shows " + identity + " violated: " + violated);
        given().get("/api/v1/reports/" + id + "/revisions").then().body("revisions", hasSize(1))
                .body("revisions[0].changeNote", containsString("accepted inconsistent"));
    }
}
