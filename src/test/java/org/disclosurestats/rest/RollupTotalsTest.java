package org.disclosurestats.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurestats.ShandongFixture;
import org.disclosurestats.repository.RollupRepository;
import org.disclosurestats.service.RollupRebuild;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stored roll-ups (rollup_total) against the in-memory roll-up: both must give the same rows, after
 * every write and after a full rebuild. includeMissing=true needs the list of missing units, which only
 * the in-memory path has, so it serves as the reference.
 */
@QuarkusTest
class RollupTotalsTest {

    static final String TOTALS = "/api/v1/aggregates/totals";
    static final String METRICS = "metric=req.new.total&metric=req.carried_over.total&metric=ratio.disclosure_rate&metric=pro.items"
            + "&metric=lreq.received";

    @Inject
    ShandongFixture fixture;
    @Inject
    RollupRebuild rebuild;
    @Inject
    RollupRepository rollups;
    @Inject
    EntityManager em;

    @BeforeEach
    void loadFixture() {
        fixture.load(); // idempotent
    }

    /** The rows of a totals answer without the missing lists, which only the in-memory path fills. */
    private static List<Map<String, Object>> rows(String query) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : given().get(TOTALS + "?" + query).then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("rows")) {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            copy.remove("missing");
            rows.add(copy);
        }
        return rows;
    }

    private static void assertStoredEqualsInMemory(String query) {
        List<Map<String, Object>> stored = rows(query);
        List<Map<String, Object>> inMemory = rows(query + "&includeMissing=true");
        assertEquals(inMemory, stored, query);
    }

    @Test
    void storedRowsGiveTheSameTotalsAsTheInMemoryRollUp() {
        int valued = 0;
        for (String within : Arrays.asList("370000", "650000", "340000", null)) {
            for (String by : List.of("province", "prefecture")) {
                String query = METRICS + "&by=" + by + "&yearFrom=2012&yearTo=2020" + (within == null ? "" : "&within=" + within);
                assertStoredEqualsInMemory(query);
                valued += (int) rows(query).stream().filter(r -> r.get("total") != null).count();
            }
        }
        assertTrue(valued > 20, "the comparison must cover real totals, found " + valued);
    }

    private static Map<String, Object> county(String issuer, String division, Map<String, Integer> figures) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("issuerName", issuer);
        body.put("issuerKind", "government");
        body.put("division", division);
        body.put("year", 2022);
        body.put("scope", "self");
        body.put("edition", "2021");
        body.put("title", issuer + "2022年政府信息公开工作年度报告");
        body.put("figures", figures.entrySet().stream().map(e -> Map.of("metric", e.getKey(), "value", e.getValue())).toList());
        return body;
    }

    private static Object total(String by, String within, String division) {
        String query = "metric=req.new.total&by=" + by + "&within=" + within + "&yearFrom=2022";
        assertStoredEqualsInMemory(query);
        return rows(query).stream().filter(r -> division.equals(code(r))).findFirst().orElseThrow().get("total");
    }

    private static int plus(Object base, int added) {
        return (base == null ? 0 : ((Number) base).intValue()) + added;
    }

    @Test
    void prefectureAndProvinceTotalsFollowEveryWriteAtOnce() {
        // 青山区 (150204) under 包头 (150200), 内蒙古 (150000), 2022.
        Object prefectureBefore = total("prefecture", "150000", "150200");
        Object provinceBefore = total("province", "150000", "150000");

        Response created = Tokens.asAdmin().contentType(ContentType.JSON)
                .body(county("青山区人民政府", "150204", Map.of("req.new.total", 7))).post("/api/v1/reports");
        created.then().statusCode(201);
        assertEquals(plus(prefectureBefore, 7), total("prefecture", "150000", "150200"));
        assertEquals(plus(provinceBefore, 7), total("province", "150000", "150000"));

        String location = created.getHeader("Location");
        Response revised = Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", created.getHeader("ETag"))
                .body(county("青山区人民政府", "150204", Map.of("req.new.total", 11))).put(location);
        revised.then().statusCode(200);
        assertEquals(plus(prefectureBefore, 11), total("prefecture", "150000", "150200"));
        assertEquals(plus(provinceBefore, 11), total("province", "150000", "150000"));

        // A revision that no longer states the metric takes it out of the totals too.
        Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", revised.getHeader("ETag"))
                .body(county("青山区人民政府", "150204", Map.of("req.carried_over.total", 3))).put(location).then().statusCode(200);
        assertEquals(prefectureBefore, total("prefecture", "150000", "150200"));

        Tokens.asAdmin().contentType(ContentType.JSON).body(county("青山区人民政府办公室", "150204", Map.of("req.new.total", 5)))
                .post("/api/v1/reports").then().statusCode(201);
        assertEquals(plus(prefectureBefore, 5), total("prefecture", "150000", "150200"));
        Tokens.asAdmin().delete(location).then().statusCode(204);
        assertEquals(plus(prefectureBefore, 5), total("prefecture", "150000", "150200"), "the other report of 青山区 still counts");
    }

    private static String ndjson(Object... lines) throws Exception {
        StringBuilder out = new StringBuilder();
        for (Object line : lines) {
            out.append(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(line)).append('\n');
        }
        return out.toString();
    }

    @Test
    void aBulkUploadAcrossTwoProvincesWithARevisionInsideLeavesTheSameTotalsAsTheRollUpAndARebuild() throws Exception {
        // 包头 (150200, 内蒙古 150000): 东河区 150202 and 昆都仑区 150203; 合肥 (340100, 安徽 340000): 瑶海区 340102.
        Object baotou = total("prefecture", "150000", "150200");
        Object neimenggu = total("province", "150000", "150000");
        Object hefei = total("prefecture", "340000", "340100");
        Object anhui = total("province", "340000", "340000");

        String body = ndjson(
                county("东河区人民政府（批量）", "150202", Map.of("req.new.total", 7)),
                county("昆都仑区人民政府（批量）", "150203", Map.of("req.new.total", 5, "req.carried_over.total", 1)),
                county("瑶海区人民政府（批量）", "340102", Map.of("req.new.total", 3)),
                // the first report again, revised in the same upload: 9 instead of 7, and a metric more
                county("东河区人民政府（批量）", "150202", Map.of("req.new.total", 9, "req.carried_over.total", 2)));
        io.restassured.path.json.JsonPath result = Submissions.ndjson(Tokens.asAdmin(), body).post("/api/v1/reports:bulk")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("created", "created", "created", "revised"), result.getList("lines.outcome"));
        assertEquals(2, result.getInt("lines[3].revision"));
        assertEquals(result.getLong("lines[0].id"), result.getLong("lines[3].id"));

        assertEquals(plus(baotou, 9 + 5), total("prefecture", "150000", "150200"));
        assertEquals(plus(neimenggu, 9 + 5), total("province", "150000", "150000"));
        assertEquals(plus(hefei, 3), total("prefecture", "340000", "340100"));
        assertEquals(plus(anhui, 3), total("province", "340000", "340000"));
        for (String within : List.of("150000", "340000")) {
            for (String by : List.of("province", "prefecture")) {
                assertStoredEqualsInMemory(METRICS + "&by=" + by + "&within=" + within + "&yearFrom=2021&yearTo=2022");
            }
        }
        List<String> maintained = storedRows();
        rebuild.rebuildAll();
        assertEquals(maintained, storedRows(), "a full rebuild writes the rows the bulk upload maintained");

        for (int line : List.of(0, 1, 2)) {
            Tokens.asAdmin().delete(result.getString("lines[" + line + "].location")).then().statusCode(204);
        }
        assertEquals(baotou, total("prefecture", "150000", "150200"));
        assertEquals(anhui, total("province", "340000", "340000"));
    }

    private List<String> storedRows() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery("select * from rollup_total order by metric_code, year, division_code").getResultList();
            return found.stream().map(Arrays::toString).toList();
        });
    }

    @Test
    void aFullRebuildWritesTheRowsTheWritesMaintained() {
        List<String> maintained = storedRows();
        assertFalse(maintained.isEmpty());
        QuarkusTransaction.requiringNew().run(() -> {
            rollups.deleteAll();
            rollups.setValid(false);
        });
        assertTrue(storedRows().isEmpty());
        assertTrue(rebuild.rebuildIfInvalid(), "the start-up path rebuilds invalid rows");
        assertEquals(maintained, storedRows());
        assertTrue(QuarkusTransaction.requiringNew().call(rollups::valid));
        assertFalse(rebuild.rebuildIfInvalid(), "and leaves valid rows alone");
        rebuild.rebuildAll();
        assertEquals(maintained, storedRows());
    }

    /** The code of a row's division ({code, name, level}). */
    private static Object code(Map<String, Object> row) {
        return ((Map<?, ?>) row.get("division")).get("code");
    }
}
