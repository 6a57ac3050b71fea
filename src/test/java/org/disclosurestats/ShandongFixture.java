package org.disclosurestats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.disclosurestats.domain.Edition;
import org.disclosurestats.domain.IssuerKind;
import org.disclosurestats.domain.Qualifier;
import org.disclosurestats.domain.Scope;
import org.disclosurestats.service.ReportService;
import org.disclosurestats.domain.ReportSubmission;
import org.disclosurestats.domain.ReportSubmission.Figure;

/**
 * A small province to check aggregates by hand: 山东 370000, 2019-2020, 2019 tables. Metrics:
 * N = req.new.total (sum), C = req.carried_over.total (stock), and the parts of the disclosure rate
 * G = req.granted.total, P = req.partly_granted.total, T = req.total.total.
 *
 * <pre>
 * 2020                                     scope      N     C    G    P    T
 *   370000 山东省人民政府                  self      100
 *   370000 山东省教育厅 (department)       self       20
 *   370100 济南市人民政府                  aggregate 500         300   50  480
 *   370100 济南市人民政府办公厅            self       60
 *   370102 历下区人民政府                  self       30     6
 *   370103 市中区人民政府                  self       40          0    0    0   (zero denominator)
 *   370117 钢城区人民政府 (new code)       self       25
 *   370300 淄博市人民政府                  self       50          20    5   40
 *   370302 淄川区人民政府                  aggregate  70          30   10   60
 *   370303 张店区人民政府                  self      ~35 (approximate)  10    0   20
 *   370304 博山区: no report (missing)
 * 2019
 *   370000 山东省人民政府                  self       90
 *   370100 济南市人民政府                  aggregate 480
 *   370100 济南市人民政府办公厅            self       55
 *   370102 历下区人民政府                  self       28     4
 *   371203 钢城区人民政府 (old code, under 莱芜 371200) self 22
 *
 * Expected N totals
 *   2020 370100 reported 500, computed 60 + 30 + 40 + 25 = 155, discrepancy 345, 3 of 12 counties
 *   2020 370300 computed 50 + 70 + 35 = 155 (approximate), 2 of 8 counties; 370304 missing
 *   2020 370000 computed 100 + 20 + 500 (济南 reported) + 155 (淄博 computed) = 775 (approximate), 2 of 16
 *   2019 370100 reported 480, computed 55 + 28 = 83, 1 of 12
 *   2019 371200 computed 22 (钢城区 under its 2019 parent), 1 of 2
 *   2019 370000 computed 90 + 480 + 22 = 592, 2 of 17 (济南, 莱芜)
 * Disclosure rate 2020 = 100 × (G + P) / T of the aggregated parts
 *   370100 (300 + 50) / 480 = 72.9166…%      370300 (60 + 15) / 120 = 62.5%
 *   370000 (360 + 65) / 600 = 70.8333…%      370103 T = 0: null, "denominator is zero"
 * 370102 over 2019-2020: N summed 28 + 30 = 58; C (a stock) is the 2020 level 6, not 4 + 6
 * </pre>
 */
@ApplicationScoped
public class ShandongFixture {

    @Inject
    ReportService reports;

    public void load() {
        report(2020, "370000", "山东省人民政府", IssuerKind.GOVERNMENT, Scope.SELF, n(100));
        report(2020, "370000", "山东省教育厅", IssuerKind.DEPARTMENT, Scope.SELF, n(20));
        report(2020, "370100", "济南市人民政府", IssuerKind.GOVERNMENT, Scope.AGGREGATE, n(500), g(300), p(50), t(480));
        report(2020, "370100", "济南市人民政府办公厅", IssuerKind.OFFICE, Scope.SELF, n(60));
        report(2020, "370102", "历下区人民政府", IssuerKind.GOVERNMENT, Scope.SELF, n(30), c(6));
        report(2020, "370103", "市中区人民政府", IssuerKind.GOVERNMENT, Scope.SELF, n(40), g(0), p(0), t(0));
        report(2020, "370117", "钢城区人民政府", IssuerKind.GOVERNMENT, Scope.SELF, n(25));
        report(2020, "370300", "淄博市人民政府", IssuerKind.GOVERNMENT, Scope.SELF, n(50), g(20), p(5), t(40));
        report(2020, "370302", "淄川区人民政府", IssuerKind.GOVERNMENT, Scope.AGGREGATE, n(70), g(30), p(10), t(60));
        report(2020, "370303", "张店区人民政府", IssuerKind.GOVERNMENT, Scope.SELF,
                new Figure("req.new.total", null, null, BigDecimal.valueOf(35), Qualifier.APPROXIMATE, null, null), g(10), p(0), t(20));
        report(2019, "370000", "山东省人民政府", IssuerKind.GOVERNMENT, Scope.SELF, n(90));
        report(2019, "370100", "济南市人民政府", IssuerKind.GOVERNMENT, Scope.AGGREGATE, n(480));
        report(2019, "370100", "济南市人民政府办公厅", IssuerKind.OFFICE, Scope.SELF, n(55));
        report(2019, "370102", "历下区人民政府", IssuerKind.GOVERNMENT, Scope.SELF, n(28), c(4));
        report(2019, "371203", "钢城区人民政府", IssuerKind.GOVERNMENT, Scope.SELF, n(22));
    }

    private void report(int year, String division, String issuer, IssuerKind kind, Scope scope, Figure... figures) {
        reports.createOrRevise(new ReportSubmission(issuer, kind, division, year, scope, Edition.F2019,
                issuer + year + "年政府信息公开工作年度报告", null, null, null, new ArrayList<>(List.of(figures))), "fixture", null);
    }

    private static Figure figure(String metric, long value) {
        return new Figure(metric, null, null, BigDecimal.valueOf(value), Qualifier.EXACT, null, null);
    }

    private static Figure n(long v) {
        return figure("req.new.total", v);
    }

    private static Figure c(long v) {
        return figure("req.carried_over.total", v);
    }

    private static Figure g(long v) {
        return figure("req.granted.total", v);
    }

    private static Figure p(long v) {
        return figure("req.partly_granted.total", v);
    }

    private static Figure t(long v) {
        return figure("req.total.total", v);
    }
}
