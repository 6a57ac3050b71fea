package org.disclosurestats.rest;

import org.disclosurestats.service.TableIdentityCheck;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.TableIdentities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The soft checks of GET /{id}/validation, and the identities' rows read from the catalogue per edition. */
@QuarkusTest
class ValidationChecksTest {

    private final CreatedReports created = new CreatedReports();

    @Inject
    TableIdentityCheck identities;

    @AfterEach
    void retractCreated() {
        created.retractAll();
    }

    private long create(Map<String, Object> body) {
        return created.track(Tokens.asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(201)
                .extract().jsonPath().getLong("id"));
    }

    @Test
    void requestsCarriedForwardAreComparedWithThoseTheNextYearCarriesOver() {
        String issuer = Submissions.issuer("结转");
        long y2021 = create(Submissions.report2021(issuer));     // carried forward: natural persons 1, total 1
        Map<String, Object> next = Submissions.report2021(issuer);
        next.put("year", 2022);
        // 2022 carries over 2 natural persons where 2021 carried forward 1; to keep its own I1
        // (new 3 + carried over 2 = handled 3 + carried forward 2; totals 4 + 2 = 4 + 2) it carries forward 2 too
        Submissions.cells(next, "requests", "carried_over").putAll(Submissions.row(2, 0, 2));
        Submissions.cells(next, "requests", "carried_forward").putAll(Submissions.row(2, 0, 2));
        long y2022 = create(next);

        JsonPath validation = given().get("/api/v1/reports/" + y2021 + "/validation").then().statusCode(200).extract().jsonPath();
        assertEquals("differs", check(validation, "carried_forward_vs_next_year", "natural_person").get("status"));
        assertEquals(y2022, ((Number) check(validation, "carried_forward_vs_next_year", "natural_person").get("otherReportId")).longValue());
        assertEquals("held", check(validation, "carried_forward_vs_next_year", "commercial").get("status"));   // 0 and 0
        assertEquals("not_checkable", validation.getString("softChecks.find { it.check == 'carried_over_vs_previous_year' }.status"));
        assertEquals(0, validation.getInt("summary.violated"));

        JsonPath later = given().get("/api/v1/reports/" + y2022 + "/validation").then().statusCode(200).extract().jsonPath();
        assertEquals("differs", check(later, "carried_over_vs_previous_year", "total").get("status"));   // 2 against 1
    }

    @Test
    void aLegacyReportHasNoIdentitiesToCheck() {
        long seed = SeedReportFixtures.reportId("652702", 2018);
        given().get("/api/v1/reports/" + seed + "/validation").then().statusCode(200)
                .body("identities.size()", org.hamcrest.Matchers.equalTo(0))
                .body("softChecks[0].check", org.hamcrest.Matchers.equalTo("prose_vs_tables"));
    }

    @Test
    void theRowsOfEachEditionComeFromTheCatalogue() {
        Map<String, BigDecimal> none = new HashMap<>();
        List<String> rows2019 = identities.check(Edition.F2019, none).stream().filter(r -> r.identity().equals("I3")).map(TableIdentities.Result::row).toList();
        List<String> rows2021 = identities.check(Edition.F2021, none).stream().filter(r -> r.identity().equals("I3")).map(TableIdentities.Result::row).toList();
        assertEquals(23, rows2019.size());   // （六） is one row in 2019
        assertEquals(25, rows2021.size());   // and three in 2021
        assertEquals(true, rows2019.contains("other_processing"));
        assertEquals(List.of("other_processing.no_correction", "other_processing.unpaid_fee", "other_processing.other"),
                rows2021.stream().filter(r -> r.startsWith("other_processing")).toList());
        // nothing stated: every identity is not checkable, none is violated
        assertEquals(true, identities.check(Edition.F2021, none).stream().allMatch(r -> r.status() == TableIdentities.Status.NOT_CHECKABLE));
        assertEquals(List.of(), identities.check(Edition.LEGACY, none));
    }

    private static Map<String, Object> check(JsonPath validation, String check, String column) {
        return validation.getMap("softChecks.find { it.check == '" + check + "' && it.column == '" + column + "' }");
    }
}
