package org.disclosurestats.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosurestats.projection.CurrentFigureRepository;
import org.disclosurestats.projection.RegionalFigure;
import org.disclosurestats.service.RollupRebuild;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A bulk group writes its projection from the content it holds (one COPY) and checks observation's
 * references once per statement (V30): what it leaves must be what the one-by-one path, which selects
 * the projection back from the ledger, and a full roll-up rebuild leave.
 */
@QuarkusTest
class BulkGroupProjectionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CreatedReports created = new CreatedReports();
    @Inject
    EntityManager em;
    @Inject
    CurrentFigureRepository currentFigures;
    @Inject
    RollupRebuild rebuild;

    @AfterEach
    void retractCreated() {
        created.retractAll();
    }

    /** A 2018 (legacy) report of 合肥市蜀山区 with these figures. */
    private static Map<String, Object> report(String issuer, List<Map<String, Object>> figures) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("issuerName", issuer, "issuerKind", "government", "division", "340104",
                "year", 2018, "scope", "self", "edition", "legacy"));
        body.put("title", issuer + "2018年政府信息公开工作年度报告");
        body.put("figures", figures);
        return body;
    }

    private static Map<String, Object> figure(String metric, Object value, String... extra) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("metric", metric);
        f.put("value", value);
        for (int i = 0; i + 1 < extra.length; i += 2) {
            f.put(extra[i], extra[i + 1].equals("subject") ? Map.of("name", "区政府办公室", "division", "340104") : extra[i + 1]);
        }
        return f;
    }

    private long posted(Map<String, Object> body) {
        return created.track(Tokens.asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/reports")
                .then().statusCode(201).extract().jsonPath().getLong("id"));
    }

    @Test
    void aGroupOfNewChangedAndUnchangedReportsProjectsWhatTheLedgerRuleSelectsAndMovesTotalsAsARebuild() throws Exception {
        String changedIssuer = Submissions.issuer("批量投影改"), sameIssuer = Submissions.issuer("批量投影同"), newIssuer = Submissions.issuer("批量投影新");
        long changedId = posted(report(changedIssuer, List.of(figure("lreq.received", 5), figure("power.items", 3, "breakdown", "行政处罚"))));
        long sameId = posted(report(sameIssuer, List.of(figure("lreq.received", 4))));

        // 6 instead of 5; the same; new with an approximate own figure, a breakdown and another unit's figure (neither projected)
        String body = JSON.writeValueAsString(report(changedIssuer, List.of(figure("lreq.received", 6), figure("power.items", 3, "breakdown", "行政处罚"))))
                + "\n" + JSON.writeValueAsString(report(sameIssuer, List.of(figure("lreq.received", 4))))
                + "\n" + JSON.writeValueAsString(report(newIssuer, List.of(figure("lreq.received", 7, "qualifier", "approximate"),
                figure("power.items", 10), figure("power.items", 6, "breakdown", "行政处罚"), figure("lreq.received", 2, "subject", "subject"))))
                + "\n";
        JsonPath result = Submissions.ndjson(Tokens.asAdmin(), body).post("/api/v1/reports:bulk").then().statusCode(200).extract().jsonPath();
        long newId = created.track(result.getLong("lines[2].id"));
        assertEquals(List.of("revised", "unchanged", "created"), result.getList("lines.outcome"));
        assertEquals(List.of(2, 1, 1), result.getList("lines.revision"));
        assertEquals(List.of(changedId, sameId, newId), result.getList("lines.id", Long.class));

        List<Long> ids = List.of(changedId, sameId, newId);
        List<String> written = QuarkusTransaction.requiringNew().call(() -> {
            CurrentFigureRepository.Replaced again = currentFigures.replaceForReports(ids);
            assertEquals(sorted(again.after()), sorted(again.before()), "the rows the ledger rule selects are those the group wrote");
            return sorted(again.after());
        });
        // the changed report's power.items is a breakdown, the new one's lreq.received 2 another unit's: neither is projected
        assertEquals(List.of(changedId + " lreq.received 340104 2018 SELF 6 false",
                newId + " lreq.received 340104 2018 SELF 7 true", newId + " power.items 340104 2018 SELF 10 false",
                sameId + " lreq.received 340104 2018 SELF 4 false").stream().sorted().toList(), written);

        List<String> maintained = storedTotals();
        rebuild.rebuildAll();
        assertEquals(maintained, storedTotals(), "a full rebuild writes the totals the group maintained");
    }

    @Test
    void anObservationOfAnUnknownRevisionOrMetricIsRefusedByItsStatement() {
        long revision = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select max(id) from report_revision")
                .getSingleResult()).longValue());
        for (String values : List.of("(" + (revision + 1000) + ", 'lreq.received'", "(" + revision + ", 'no.such.metric'")) {
            Exception refused = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "insert into observation (revision_id, metric_code, value, qualifier, status, source_kind) values "
                            + values + ", 1, 'exact', 'reported', 'submitted')").executeUpdate()));
            assertEquals(true, causes(refused).contains("violates its reference"), causes(refused));
        }
        Exception renamed = assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "delete from metric where code = 'lreq.received'").executeUpdate()));
        assertEquals(true, causes(renamed).contains("neither deleted nor renamed"), causes(renamed));
    }

    private static String causes(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c.getMessage()).append(" | ");
        }
        return all.toString();
    }

    private static List<String> sorted(List<RegionalFigure> figures) {
        return figures.stream().map(f -> f.reportId() + " " + f.metric() + " " + f.divisionCode() + " " + f.year() + " " + f.scope()
                + " " + f.value().toPlainString() + " " + f.approximate()).sorted().toList();
    }

    private List<String> storedTotals() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery("select * from rollup_total order by metric_code, year, division_code").getResultList();
            return new ArrayList<>(found.stream().map(Arrays::toString).toList());
        });
    }
}
