package org.disclosurestats.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.disclosurestats.domain.Metric;
import org.disclosurestats.domain.MetricFamily;
import org.disclosurestats.service.AggregateService.Method;
import org.disclosurestats.service.AggregateService.TotalRow;
import org.junit.jupiter.api.Test;

/** Which member's figure a family row reads in a year where a division's reports use both editions. */
class FamiliesTest {

    static final Metric LEGACY = metric("lreq.received");
    static final Metric NEW = metric("req.new.total");
    static final Metric FAMILY = metric("family.requests_received");
    static final MetricFamily REQUESTS = new MetricFamily(FAMILY.code, "收到申请数", null, null, FAMILY,
            List.of(new MetricFamily.Member(LEGACY, 1, null), new MetricFamily.Member(NEW, 2, "new definition")));

    private static Metric metric(String code) {
        Metric m = new Metric();
        m.code = code;
        return m;
    }

    private static TotalRow row(Metric metric, Integer total, Method method, int contributing, int expected) {
        return new TotalRow(null, 2019, metric, total == null ? null : BigDecimal.valueOf(total), method, null, null, false, contributing, expected, null, null);
    }

    private static TotalRow familyRow(Map<Metric, TotalRow> rows) {
        return Families.familyRow(REQUESTS, rows::get);
    }

    @Test
    void aFewLateReportsInTheOldTablesDoNotStandForADivisionMostlyInTheNewOnes() {
        // 1 of 21 prefectures still in the legacy tables (12 requests), 20 of 21 in the 2019 ones (4,000)
        TotalRow chosen = familyRow(Map.of(LEGACY, row(LEGACY, 12, Method.COMPUTED, 1, 21), NEW, row(NEW, 4000, Method.COMPUTED, 20, 21)));
        assertEquals(NEW, chosen.metricUsed());
        assertEquals(BigDecimal.valueOf(4000), chosen.total());
        assertEquals(FAMILY, chosen.metric());
    }

    @Test
    void theDivisionsOwnReportCoversAllOfItAndTheEarlierDefinitionWinsATie() {
        assertEquals(NEW, familyRow(Map.of(LEGACY, row(LEGACY, 12, Method.COMPUTED, 20, 21), NEW, row(NEW, 4000, Method.REPORTED, 0, 21))).metricUsed());
        assertEquals(LEGACY, familyRow(Map.of(LEGACY, row(LEGACY, 12, Method.REPORTED, 0, 21), NEW, row(NEW, 4000, Method.REPORTED, 0, 21))).metricUsed());
        assertEquals(LEGACY, familyRow(Map.of(LEGACY, row(LEGACY, 12, Method.COMPUTED, 3, 21), NEW, row(NEW, null, Method.COMPUTED, 0, 21))).metricUsed());
    }

    @Test
    void withoutAnyFigureTheRowIsTheFirstMembersGap() {
        TotalRow chosen = familyRow(Map.of(LEGACY, row(LEGACY, null, Method.COMPUTED, 0, 21), NEW, row(NEW, null, Method.COMPUTED, 0, 21)));
        assertNull(chosen.total());
        assertEquals(LEGACY, chosen.metricUsed());
    }
}
