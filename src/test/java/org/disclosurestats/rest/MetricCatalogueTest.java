package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricCatalogueTest {

    static final List<String> REQUEST_ROWS_2021 = List.of("new", "carried_over", "granted", "partly_granted",
            "denied.state_secret", "denied.prohibited_by_law", "denied.three_safeties", "denied.third_party",
            "denied.internal_affairs", "denied.process_info", "denied.enforcement_file", "denied.administrative_query",
            "unavailable.not_held", "unavailable.needs_creation", "unavailable.still_unclear",
            "not_processed.petition", "not_processed.repeated", "not_processed.publication", "not_processed.mass_repeated",
            "not_processed.reconfirmation", "other_processing.no_correction", "other_processing.unpaid_fee",
            "other_processing.other", "total", "carried_forward");
    static final List<String> APPLICANT_COLUMNS = List.of("natural_person", "commercial", "research", "public_interest",
            "legal_services", "other_org", "total");

    private static List<Map<String, Object>> metrics(String query) {
        return given().get("/api/v1/metrics" + query).then().statusCode(200).extract().jsonPath().getList("items");
    }

    @Test
    void coversEveryCellOfThe2021Tables() {
        List<Map<String, Object>> cells = metrics("?edition=2021").stream().filter(m -> m.get("tableRow") != null).toList();
        Map<Object, Long> perSection = cells.stream().collect(Collectors.groupingBy(m -> m.get("section"), Collectors.counting()));
        // 二: 10 cells; 三: 25 rows x 7 applicant columns = 175; 四: 15 cells. 10 + 175 + 15 = 200.
        assertEquals(Map.of("proactive", 10L, "requests", 175L, "appeals", 15L), perSection);
        Set<Object> codes = cells.stream().map(m -> m.get("code")).collect(Collectors.toSet());
        for (String row : REQUEST_ROWS_2021) {
            for (String column : APPLICANT_COLUMNS) {
                assertTrue(codes.contains("req." + row + "." + column), "missing req." + row + "." + column);
            }
        }
    }

    @Test
    void keepsThe2019OnlyCellsApart() {
        // 2019 section 三 has 23 rows: the 2021 rows less the three （六） sub-rows, plus （六）其他处理 as one row.
        long requestCells2019 = metrics("?edition=2019&section=requests").stream().filter(m -> m.get("tableRow") != null).count();
        assertEquals(23 * 7, requestCells2019);
        given().get("/api/v1/metrics/req.other_processing.total").then().statusCode(200)
                .body("editions", equalTo(List.of("2019"))).body("tableRow", equalTo("（六）其他处理"));
        given().get("/api/v1/metrics/pro.rules.made").then().statusCode(200)
                .body("equivalentTo", equalTo("pro.rules.issued"));
    }

    @Test
    void statesHowEachMetricAggregates() {
        given().get("/api/v1/metrics/req.carried_over.total").then().body("aggregation", equalTo("stock"));
        given().get("/api/v1/metrics/req.new.total").then().body("aggregation", equalTo("sum")).body("unit", equalTo("件"));
        given().get("/api/v1/metrics/pro.rules.in_force").then().body("aggregation", equalTo("stock"));
        given().get("/api/v1/metrics/pro.admin_fees.amount").then().body("unit", equalTo("万元")).body("integral", equalTo(false));
        given().get("/api/v1/metrics/ratio.disclosure_rate").then().body("aggregation", equalTo("ratio")).body("unit", equalTo("%"))
                .body("formula", equalTo("(req.granted.total + req.partly_granted.total) / req.total.total"));
    }

    @Test
    void namesOnlyKnownMetricsInRatioFormulas() {
        List<Map<String, Object>> all = metrics("");
        Set<Object> codes = all.stream().map(m -> m.get("code")).collect(Collectors.toSet());
        Pattern code = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+");
        for (Map<String, Object> m : all) {
            if (m.get("formula") instanceof String formula) {
                Matcher found = code.matcher(formula);
                while (found.find()) {
                    assertTrue(codes.contains(found.group()), m.get("code") + " names unknown " + found.group());
                }
            }
            if (m.get("equivalentTo") instanceof String equivalent) {
                assertTrue(codes.contains(equivalent), m.get("code") + " is equivalent to unknown " + equivalent);
            }
        }
    }

    @Test
    void coversTheLegacyTableAndNarrativeFigures() {
        JsonPath legacy = given().get("/api/v1/metrics?edition=legacy").then().statusCode(200).extract().jsonPath();
        assertTrue(legacy.getList("items.code").containsAll(List.of("pro.items", "pro.channel.gazette", "pro.channel.website",
                "pro.channel.weibo", "pro.channel.wechat", "pro.channel.other", "lreq.received", "lappeal.review",
                "lappeal.suit", "fee.request_fees", "cap.training_sessions", "cap.trainees", "resp.press_conferences",
                "resp.interpretations")));
        given().get("/api/v1/metrics?section=proactive&edition=legacy").then().statusCode(200)
                .body("items.code", hasItems("pro.items", "pro.channel.weibo"));
    }

    @Test
    void rejectsUnknownEditionsSectionsAndCodes() {
        given().get("/api/v1/metrics?edition=2020").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("parameter", equalTo("edition"));
        given().get("/api/v1/metrics?section=nonsense").then().statusCode(400).body("parameter", equalTo("section"));
        given().get("/api/v1/metrics/no.such.metric").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("parameter", equalTo("code"));
    }
}
