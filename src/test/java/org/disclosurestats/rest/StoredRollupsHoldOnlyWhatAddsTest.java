package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurestats.domain.Aggregation;
import org.disclosurestats.domain.Coded;
import org.disclosurestats.service.RollupRebuild;
import org.junit.jupiter.api.Test;

/**
 * rollup_total holds totals only of metrics whose figures add across divisions: a stated percentage
 * (培训率 95%) summed over divisions means nothing. No write and no rebuild stores one, and reads still
 * serve such a percentage as the division's own reported figure and derive ratios from summed parts.
 */
@QuarkusTest
class StoredRollupsHoldOnlyWhatAddsTest {

    @Inject
    EntityManager em;
    @Inject
    RollupRebuild rebuild;

    /** The metrics with stored rows whose aggregation does not add across divisions: must be none. */
    private List<String> storedThatDoNotAdd() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> stored = em.createNativeQuery("select distinct t.metric_code, m.aggregation from rollup_total t join metric m on m.code = t.metric_code")
                    .getResultList();
            return stored.stream().filter(r -> !Coded.parse(Aggregation.class, (String) r[1]).orElseThrow().addsAcrossDivisions())
                    .map(r -> (String) r[0]).sorted().toList();
        });
    }

    private long storedRows(String metric, int year) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from rollup_total where metric_code = ?1 and year = ?2")
                .setParameter(1, metric).setParameter(2, (short) year).getSingleResult()).longValue());
    }

    private static Map<String, Object> report(String issuer, String division, String scope, Map<String, Object> figures) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issuerName", issuer);
        body.put("issuerKind", "government");
        body.put("division", division);
        body.put("year", 2024);
        body.put("scope", scope);
        body.put("edition", "2021");
        body.put("title", issuer + "2024年政府信息公开工作年度报告");
        body.put("figures", figures.entrySet().stream().map(e -> Map.of("metric", e.getKey(), "value", e.getValue())).toList());
        return body;
    }

    private static Map<String, Object> row(String query, String division) {
        return given().get("/api/v1/aggregates/totals?" + query).then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("items").stream().filter(r -> division.equals(((Map<?, ?>) r.get("division")).get("code"))).findFirst().orElseThrow();
    }

    @Test
    void noWriteAndNoRebuildStoresATotalOfAStatedPercentage() throws Exception {
        // 包头 150200 (内蒙古 150000), 2024: 东河区 150202 states 培训率 and 全文电子化率 beside a count.
        Response created = Tokens.asAdmin().contentType(ContentType.JSON).body(report("东河区人民政府（比率）", "150202", "self",
                Map.of("cap.training_rate", 95, "pro.full_text_rate", 100, "req.new.total", 3))).post("/api/v1/reports");
        created.then().statusCode(201);
        Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", created.getHeader("ETag")).body(report("东河区人民政府（比率）", "150202", "self",
                Map.of("cap.training_rate", 90, "pro.full_text_rate", 100, "req.new.total", 3))).put(created.getHeader("Location")).then().statusCode(200);
        // 包头's own aggregate report states 97%: served as its reported figure, never stored as a total.
        Tokens.asAdmin().contentType(ContentType.JSON).body(report("包头市人民政府（比率）", "150200", "aggregate",
                Map.of("cap.training_rate", 97, "req.new.total", 10))).post("/api/v1/reports").then().statusCode(201);
        String lines = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(report("昆都仑区人民政府（比率）", "150203", "self",
                Map.of("interact.hotline.satisfaction_rate", 99, "req.new.total", 2))) + "\n"
                + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(report("青山区人民政府（比率）", "150204", "self",
                Map.of("power.cut_rate", 12.5, "req.new.total", 1))) + "\n";
        Submissions.ndjson(Tokens.asAdmin(), lines).post("/api/v1/reports:bulk").then().statusCode(200);

        assertEquals(List.of(), storedThatDoNotAdd(), "after POST, PUT and bulk writes");
        assertTrue(storedRows("req.new.total", 2024) >= 3, "the counts beside them are stored: 东河区, 包头, 内蒙古 at least");
        rebuild.rebuildAll();
        assertEquals(List.of(), storedThatDoNotAdd(), "after a rebuild");

        // Reads: the stated percentage is 包头's own reported figure on both paths, the count its reported total.
        String percentage = "metric=cap.training_rate&by=prefecture&within=150000&yearFrom=2024";
        Map<String, Object> stated = row(percentage, "150200");
        assertEquals(97, stated.get("total"));
        assertEquals("reported", stated.get("method"));
        assertEquals(withoutMissing(stated), withoutMissing(row(percentage + "&includeMissing=true", "150200")));
        assertEquals(10, row("metric=req.new.total&by=prefecture&within=150000&yearFrom=2024", "150200").get("total"));
    }

    @Test
    void aRatioIsStillDerivedFromTheStoredTotalsOfItsParts() {
        // 蜀山区 340104 (合肥 340100), 2021: granted 3 + partly granted 0 of 4 handled = 75 %.
        Tokens.asAdmin().contentType(ContentType.JSON).body(Submissions.report2021(Submissions.issuer("比率"))).post("/api/v1/reports")
                .then().statusCode(201);
        String query = "metric=ratio.disclosure_rate&by=prefecture&within=340000&yearFrom=2021";
        Map<String, Object> stored = row(query, "340100");
        assertEquals("derived", stored.get("method"));
        assertTrue(stored.get("total") != null, "derived from the stored parts");
        assertEquals(withoutMissing(stored), withoutMissing(row(query + "&includeMissing=true", "340100")));
        assertEquals(List.of(), storedThatDoNotAdd());
    }

    @Test
    void theMigrationDeletesTheRowsThatShouldNeverHaveBeenStored() throws Exception {
        String v10;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V10__rollups_hold_only_what_adds.sql")) {
            v10 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String migration = v10;
        // What earlier writes stored: 包头's 培训率 "total" of 2019, the sum of its districts' percentages.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into rollup_total (metric_code, division_code, year, province_code,"
                + " level, reported, reported_approximate, computed, computed_approximate, contributing_units)"
                + " values ('cap.training_rate', '150200', 2019, '150000', 'prefecture', null, false, 190, false, 2)").executeUpdate());
        assertEquals(List.of("cap.training_rate"), storedThatDoNotAdd());
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(migration).executeUpdate());
        assertEquals(List.of(), storedThatDoNotAdd());
    }

    private static Map<String, Object> withoutMissing(Map<String, Object> row) {
        Map<String, Object> copy = new LinkedHashMap<>(row);
        copy.remove("missing");
        return copy;
    }
}
