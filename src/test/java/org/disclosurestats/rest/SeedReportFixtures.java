package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** Looks up the seed reports through the read API. */
final class SeedReportFixtures {

    private SeedReportFixtures() {
    }

    static long reportId(String division, int year) {
        List<Integer> ids = given().queryParam("division", division).queryParam("year", year)
                .get("/api/v1/reports").then().statusCode(200).extract().jsonPath().getList("items.id", Integer.class);
        if (ids.size() != 1) {
            throw new AssertionError("expected one report of " + division + " in " + year + ", found " + ids);
        }
        return ids.get(0);
    }

    static JsonPath report(String division, int year) {
        return given().get("/api/v1/reports/" + reportId(division, year)).then().statusCode(200).extract().jsonPath();
    }

    /** The observations of a report with this metric (and, when given, this breakdown or subject). */
    static List<Map<String, Object>> observations(JsonPath report, String metric) {
        return report.<Map<String, Object>>getList("observations").stream().filter(o -> metric.equals(o.get("metric"))).toList();
    }

    /** The issuer's own figure of a metric (no breakdown, no other subject). */
    static Map<String, Object> own(JsonPath report, String metric) {
        List<Map<String, Object>> own = observations(report, metric).stream()
                .filter(o -> o.get("breakdown") == null && o.get("subject") == null).toList();
        if (own.size() != 1) {
            throw new AssertionError("expected one own figure of " + metric + ", found " + own);
        }
        return own.get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> provenance(Map<String, Object> observation) {
        return (Map<String, Object>) observation.get("provenance");
    }
}
