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
 * A series to check by hand: 金昌市 620300 (two counties, 金川区 620302 and 永昌县 620321), requests
 * received 2012-2024 as the family family.requests_received: legacy lreq.received (definition 1) until
 * 2018, then req.new.total of the 2019 and 2021 tables (definition 2).
 *
 * <pre>
 * year  reports                                   620300's value        change (from)   why not
 * 2012  -                                         gap "no report"
 * 2013  -                                         gap "no report"
 * 2014  金昌市 aggregate L 40                     40 reported
 * 2015  金昌市 aggregate L 50                     50 reported           +10 (2014), 25%
 * 2016  -                                         gap "no report"
 * 2017  金昌市 aggregate L 60                     60 reported           +10 (2015)     (across the explicit gap)
 * 2018  金川区 self L 30                          30 computed, 1 of 2   -              method changed
 * 2019  金川区 self N 35 (2019 tables)            35 computed, 1 of 2   -              edition break (break: true)
 * 2020  金川区 N 40, 永昌县 N 20                  60 computed, 2 of 2   -              coverage changed
 * 2021  金川区 N 45, 永昌县 N 25 (2021 tables)    70 computed, 2 of 2   +10 (2020)     (both complete)
 * 2022  金川区 N 50                               50 computed, 1 of 2   -              coverage changed
 * 2023  金川区 N 55                               55 computed, 1 of 2   +5 (2022)      (same unit: 金川区)
 * 2024  -                                         gap "no report"
 * </pre>
 * L = lreq.received, N = req.new.total.
 */
@ApplicationScoped
public class JinchangFixture {

    @Inject
    ReportService reports;

    public void load() {
        report(2014, "620300", "金昌市人民政府", Scope.AGGREGATE, "lreq.received", 40);
        report(2015, "620300", "金昌市人民政府", Scope.AGGREGATE, "lreq.received", 50);
        report(2017, "620300", "金昌市人民政府", Scope.AGGREGATE, "lreq.received", 60);
        report(2018, "620302", "金川区人民政府", Scope.SELF, "lreq.received", 30);
        report(2019, "620302", "金川区人民政府", Scope.SELF, "req.new.total", 35);
        report(2020, "620302", "金川区人民政府", Scope.SELF, "req.new.total", 40);
        report(2020, "620321", "永昌县人民政府", Scope.SELF, "req.new.total", 20);
        report(2021, "620302", "金川区人民政府", Scope.SELF, "req.new.total", 45);
        report(2021, "620321", "永昌县人民政府", Scope.SELF, "req.new.total", 25);
        report(2022, "620302", "金川区人民政府", Scope.SELF, "req.new.total", 50);
        report(2023, "620302", "金川区人民政府", Scope.SELF, "req.new.total", 55);
    }

    private void report(int year, String division, String issuer, Scope scope, String metric, long value) {
        Edition edition = year <= 2018 ? Edition.LEGACY : year <= 2020 ? Edition.F2019 : Edition.F2021;
        Figure figure = new Figure(metric, null, null, BigDecimal.valueOf(value), Qualifier.EXACT, null, null);
        reports.createOrRevise(new ReportSubmission(issuer, IssuerKind.GOVERNMENT, division, year, scope, edition,
                issuer + year + "年政府信息公开工作年度报告", null, null, null, new ArrayList<>(List.of(figure))), "fixture", null);
    }
}
