package org.disclosurestats.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.disclosurestats.client.ApiClient;
import org.disclosurestats.client.api.AggregatesApi;
import org.disclosurestats.client.api.DivisionsApi;
import org.disclosurestats.client.api.ImportsApi;
import org.disclosurestats.client.api.MetricsApi;
import org.disclosurestats.client.api.ObservationsApi;
import org.disclosurestats.client.api.ReportsApi;
import org.disclosurestats.client.model.AnswerShape;
import org.disclosurestats.client.model.DivisionDetail;
import org.disclosurestats.client.model.EmptyRows;
import org.disclosurestats.client.model.Level;
import org.disclosurestats.client.model.Report;
import org.disclosurestats.client.model.ReportPage;
import org.disclosurestats.client.model.ReportSummary;
import org.disclosurestats.client.model.SortOrder;
import org.disclosurestats.client.model.TotalsPeriod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An integrator's view: every read operation of the contract, called through the Java client generated from
 * openapi.yaml (pom.xml), against the running test service. A contract that does not describe what the service
 * answers fails here: the client cannot decode the answer, or a typed parameter is refused.
 */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URL base;

    ApiClient client;

    @BeforeEach
    void client() {
        client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
    }

    @Test
    void divisionsAndMetrics() throws Exception {
        DivisionsApi divisions = new DivisionsApi(client);
        var counties = divisions.listDivisions(null, Level.COUNTY, "652700", null, 2018);
        assertTrue(counties.getItems().stream().anyMatch(d -> "652702".equals(d.getCode())), "阿拉山口市 is a county of 博尔塔拉 in 2018");
        DivisionDetail turpan = divisions.getDivision("652100", 2014);
        assertEquals("吐鲁番地区", turpan.getDivision().getName());

        MetricsApi metrics = new MetricsApi(client);
        assertFalse(metrics.listMetrics(null, null).getItems().isEmpty());
        assertEquals("条", metrics.getMetric("pro.channel.weibo").getUnit());
        assertFalse(metrics.listMetricFamilies().getItems().isEmpty());
    }

    @Test
    void reportsTheirTextHistoryAndValidation() throws Exception {
        ReportsApi reports = new ReportsApi(client);
        ReportPage page = reports.listReports(null, null, null, null, 2, null, null);
        assertEquals(2, page.getItems().size());
        assertNotNull(page.getNextCursor(), "the seed reports fill more than one page of 2");
        ReportPage next = reports.listReports(null, page.getNextCursor(), null, null, 2, null, null);
        assertFalse(next.getItems().isEmpty());

        ReportSummary first = page.getItems().get(0);
        Report report = reports.getReport(first.getId(), null);
        assertEquals(first.getTitle(), report.getTitle());
        assertFalse(report.getObservations().isEmpty());
        String text = reports.getReportText(first.getId());
        assertFalse(text.isBlank());
        assertEquals(1, reports.listReportRevisions(first.getId()).getRevisions().size());
        assertEquals(1, reports.getReportRevision(first.getId(), 1L).getRevision());
        assertNotNull(reports.validateReport(first.getId()).getIdentities());
    }

    @Test
    void aggregatesAndObservations() throws Exception {
        AggregatesApi aggregates = new AggregatesApi(client);
        var totals = aggregates.getTotals(Level.PREFECTURE, List.of("pro.items"), 2014, null, EmptyRows.INCLUDE, null, true,
                TotalsPeriod.YEAR, AnswerShape.ROWS, "650000", 2018);
        assertFalse(totals.getItems().isEmpty());
        var series = aggregates.getSeries("650000", "family.requests_received", 2012, null, null, EmptyRows.OMIT, null, null, 2024);
        assertFalse(series.getItems().isEmpty());
        var ranking = aggregates.getRankings(Level.PREFECTURE, "pro.items", 2016, null, null, 10, SortOrder.DESC, "650000");
        assertEquals("pro.items", ranking.getMetric());

        var observations = new ObservationsApi(client).listObservations(null, null, null, null, 5, List.of("lreq.received"), null, null, null);
        assertFalse(observations.getItems().isEmpty());
    }

    @Test
    void aDraftReadByItsPublisher() throws Exception {
        String token = Tokens.admin();
        var created = Tokens.as(token).contentType("text/plain; charset=UTF-8")
                .body("北京市东城区人民政府2020年政府信息公开工作年度报告\n2020年，本机关收到政府信息公开申请12件。".getBytes(StandardCharsets.UTF_8))
                .queryParam("division", "110101").queryParam("scope", "self").queryParam("year", "2020").post("/api/v1/imports")
                .then().extract();
        assertTrue(created.statusCode() == 200 || created.statusCode() == 201, "import answered " + created.statusCode() + ": " + created.asString());
        long importId = created.jsonPath().getLong("id");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        assertEquals(importId, new ImportsApi(client).getImport(importId).getId());
    }
}
