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
import org.disclosurestats.fixtures.ShandongFixture;
import org.disclosurestats.projection.RollupRepository;
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
                .<Map<String, Object>>getList("items")) {
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

    // ---------------------------------------------------------------------------------- increments

    /** A report of 2023 with these figures; {@code approx} names the figures stated approximately (近, 约). */
    private static Map<String, Object> report(String issuer, String division, String scope, Map<String, Integer> figures, String... approx) {
        Map<String, Object> body = county(issuer, division, figures);
        body.put("year", 2023);
        body.put("scope", scope);
        body.put("title", issuer + "2023年政府信息公开工作年度报告");
        List<String> approximate = List.of(approx);
        body.put("figures", figures.entrySet().stream().map(e -> approximate.contains(e.getKey())
                ? Map.of("metric", e.getKey(), "value", e.getValue(), "qualifier", "approximate")
                : Map.<String, Object>of("metric", e.getKey(), "value", e.getValue())).toList());
        return body;
    }

    private static Response post(Map<String, Object> body) {
        Response created = Tokens.asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/reports");
        created.then().statusCode(201);
        return created;
    }

    /** The 2023 req.new.total row of a division, read from the stored rows after checking them against the in-memory roll-up. */
    private static Map<String, Object> row2023(String by, String division) {
        String query = "metric=req.new.total&by=" + by + "&within=150000&yearFrom=2023";
        assertStoredEqualsInMemory(query);
        return rows(query).stream().filter(r -> division.equals(code(r))).findFirst().orElseThrow();
    }

    /** total, method, computed, approximate and contributing units of a row, as one line to compare with. */
    private static String summary(Map<String, Object> row) {
        return row.get("total") + " " + row.get("method") + " computed=" + row.get("computedTotal") + (Boolean.TRUE.equals(row.get("approximate")) ? " approximate" : "")
                + " units=" + row.get("contributingUnits");
    }

    /** The rows the writes maintained are exactly those a full rebuild writes. */
    private void assertRebuildKeepsRows(String step) {
        List<String> maintained = storedRows();
        rebuild.rebuildAll();
        assertEquals(maintained, storedRows(), step);
    }

    @Test
    void totalsMoveByIncrementsWhenAChildGainsLosesOrChangesItsAggregateReport() {
        // 呼和浩特 (150100, 内蒙古 150000), 2023, req.new.total: 新城区 150102 and 回民区 150103. Nothing else
        // states 2023 there, so every figure below is the whole story.
        String xincheng = "150102", huimin = "150103", hohhot = "150100", province = "150000";
        Response selfA = post(report("新城区人民政府（增量）", xincheng, "self", Map.of("req.new.total", 7)));
        post(report("新城区教育局（增量）", xincheng, "self", Map.of("req.new.total", 5)));
        Response selfB = post(report("回民区人民政府（增量）", huimin, "self", Map.of("req.new.total", 4), "req.new.total"));
        // 呼和浩特 = 新城区 (7 + 5) + 回民区 (近 4) = 16, approximate, 2 units
        assertEquals("16 computed computed=16 approximate units=2", summary(row2023("prefecture", hohhot)));
        assertEquals("16 computed computed=16 approximate units=1", summary(row2023("province", province)));
        assertRebuildKeepsRows("self reports");

        // 新城区 gains an aggregate report of 30: it replaces 7 + 5 in its parent, never adds to them.
        Response aggregateA = post(report("新城区人民政府（汇总）", xincheng, "aggregate", Map.of("req.new.total", 30)));
        assertEquals("34 computed computed=34 approximate units=2", summary(row2023("prefecture", hohhot))); // 30 + 近4
        assertRebuildKeepsRows("an aggregate report added under a child");

        // A second aggregate report of 新城区 (recorded later) does not count while the first stands.
        Response laterAggregate = post(report("新城区人民政府办公室（汇总）", xincheng, "aggregate", Map.of("req.new.total", 29)));
        assertEquals("34 computed computed=34 approximate units=2", summary(row2023("prefecture", hohhot)));

        // 回民区 revised to an exact 6: the parent is no longer approximate.
        Tokens.asAdmin().contentType(ContentType.JSON).header("If-Match", selfB.getHeader("ETag"))
                .body(report("回民区人民政府（增量）", huimin, "self", Map.of("req.new.total", 6))).put(selfB.getHeader("Location")).then().statusCode(200);
        assertEquals("36 computed computed=36 units=2", summary(row2023("prefecture", hohhot))); // 30 + 6
        assertRebuildKeepsRows("a revision");

        // Retracting the first aggregate report: the later one (29) becomes 新城区's reported figure.
        Tokens.asAdmin().delete(aggregateA.getHeader("Location")).then().statusCode(204);
        assertEquals("35 computed computed=35 units=2", summary(row2023("prefecture", hohhot))); // 29 + 6
        // and without any aggregate report, 新城区 counts its own figures again: 7 + 5.
        Tokens.asAdmin().delete(laterAggregate.getHeader("Location")).then().statusCode(204);
        assertEquals("18 computed computed=18 units=2", summary(row2023("prefecture", hohhot))); // 12 + 6
        assertRebuildKeepsRows("aggregate reports removed under a child");

        // 呼和浩特's own aggregate report: the province takes it instead of the computed 18.
        Response aggregateCity = post(report("呼和浩特市人民政府（汇总）", hohhot, "aggregate", Map.of("req.new.total", 50)));
        assertEquals("50 reported computed=18 units=2", summary(row2023("prefecture", hohhot)));
        assertEquals("50 computed computed=50 units=1", summary(row2023("province", province)));
        Tokens.asAdmin().delete(aggregateCity.getHeader("Location")).then().statusCode(204);
        assertEquals("18 computed computed=18 units=1", summary(row2023("province", province)));

        // The last self report of 新城区 retracted: 5 remains; then only 回民区.
        Tokens.asAdmin().delete(selfA.getHeader("Location")).then().statusCode(204);
        assertEquals("11 computed computed=11 units=2", summary(row2023("prefecture", hohhot)));
        assertRebuildKeepsRows("retractions");
        assertNoEmptyRows();
    }

    @Test
    void aBulkUploadMovesTheTotalsAsTheSameWritesOneByOne() throws Exception {
        // 赛罕区 150105 and 玉泉区 150104 under 呼和浩特, 2023, req.carried_over.total (no other test states it there).
        String query = "metric=req.carried_over.total&by=prefecture&within=150000&yearFrom=2023";
        assertStoredEqualsInMemory(query);
        Object before = rows(query).stream().filter(r -> "150100".equals(code(r))).findFirst().orElseThrow().get("total");
        String body = ndjson(
                report("赛罕区人民政府（批量增量）", "150105", "self", Map.of("req.carried_over.total", 2)),
                report("赛罕区人民政府（批量汇总）", "150105", "aggregate", Map.of("req.carried_over.total", 9)),
                report("玉泉区人民政府（批量增量）", "150104", "self", Map.of("req.carried_over.total", 3)),
                // the aggregate report again, revised in the same upload: 8 instead of 9
                report("赛罕区人民政府（批量汇总）", "150105", "aggregate", Map.of("req.carried_over.total", 8)));
        Submissions.ndjson(Tokens.asAdmin(), body).post("/api/v1/reports:bulk").then().statusCode(200);
        assertStoredEqualsInMemory(query);
        Object after = rows(query).stream().filter(r -> "150100".equals(code(r))).findFirst().orElseThrow().get("total");
        assertEquals(plus(before, 8 + 3), after, "赛罕区 counts its aggregate (8), not 2 + 8; 玉泉区 3");
        assertRebuildKeepsRows("bulk");
        assertNoEmptyRows();
    }

    @Test
    void aGroupMixingNewReportsAndRevisionsOfStoredOnesMovesTheTotalsAsARebuildWould() throws Exception {
        // 新城区 150102 and 回民区 150103 under 呼和浩特, 2023, req.carried_over.total.
        String query = "metric=req.carried_over.total&by=prefecture&within=150000&yearFrom=2023";
        Object before = rows(query).stream().filter(r -> "150100".equals(code(r))).findFirst().orElseThrow().get("total");
        Map<String, Object> stored = report("新城区人民政府（批量混合）", "150102", "self", Map.of("req.carried_over.total", 4));
        String first = Submissions.ndjson(Tokens.asAdmin(), ndjson(stored)).post("/api/v1/reports:bulk")
                .then().statusCode(200).extract().jsonPath().getString("lines[0].outcome");
        assertEquals("created", first);

        // one group: the stored report revised (6 instead of 4), a new report, and the stored report's neighbour new too
        String body = ndjson(
                report("回民区人民政府（批量混合）", "150103", "self", Map.of("req.carried_over.total", 5)),
                report("新城区人民政府（批量混合）", "150102", "self", Map.of("req.carried_over.total", 6)),
                report("回民区人民政府（批量混合汇总）", "150103", "aggregate", Map.of("req.carried_over.total", 7), "req.carried_over.total"));
        io.restassured.path.json.JsonPath result = Submissions.ndjson(Tokens.asAdmin(), body).post("/api/v1/reports:bulk")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("created", "revised", "created"), result.getList("lines.outcome"));
        assertEquals(List.of(1, 2, 1), result.getList("lines.revision"));
        assertStoredEqualsInMemory(query);
        Object after = rows(query).stream().filter(r -> "150100".equals(code(r))).findFirst().orElseThrow().get("total");
        assertEquals(plus(before, 6 + 7), after, "新城区 6 (revised), 回民区 its aggregate 7 (not 5 + 7)");
        assertRebuildKeepsRows("mixed group");
        assertNoEmptyRows();
    }

    private void assertNoEmptyRows() {
        long empty = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from rollup_total where reported is null and computed is null").getSingleResult()).longValue());
        assertEquals(0, empty, "a row with nothing reported or computed is never committed");
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
