package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Small report bodies for write tests. The 2021 tables are consistent (every identity holds) and
 * small enough to check by hand; each test breaks exactly what it is about.
 */
final class Submissions {

    static final List<String> COLUMNS = List.of("natural_person", "commercial", "research", "public_interest", "legal_services", "other_org", "total");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Submissions() {
    }

    /** A unique issuer name, so that tests never collide on a report identity. */
    static String issuer(String what) {
        return "测试" + what + "人民政府" + SEQUENCE.incrementAndGet();
    }

    /**
     * A 2021 report of 合肥市蜀山区 (340104) whose tables satisfy I1–I4. Section 三, by column
     * (natural_person, commercial, then four zero columns, total):
     * <pre>
     *   一 new              3 1 0 0 0 0 | 4
     *   二 carried_over     1 0 0 0 0 0 | 1
     *   （一）granted        2 1 0 0 0 0 | 3
     *   （四）1 not_held     1 0 0 0 0 0 | 1
     *   every other handling row 0 … 0 | 0
     *   （七）total          3 1 0 0 0 0 | 4      I2: 2 + 1 = 3, 1 = 1, total 3 + 1 = 4
     *   四 carried_forward  1 0 0 0 0 0 | 1      I1: 3 + 1 = 3 + 1, 1 + 0 = 1 + 0, 4 + 1 = 4 + 1
     * </pre>
     * Section 四: 行政复议 upheld 1, corrected 0, other 0, pending 0, total 1; both lawsuit rows 0.
     * Section 二: 规章 issued 1, repealed 0, in force 12.
     */
    static Map<String, Object> report2021(String issuerName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issuerName", issuerName);
        body.put("issuerKind", "government");
        body.put("division", "340104");
        body.put("year", 2021);
        body.put("scope", "self");
        body.put("edition", "2021");
        body.put("title", issuerName + "2021年政府信息公开工作年度报告");
        body.put("tables", tables2021());
        return body;
    }

    static Map<String, Object> tables2021() {
        Map<String, Map<String, Object>> requests = new LinkedHashMap<>();
        for (String row : requestRows2021()) {
            requests.put(row, row(0, 0, 0));
        }
        requests.put("new", row(3, 1, 4));
        requests.put("carried_over", row(1, 0, 1));
        requests.put("granted", row(2, 1, 3));
        requests.put("unavailable.not_held", row(1, 0, 1));
        requests.put("total", row(3, 1, 4));
        requests.put("carried_forward", row(1, 0, 1));
        Map<String, Object> appeals = new LinkedHashMap<>();
        appeals.put("review", outcomes(1, 0, 0, 0, 1));
        appeals.put("suit_direct", outcomes(0, 0, 0, 0, 0));
        appeals.put("suit_after_review", outcomes(0, 0, 0, 0, 0));
        Map<String, Object> proactive = new LinkedHashMap<>();
        proactive.put("rules", new LinkedHashMap<>(Map.of("issued", 1, "repealed", 0, "in_force", 12)));
        Map<String, Object> tables = new LinkedHashMap<>();
        tables.put("proactive", proactive);
        tables.put("requests", requests);
        tables.put("appeals", appeals);
        return tables;
    }

    /**
     * The section 三 rows of the 2021 tables, read from the metric catalogue: the total cell (req.<row>.total) of each
     * row that has a table row; a metric of prose totals (req.denied.total, all grounds together) is no row of the table.
     */
    static List<String> requestRows2021() {
        List<Map<String, Object>> metrics = given().queryParam("edition", "2021").queryParam("section", "requests").get("/api/v1/metrics")
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<String> rows = new ArrayList<>();
        for (Map<String, Object> metric : metrics) {
            String code = (String) metric.get("code");
            if (code.endsWith(".total") && metric.get("tableRow") != null) {
                rows.add(code.substring("req.".length(), code.length() - ".total".length()));
            }
        }
        return rows;
    }

    /** A section 三 row: natural persons, commercial enterprises, four zero columns, and the total. */
    static Map<String, Object> row(Object naturalPerson, Object commercial, Object total) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("natural_person", naturalPerson);
        row.put("commercial", commercial);
        row.put("research", 0);
        row.put("public_interest", 0);
        row.put("legal_services", 0);
        row.put("other_org", 0);
        row.put("total", total);
        return row;
    }

    static Map<String, Object> outcomes(int upheld, int corrected, int other, int pending, int total) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("upheld", upheld);
        row.put("corrected", corrected);
        row.put("other", other);
        row.put("pending", pending);
        row.put("total", total);
        return row;
    }

    /**
     * An NDJSON request to /api/v1/reports:bulk. RestAssured has no encoder for application/x-ndjson (so
     * the body goes as UTF-8 bytes), and would send the path's colon as %3A (so URL encoding is off).
     */
    static io.restassured.specification.RequestSpecification ndjson(io.restassured.specification.RequestSpecification request, String body) {
        return request.urlEncodingEnabled(false).contentType(BulkReportResource.NDJSON).body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cells(Map<String, Object> body, String section, String row) {
        Map<String, Object> tables = (Map<String, Object>) body.get("tables");
        return ((Map<String, Map<String, Object>>) tables.get(section)).get(row);
    }
}
